#include "storage/migrations.h"

#include "storage/database.h"
#include "storage/sqldialect.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

namespace debrief {

namespace {

/// Runs statements in order; "%ID%" stands for the dialect's auto-numbered key column.
Status run(Database &db, const QStringList &statements)
{
    for (QString sql : statements) {
        sql.replace(QLatin1String("%ID%"), db.dialect().idColumn());
        if (auto result = db.exec(sql); !result)
            return result.error();
    }
    return {};
}

Status createPeople(Database &db)
{
    return run(
        db, {
                QStringLiteral(
                    "CREATE TABLE meetup ("
                    "id %ID%, title TEXT NOT NULL, starts_at TEXT, venue TEXT NOT NULL DEFAULT '', "
                    "rule TEXT NOT NULL DEFAULT 'chatham' CHECK (rule IN ('on-record', 'chatham', 'off-record')), "
                    "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, revision BIGINT NOT NULL DEFAULT 1)"),
                QStringLiteral("CREATE TABLE participant ("
                               "id %ID%, display_name TEXT NOT NULL, affiliation TEXT NOT NULL DEFAULT '', "
                               "created_at TEXT NOT NULL, revision BIGINT NOT NULL DEFAULT 1)"),
                QStringLiteral("CREATE TABLE participant_alias ("
                               "participant_id BIGINT NOT NULL REFERENCES participant(id) ON DELETE CASCADE, "
                               "kind TEXT NOT NULL CHECK (kind IN ('name', 'handle', 'email', 'url')), "
                               "value TEXT NOT NULL, PRIMARY KEY (participant_id, kind, value))"),
                QStringLiteral("CREATE TABLE meetup_participant ("
                               "meetup_id BIGINT NOT NULL REFERENCES meetup(id) ON DELETE CASCADE, "
                               "participant_id BIGINT NOT NULL REFERENCES participant(id) ON DELETE CASCADE, "
                               "role TEXT NOT NULL CHECK (role IN ('speaker', 'attendee', 'organiser', 'note-taker')), "
                               "PRIMARY KEY (meetup_id, participant_id))"),
                QStringLiteral("CREATE INDEX meetup_participant_participant_idx ON meetup_participant(participant_id)"),
            });
}

Status createDocuments(Database &db)
{
    return run(db,
               {
                   QStringLiteral(
                       "CREATE TABLE document ("
                       "id %ID%, meetup_id BIGINT REFERENCES meetup(id) ON DELETE SET NULL, "
                       "kind TEXT NOT NULL CHECK (kind IN ('postmortem', 'meetup-notes', 'talk-notes', 'reading')), "
                       "title TEXT NOT NULL, slug TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', "
                       "front_matter_extra TEXT NOT NULL DEFAULT '', "
                       "rule TEXT NOT NULL DEFAULT 'chatham' CHECK (rule IN ('on-record', 'chatham', 'off-record')), "
                       "status TEXT NOT NULL DEFAULT '', severity TEXT NOT NULL DEFAULT '', "
                       "incident_start TEXT, incident_end TEXT, "
                       "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, revision BIGINT NOT NULL DEFAULT 1)"),
                   QStringLiteral("CREATE INDEX document_meetup_idx ON document(meetup_id)"),
                   QStringLiteral("CREATE TABLE tag (id %ID%, name TEXT NOT NULL UNIQUE)"),
                   QStringLiteral("CREATE TABLE document_tag ("
                                  "document_id BIGINT NOT NULL REFERENCES document(id) ON DELETE CASCADE, "
                                  "tag_id BIGINT NOT NULL REFERENCES tag(id) ON DELETE CASCADE, "
                                  "PRIMARY KEY (document_id, tag_id))"),
                   QStringLiteral("CREATE INDEX document_tag_tag_idx ON document_tag(tag_id)"),
               });
}

Status createActionItems(Database &db)
{
    return run(
        db, {
                QStringLiteral(
                    "CREATE TABLE action_item ("
                    "id %ID%, document_id BIGINT REFERENCES document(id) ON DELETE SET NULL, "
                    "meetup_id BIGINT REFERENCES meetup(id) ON DELETE SET NULL, title TEXT NOT NULL, "
                    "owner_participant_id BIGINT REFERENCES participant(id) ON DELETE SET NULL, "
                    "owner_text TEXT NOT NULL DEFAULT '', due_date TEXT, "
                    "status TEXT NOT NULL DEFAULT 'open' "
                    "CHECK (status IN ('open', 'in-progress', 'blocked', 'done', 'dropped')), "
                    "priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')), "
                    "ticket_url TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, completed_at TEXT, "
                    "revision BIGINT NOT NULL DEFAULT 1)"),
                QStringLiteral("CREATE INDEX action_item_document_idx ON action_item(document_id)"),
                QStringLiteral("CREATE INDEX action_item_meetup_idx ON action_item(meetup_id)"),
                QStringLiteral("CREATE INDEX action_item_owner_idx ON action_item(owner_participant_id)"),
                QStringLiteral("CREATE INDEX action_item_due_idx ON action_item(due_date)"),
            });
}

Status createFullTextIndex(Database &db)
{
    return run(db, db.dialect().fullTextIndexStatements());
}

Status linkTasksAndLabels(Database &db)
{
    return run(db, {
                       // Actions that came from a `- [ ]` line of their document follow that line; the rest
                       // were added in the tracker and are never proposed for dropping by a text edit.
                       QStringLiteral("ALTER TABLE action_item ADD COLUMN from_task_line INTEGER NOT NULL DEFAULT 0"),
                       // Chatham House labels given to a meetup's participants, so every export of that meetup
                       // names the same person the same way. The mapping stays in the notebook.
                       QStringLiteral("CREATE TABLE chatham_label ("
                                      "meetup_id BIGINT NOT NULL REFERENCES meetup(id) ON DELETE CASCADE, "
                                      "participant_id BIGINT NOT NULL REFERENCES participant(id) ON DELETE CASCADE, "
                                      "label_style TEXT NOT NULL, label TEXT NOT NULL, "
                                      "PRIMARY KEY (meetup_id, participant_id, label_style))"),
                   });
}

Status allowAffiliationAliases(Database &db)
{
    // The kind list is a CHECK constraint, which SQLite cannot alter: rebuild the table (the
    // same statements work on PostgreSQL). Nothing references participant_alias.
    return run(
        db, {
                QStringLiteral("CREATE TABLE participant_alias_new ("
                               "participant_id BIGINT NOT NULL REFERENCES participant(id) ON DELETE CASCADE, "
                               "kind TEXT NOT NULL CHECK (kind IN ('name', 'handle', 'email', 'url', 'affiliation')), "
                               "value TEXT NOT NULL, PRIMARY KEY (participant_id, kind, value))"),
                QStringLiteral("INSERT INTO participant_alias_new (participant_id, kind, value) "
                               "SELECT participant_id, kind, value FROM participant_alias"),
                QStringLiteral("DROP TABLE participant_alias"),
                QStringLiteral("ALTER TABLE participant_alias_new RENAME TO participant_alias"),
            });
}

Status rememberImportSources(Database &db)
{
    return run(db, {
                       // Where an imported document came from and what the file held then, so that
                       // importing it again finds the same document and can tell an unchanged file
                       // from an edited one. body_key is the notebook text as that import left it:
                       // a different key means the text was edited in the notebook since.
                       // task_lines are the file's task lines then: a line still written the same
                       // way says nothing new, and the tracker's values stand.
                       QStringLiteral("CREATE TABLE document_source ("
                                      "document_id BIGINT PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE, "
                                      "path TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL, "
                                      "body_key TEXT NOT NULL DEFAULT '', task_lines TEXT NOT NULL DEFAULT '', "
                                      "imported_at TEXT NOT NULL)"),
                       QStringLiteral("CREATE INDEX document_source_hash_idx ON document_source(content_hash)"),
                   });
}

Status rememberNotebookIdentity(Database &db)
{
    if (Status created =
            run(db, {QStringLiteral("CREATE TABLE notebook_identity ("
                                    "id INTEGER PRIMARY KEY CHECK (id = 1), notebook_key TEXT NOT NULL)")});
        !created)
        return created;
    // Calendar programs know an existing notebook's actions by UIDs made from its location:
    // that stays its key, so they keep updating the same tasks. A new notebook gets a random
    // key, which copies between files and servers carry along.
    auto actions = db.exec(QStringLiteral("SELECT COUNT(*) FROM action_item"));
    if (!actions)
        return actions.error();
    QString key;
    if (actions.value().next() && actions.value().value(0).toLongLong() > 0) {
        const QString canonical = QFileInfo(db.location()).canonicalFilePath();
        key = QString::fromLatin1(QCryptographicHash::hash((canonical.isEmpty() ? db.location() : canonical).toUtf8(),
                                                           QCryptographicHash::Sha1)
                                      .toHex()
                                      .left(12));
    } else {
        key = QUuid::createUuid().toString(QUuid::Id128);
    }
    if (auto inserted =
            db.exec(QStringLiteral("INSERT INTO notebook_identity (id, notebook_key) VALUES (1, ?)"), {key});
        !inserted)
        return inserted.error();
    return {};
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1, "meetups, participants and rosters", createPeople},
        {2, "documents and tags", createDocuments},
        {3, "action items", createActionItems},
        {4, "full-text index over documents", createFullTextIndex},
        {5, "task-line actions and Chatham House labels", linkTasksAndLabels},
        {6, "short forms of affiliations", allowAffiliationAliases},
        {7, "sources of imported documents", rememberImportSources},
        {8, "a lasting identity for the notebook", rememberNotebookIdentity},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace debrief
