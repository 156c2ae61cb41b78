// Opening, migrating and refusing notebooks: every failure gives a specific message and
// leaves the file as it was.
#include "notebook/notebook.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqldialect.h"
#include "testnotebook.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace debrief;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// A raw connection that is not a Debrief Database, to play "another program".
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql);
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

/// Makes a file read-only even for root (chattr +i), or by permissions for other users.
class ReadOnlyFile
{
public:
    explicit ReadOnlyFile(QString path)
        : m_path(std::move(path))
    {
        if (geteuid() == 0) {
            m_immutable = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), m_path}) == 0;
            m_ok = m_immutable;
        } else {
            m_ok = QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        }
    }
    ~ReadOnlyFile()
    {
        if (m_immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    [[nodiscard]] bool ok() const { return m_ok; }

private:
    QString m_path;
    bool m_immutable = false;
    bool m_ok = false;
};

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsLatestSchemaFromNothing()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("sub/folder/nb.sqlite")));
        DEBRIEF_VERIFY_OK(db);
        QCOMPARE(db.value()->schemaVersion(), latestSchemaVersion());
        QVERIFY(db.value()->backupPath().isEmpty());
        for (const char *table : {"meetup", "participant", "participant_alias", "meetup_participant", "document", "tag",
                                  "document_tag", "action_item", "document_fts"}) {
            auto q = db.value()->exec(db.value()->dialect().tableExistsQuery(), {QLatin1String(table)});
            DEBRIEF_VERIFY_OK(q);
            QVERIFY(q.value().next());
            QVERIFY2(q.value().value(0).toInt() == 1, table);
        }
        auto journal = db.value()->exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(journal && journal.value().next());
        QCOMPARE(journal.value().value(0).toString(), QStringLiteral("wal"));
        auto keys = db.value()->exec(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(keys && keys.value().next());
        QCOMPARE(keys.value().value(0).toInt(), 1);
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (const Migration &step : migrations()) {
            if (step.version < latestSchemaVersion())
                QTest::newRow(
                    qPrintable(QStringLiteral("format %1: %2").arg(step.version).arg(QLatin1String(step.description))))
                    << step.version;
        }
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database::Options options;
            options.targetVersion = from;
            auto old = Database::openSqlite(path, options);
            DEBRIEF_VERIFY_OK(old);
            QCOMPARE(old.value()->schemaVersion(), from);
            // Rows that the old format could hold, written as that version wrote them.
            auto &db = *old.value();
            DEBRIEF_VERIFY_OK(db.exec(QStringLiteral("INSERT INTO meetup (id, title, created_at, updated_at) VALUES "
                                                     "(1, 'Failure Modes #1', '2026-01-01T18:00:00Z', "
                                                     "'2026-01-01T18:00:00Z')")));
            DEBRIEF_VERIFY_OK(db.exec(QStringLiteral("INSERT INTO participant (id, display_name, affiliation, "
                                                     "created_at) VALUES (1, 'Ana Lima', 'Kestrel Pay', "
                                                     "'2026-01-01T18:00:00Z')")));
            DEBRIEF_VERIFY_OK(db.exec(QStringLiteral("INSERT INTO participant_alias (participant_id, kind, value) "
                                                     "VALUES (1, 'handle', '@ana')")));
            if (from >= 2)
                DEBRIEF_VERIFY_OK(db.exec(QStringLiteral(
                    "INSERT INTO document (id, meetup_id, kind, title, body, created_at, updated_at) VALUES (1, 1, "
                    "'postmortem', 'Cache stampede', 'The thundering herd hit the origin.', "
                    "'2026-01-02T10:00:00Z', '2026-01-02T10:00:00Z')")));
            if (from >= 3)
                DEBRIEF_VERIFY_OK(db.exec(QStringLiteral(
                    "INSERT INTO action_item (id, document_id, title, owner_text, due_date, created_at) VALUES "
                    "(1, 1, 'Add request coalescing', 'Ana', '2026-02-01', '2026-01-02T10:00:00Z')")));
        }
        auto reopened = Notebook::openSqlite(path);
        DEBRIEF_VERIFY_OK(reopened);
        Notebook &notebook = *reopened.value();
        QCOMPARE(notebook.database().schemaVersion(), latestSchemaVersion());

        // The backup is the old file, untouched by the migration.
        const QString backup = notebook.database().backupPath();
        QVERIFY2(QFileInfo::exists(backup), qPrintable(backup));
        {
            RawConnection raw(backup);
            QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), from);
        }

        auto meetup = notebook.meetups().get(1);
        DEBRIEF_VERIFY_OK(meetup);
        // Aliases survive the rebuild of their table, and the new kind can be stored.
        auto ana = notebook.participants().get(1);
        DEBRIEF_VERIFY_OK(ana);
        QCOMPARE(ana.value().aliases, (QList<ParticipantAlias>{{AliasKind::Handle, QStringLiteral("@ana")}}));
        Participant edited = ana.value();
        edited.aliases << ParticipantAlias{AliasKind::Affiliation, QStringLiteral("Kestrel")};
        DEBRIEF_VERIFY_OK(notebook.participants().update(edited));
        QCOMPARE(notebook.participants().get(1).value().aliases.size(), 2);
        QCOMPARE(meetup.value().title, QStringLiteral("Failure Modes #1"));
        if (from >= 2) {
            auto hits = notebook.documents().search(QStringLiteral("thundering"));
            DEBRIEF_VERIFY_OK(hits);
            QCOMPARE(hits.value().size(), 1); // documents written before the index existed are indexed
        }
        if (from >= 3) {
            auto action = notebook.actionItems().get(1);
            DEBRIEF_VERIFY_OK(action);
            QCOMPARE(action.value().ownerText, QStringLiteral("Ana"));
            QCOMPARE(action.value().dueDate, QDate(2026, 2, 1));
        }
        // Everything the new format adds works on the migrated data.
        Document document;
        document.title = QStringLiteral("After the migration");
        document.body = QStringLiteral("fresh text");
        DEBRIEF_VERIFY_OK(notebook.documents().create(document));
    }

    void reopeningCurrentNotebookMakesNoBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nb.sqlite"));
        DEBRIEF_VERIFY_OK(Database::openSqlite(path));
        auto again = Database::openSqlite(path);
        DEBRIEF_VERIFY_OK(again);
        QVERIFY(again.value()->backupPath().isEmpty());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).size(), 0);
    }

    void refusesNewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nb.sqlite"));
        DEBRIEF_VERIFY_OK(Database::openSqlite(path));
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileHash(path);
        auto opened = Database::openSqlite(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind(), StorageError::Kind::NewerVersion);
        QVERIFY2(opened.error().message().contains(QStringLiteral("newer version of Debrief")),
                 qPrintable(opened.error().message()));
        QVERIFY(opened.error().message().contains(QStringLiteral("format 99")));
        QVERIFY(opened.error().message().contains(QStringLiteral("not changed")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesFilesThatAreNotNotebooks_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a Markdown file") << QByteArray("# Notes\n\nNot a database.\n")
                                         << QStringLiteral("not an SQLite database");
        QTest::newRow("binary noise") << QByteArray(4096, '\x7f') << QStringLiteral("not an SQLite database");
    }

    void refusesFilesThatAreNotNotebooks()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        auto opened = Database::openSqlite(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind(), StorageError::Kind::Corrupt);
        QVERIFY2(opened.error().message().contains(expected), qPrintable(opened.error().message()));
        QCOMPARE(fileHash(path), QCryptographicHash::hash(content, QCryptographicHash::Sha256));
    }

    void refusesSomeoneElsesDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
        }
        const QByteArray before = fileHash(path);
        auto opened = Database::openSqlite(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message().contains(QStringLiteral("not a Debrief notebook")),
                 qPrintable(opened.error().message()));
        QCOMPARE(fileHash(path), before);
    }

    void reportsDamagedNotebook()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nb.sqlite"));
        {
            auto notebook = test::openNotebook(dir);
            QVERIFY(notebook);
            Document document;
            document.title = QStringLiteral("Doomed");
            document.body = QString(20000, QLatin1Char('x'));
            DEBRIEF_VERIFY_OK(notebook->documents().create(document));
            DEBRIEF_VERIFY_OK(notebook->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        // Overwrite everything after the first page (the schema) with noise.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 8192);
        file.seek(4096);
        file.write(QByteArray(size - 4096, '\xA5'));
        file.close();

        auto opened = Notebook::openSqlite(path);
        StorageError error;
        if (opened) {
            auto listed = opened.value()->documents().list();
            QVERIFY(!listed.ok());
            error = listed.error();
        } else {
            error = opened.error();
        }
        QCOMPARE(error.kind(), StorageError::Kind::Corrupt);
        QVERIFY2(error.message().contains(QStringLiteral("damaged")), qPrintable(error.message()));
    }

    void reportsLockedNotebook()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nb.sqlite"));
        Database::Options quick;
        quick.busyTimeoutMs = 100;
        auto notebook = Notebook::openSqlite(path, quick);
        DEBRIEF_VERIFY_OK(notebook);
        Document document;
        document.title = QStringLiteral("Shared");
        auto created = notebook.value()->documents().create(document);
        DEBRIEF_VERIFY_OK(created);

        RawConnection other(path);
        QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));

        // Opening a second time while another program holds the lock.
        auto second = Notebook::openSqlite(path, quick);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind(), StorageError::Kind::Locked);
        QVERIFY2(second.error().message().contains(QStringLiteral("locked by another program")),
                 qPrintable(second.error().message()));

        // Saving while locked fails clearly and keeps the stored text.
        Document edited = created.value();
        edited.body = QStringLiteral("typed while locked");
        auto saved = notebook.value()->documents().update(edited);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind(), StorageError::Kind::Locked);

        // Once the lock is gone the same edit goes through: nothing was lost.
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
        auto retried = notebook.value()->documents().update(edited);
        DEBRIEF_VERIFY_OK(retried);
        QCOMPARE(retried.value().body, QStringLiteral("typed while locked"));
    }

    void reportsReadOnlyNotebook()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nb.sqlite"));
        {
            auto db = Database::openSqlite(path);
            DEBRIEF_VERIFY_OK(db);
            // Back to a rollback journal: read-only WAL databases need writable -shm files.
            DEBRIEF_VERIFY_OK(db.value()->exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        const QByteArray before = fileHash(path);
        ReadOnlyFile readOnly(path);
        if (!readOnly.ok())
            QSKIP("this file system cannot make a file read-only for the current user");
        auto opened = Database::openSqlite(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind(), StorageError::Kind::ReadOnly);
        QVERIFY2(opened.error().message().contains(QStringLiteral("read-only")), qPrintable(opened.error().message()));
        QCOMPARE(fileHash(path), before);
    }

    void reportsMissingAndFolderPaths()
    {
        QTemporaryDir dir;
        Database::Options mustExist;
        mustExist.mustExist = true;
        auto missing = Database::openSqlite(dir.filePath(QStringLiteral("typo.sqlite")), mustExist);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind(), StorageError::Kind::Unreadable);
        QVERIFY(missing.error().message().contains(QStringLiteral("There is no notebook at")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo.sqlite"))));

        auto folder = Database::openSqlite(dir.path());
        QVERIFY(!folder.ok());
        QVERIFY(folder.error().message().contains(QStringLiteral("is a folder")));
    }

    void anExistingNotebookKeepsItsCalendarKey()
    {
        // Before format 8 an action's UID came from the notebook's path: a notebook with
        // actions keeps that key, so calendar programs go on updating the same tasks.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database::Options format7;
            format7.targetVersion = 7;
            auto old = Notebook::openSqlite(path, format7);
            DEBRIEF_VERIFY_OK(old);
            ActionItem item;
            item.title = QStringLiteral("Add jitter");
            DEBRIEF_VERIFY_OK(old.value()->actionItems().create(item));
        }
        auto migrated = Database::openSqlite(path);
        DEBRIEF_VERIFY_OK(migrated);
        const QString legacy = QString::fromLatin1(
            QCryptographicHash::hash(QFileInfo(path).canonicalFilePath().toUtf8(), QCryptographicHash::Sha1)
                .toHex()
                .left(12));
        QCOMPARE(migrated.value()->notebookKey().value(), legacy);
        // A new notebook gets a key of its own.
        auto fresh = Database::openSqlite(dir.filePath(QStringLiteral("new.sqlite")));
        DEBRIEF_VERIFY_OK(fresh);
        QCOMPARE(fresh.value()->notebookKey().value().size(), 32);
    }

    void anEmptyDatabaseIsNoNotebookToOpen()
    {
        // An empty file (or, on a server, an empty database) opened as an existing notebook.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Database::Options mustExist;
        mustExist.mustExist = true;
        auto refused = Database::openSqlite(path, mustExist);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().contains(QStringLiteral("There is no notebook in")),
                 qPrintable(refused.error().message()));
        QCOMPARE(QFileInfo(path).size(), qint64(0));
        QVERIFY(Database::openSqlite(path).ok()); // created when asked for a new one
    }

    void integrityCheckPassesOnHealthyNotebook()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("nb.sqlite")));
        DEBRIEF_VERIFY_OK(db);
        DEBRIEF_VERIFY_OK(db.value()->checkIntegrity());
    }

    void failedTransactionLeavesNoTrace()
    {
        QTemporaryDir dir;
        auto notebook = test::openNotebook(dir);
        QVERIFY(notebook);
        Status status = notebook->database().transaction([&]() -> Status {
            Meetup meetup;
            meetup.title = QStringLiteral("Half-written");
            if (auto created = notebook->meetups().create(meetup); !created)
                return created.error();
            Meetup invalid; // no title: the second step fails
            auto second = notebook->meetups().create(invalid);
            return second ? Status() : Status(second.error());
        });
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind(), StorageError::Kind::Invalid);
        auto meetups = notebook->meetups().list();
        DEBRIEF_VERIFY_OK(meetups);
        QVERIFY(meetups.value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
