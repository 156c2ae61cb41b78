// Copying a notebook between backends keeps every row and id; with the postgres fixture it
// makes the round trip SQLite → PostgreSQL → SQLite.
#include "cli/cli.h"
#include "notebook/demonotebook.h"
#include "storage/notebookcopier.h"
#include "testnotebook.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

/// Everything a user would notice, as comparable text.
QStringList snapshot(Notebook &notebook)
{
    QStringList lines;
    for (const Meetup &m : notebook.meetups().list().value()) {
        lines << QStringLiteral("meetup %1 %2 %3 %4").arg(m.id).arg(m.title, m.venue, m.startsAt.toString(Qt::ISODate));
        for (const RosterEntry &e : notebook.meetups().roster(m.id).value()) {
            QStringList aliases;
            for (const ParticipantAlias &a : e.participant.aliases)
                aliases << toStorageString(a.kind) + QLatin1Char('=') + a.value;
            lines << QStringLiteral("  %1 %2 %3 [%4]")
                         .arg(toStorageString(e.role), e.participant.displayName, e.participant.affiliation,
                              aliases.join(QLatin1Char(',')));
        }
    }
    for (const DocumentSummary &s : notebook.documents().list().value()) {
        const Document d = notebook.documents().get(s.id).value();
        lines << QStringLiteral("document %1 %2 %3 %4 tags=%5 body=%6")
                     .arg(d.id)
                     .arg(d.title, toStorageString(d.kind), d.meetupId ? QString::number(*d.meetupId) : QString(),
                          d.tags.join(QLatin1Char(',')), QString::number(qHash(d.body)));
    }
    for (const ActionItem &a : notebook.actionItems().list().value()) {
        lines << QStringLiteral("action %1 %2 owner=%3 due=%4 %5 %6 done=%7 task=%8")
                     .arg(a.id)
                     .arg(a.title, a.ownerText,
                          a.dueDate.isValid() ? a.dueDate.toString(Qt::ISODate) : QStringLiteral("-"),
                          toStorageString(a.status), toStorageString(a.priority),
                          a.completedAt.isValid() ? QStringLiteral("yes") : QStringLiteral("no"))
                     .arg(a.fromTaskLine);
    }
    return lines;
}

} // namespace

class TestNotebookCopier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTripKeepsEverything()
    {
        QTemporaryDir dir;
        auto source = Notebook::openSqlite(dir.filePath(QStringLiteral("source.sqlite")));
        DEBRIEF_VERIFY_OK(source);
        DEBRIEF_VERIFY_OK(createDemoNotebook(*source.value(), QDate(2026, 11, 21)));
        ActionItem undated; // a NULL due date must stay NULL, not become ''
        undated.title = QStringLiteral("Undated follow-up");
        DEBRIEF_VERIFY_OK(source.value()->actionItems().create(undated));
        const QStringList before = snapshot(*source.value());
        QVERIFY(before.size() > 10);

        // Through the server when the fixture runs, else through a second file.
        const NotebookLocation middle = test::usesPostgres()
                                            ? test::newPostgresLocation()
                                            : NotebookLocation::sqlite(dir.filePath(QStringLiteral("middle.sqlite")));
        auto team = Notebook::open(middle);
        DEBRIEF_VERIFY_OK(team);
        auto copied = NotebookCopier::copy(source.value()->database(), team.value()->database());
        DEBRIEF_VERIFY_OK(copied);
        QCOMPARE(snapshot(*team.value()), before);

        auto back = Notebook::openSqlite(dir.filePath(QStringLiteral("back.sqlite")));
        DEBRIEF_VERIFY_OK(back);
        DEBRIEF_VERIFY_OK(NotebookCopier::copy(team.value()->database(), back.value()->database()));
        QCOMPARE(snapshot(*back.value()), before);

        // The copies are full notebooks: search works and new rows get fresh ids.
        QVERIFY(!team.value()->documents().search(QStringLiteral("retry")).value().isEmpty());
        QVERIFY(!back.value()->documents().search(QStringLiteral("retry")).value().isEmpty());
        Meetup next;
        next.title = QStringLiteral("Failure Modes #13");
        auto created = team.value()->meetups().create(next);
        DEBRIEF_VERIFY_OK(created);
        for (const Meetup &m : source.value()->meetups().list().value())
            QVERIFY(created.value().id > m.id);
    }

    void refusesANonEmptyTarget()
    {
        QTemporaryDir dir;
        auto source = test::openNotebook(dir, QStringLiteral("a.sqlite"));
        auto target = test::openNotebook(dir, QStringLiteral("b.sqlite"));
        QVERIFY(source && target);
        Meetup meetup;
        meetup.title = QStringLiteral("Already here");
        DEBRIEF_VERIFY_OK(target->meetups().create(meetup));
        auto copied = NotebookCopier::copy(source->database(), target->database());
        QVERIFY(!copied.ok());
        QVERIFY2(copied.error().message().contains(QStringLiteral("not empty")), qPrintable(copied.error().message()));
        QCOMPARE(target->meetups().list().value().size(), 1);
    }

    void commandLineCopiesAndCounts()
    {
        QTemporaryDir dir;
        const QString from = dir.filePath(QStringLiteral("from.sqlite"));
        {
            auto source = Notebook::openSqlite(from);
            DEBRIEF_VERIFY_OK(source);
            DEBRIEF_VERIFY_OK(createDemoNotebook(*source.value(), QDate(2026, 11, 21)));
        }
        const QString to =
            test::usesPostgres() ? test::newPostgresLocation().toString() : dir.filePath(QStringLiteral("to.sqlite"));
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int code =
            cli::run({QStringLiteral("debrief"), QStringLiteral("copy-notebook"), from, to}, outStream, errStream);
        QVERIFY2(code == cli::Ok, qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("action_item")), qPrintable(out));

        // A second copy into the same target is refused, and a missing source is an error.
        QCOMPARE(cli::run({QStringLiteral("debrief"), QStringLiteral("copy-notebook"), from, to}, outStream, errStream),
                 int(cli::UsageError));
        QVERIFY(err.contains(QStringLiteral("not empty")));
        QCOMPARE(cli::run({QStringLiteral("debrief"), QStringLiteral("copy-notebook"),
                           dir.filePath(QStringLiteral("typo.sqlite")), dir.filePath(QStringLiteral("x.sqlite"))},
                          outStream, errStream),
                 int(cli::UsageError));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo.sqlite"))));
        QCOMPARE(cli::run({QStringLiteral("debrief"), QStringLiteral("copy-notebook"), from,
                           QStringLiteral("postgresql://me:secret@127.0.0.1/x")},
                          outStream, errStream),
                 int(cli::UsageError));
        QVERIFY(err.contains(QStringLiteral("password")));
    }
};

QTEST_GUILESS_MAIN(TestNotebookCopier)
#include "test_notebookcopier.moc"
