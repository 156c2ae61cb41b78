#include "storage/notebookcopier.h"

#include "storage/database.h"
#include "storage/sqldialect.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace debrief {

namespace {

struct Table
{
    const char *name;
    const char *columns;
    bool hasId; ///< an auto-numbered id whose counter must follow the copied rows
};

// Parents before children, so foreign keys hold at every insert.
constexpr Table kTables[] = {
    {"meetup", "id, title, starts_at, venue, rule, created_at, updated_at, revision", true},
    {"participant", "id, display_name, affiliation, created_at, revision", true},
    {"participant_alias", "participant_id, kind, value", false},
    {"meetup_participant", "meetup_id, participant_id, role", false},
    {"document",
     "id, meetup_id, kind, title, slug, body, front_matter_extra, rule, status, severity, incident_start, "
     "incident_end, created_at, updated_at, revision",
     true},
    {"tag", "id, name", true},
    {"document_tag", "document_id, tag_id", false},
    {"action_item",
     "id, document_id, meetup_id, title, owner_participant_id, owner_text, due_date, status, priority, ticket_url, "
     "created_at, completed_at, revision, from_task_line",
     true},
    {"chatham_label", "meetup_id, participant_id, label_style, label", false},
    {"document_source", "document_id, path, content_hash, body_key, task_lines, imported_at", false},
};

Status copyTable(Database &source, Database &target, const Table &table)
{
    const QString columns = QLatin1String(table.columns);
    const int columnCount = int(columns.count(QLatin1Char(',')) + 1);
    auto rows = source.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns, QLatin1String(table.name)));
    if (!rows)
        return rows.error();
    QStringList marks;
    for (int i = 0; i < columnCount; ++i)
        marks << QStringLiteral("?");
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(QLatin1String(table.name), columns, marks.join(QStringLiteral(", ")));
    while (rows.value().next()) {
        QVariantList values;
        values.reserve(columnCount);
        for (int i = 0; i < columnCount; ++i)
            values << rows.value().value(i);
        if (auto inserted = target.exec(insert, values); !inserted)
            return inserted.error();
    }
    if (table.hasId) {
        const QString reset = target.dialect().resetIdCounterStatement(QLatin1String(table.name));
        if (!reset.isEmpty()) {
            if (auto done = target.exec(reset); !done)
                return done.error();
        }
    }
    return {};
}

} // namespace

Result<QList<NotebookCopier::TableCount>> NotebookCopier::count(Database &database)
{
    QList<TableCount> counts;
    for (const Table &table : kTables) {
        auto q = database.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table.name));
        if (!q)
            return q.error();
        q.value().next();
        counts << TableCount{QLatin1String(table.name), q.value().value(0).toLongLong()};
    }
    return counts;
}

Result<QList<NotebookCopier::TableCount>> NotebookCopier::copy(Database &source, Database &target)
{
    auto existing = count(target);
    if (!existing)
        return existing.error();
    for (const TableCount &table : existing.value()) {
        if (table.rows > 0)
            return StorageError(StorageError::Kind::Invalid,
                                tr("The notebook %1 is not empty. Copy into a new, empty notebook so nothing in it "
                                   "is mixed up or overwritten.")
                                    .arg(target.location()));
    }
    // The source is read as of one moment: a teammate saving meanwhile must not make the
    // counts disagree with what was copied.
    Result<QList<TableCount>> expected = QList<TableCount>();
    Status copied = source.transaction([&]() -> Status {
        if (const QString snapshot = source.dialect().snapshotStatement(); !snapshot.isEmpty()) {
            if (auto set = source.exec(snapshot); !set)
                return set.error();
        }
        expected = count(source);
        if (!expected)
            return expected.error();
        return target.transaction([&]() -> Status {
            for (const Table &table : kTables) {
                if (Status status = copyTable(source, target, table); !status)
                    return status;
            }
            // The copy is the same notebook: calendar programs must see the same actions.
            auto key = source.notebookKey();
            if (!key)
                return key.error();
            if (auto set = target.exec(QStringLiteral("UPDATE notebook_identity SET notebook_key = ? WHERE id = 1"),
                                       {key.value()});
                !set)
                return set.error();
            auto written = count(target);
            if (!written)
                return written.error();
            for (qsizetype i = 0; i < written.value().size(); ++i) {
                if (written.value().at(i).rows != expected.value().at(i).rows)
                    return StorageError(StorageError::Kind::Other,
                                        tr("The copy of table %1 has %2 rows instead of %3; nothing was copied.")
                                            .arg(written.value().at(i).table)
                                            .arg(written.value().at(i).rows)
                                            .arg(expected.value().at(i).rows));
            }
            return {};
        });
    });
    if (!copied)
        return copied.error();
    return expected.value();
}

} // namespace debrief
