// Importing a file again (issue 4, "no duplicates after edits, reloads or imports"): an
// unchanged file touches nothing, a changed one never undoes tracker work, files are told
// apart by where they are, and actions whose lines are gone are reported before any drop.
#include "cli/cli.h"
#include "clirun.h"
#include "importer/markdownimporter.h"
#include "testnotebook.h"
#include "tracker/tasklistsyncer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

// A Wednesday: `due:fri` means 2026-03-20 on it, and 2026-03-27 a week later.
const QDate kFirstDay(2026, 3, 18);
const QDate kWeekLater(2026, 3, 25);

QString writeFile(const QTemporaryDir &dir, const QString &relative, const QByteArray &content)
{
    const QString path = dir.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

QList<ActionItem> actionsOf(Notebook &notebook, qint64 documentId)
{
    ActionItemRepository::Filter filter;
    filter.documentId = documentId;
    auto listed = notebook.actionItems().list(filter);
    QList<ActionItem> items = listed.ok() ? listed.value() : QList<ActionItem>();
    std::sort(items.begin(), items.end(), [](const ActionItem &a, const ActionItem &b) { return a.id < b.id; });
    return items;
}

std::optional<ActionItem> actionTitled(Notebook &notebook, qint64 documentId, const QString &title)
{
    for (const ActionItem &item : actionsOf(notebook, documentId)) {
        if (item.title == title)
            return item;
    }
    return std::nullopt;
}

/// Changes an action the way the tracker does: the action, then its line in the notebook copy.
bool changeInTracker(Notebook &notebook, const ActionItem &before, const ActionItem &after, const QDate &today)
{
    if (!notebook.actionItems().update(after).ok())
        return false;
    auto stored = notebook.documents().get(*before.documentId);
    if (!stored.ok())
        return false;
    Document document = stored.value();
    document.body = TaskListSyncer(notebook).bodyAfterChange(document.body, before, after, today);
    return notebook.documents().update(document).ok();
}

bool closeInTracker(Notebook &notebook, const ActionItem &before, ActionStatus status, const QDate &today)
{
    ActionItem after = before;
    after.status = status;
    return changeInTracker(notebook, before, after, today);
}

ImportReport importOnce(Notebook &notebook, const QString &path, const QDate &today, bool dropMissing = false)
{
    MarkdownImporter importer(notebook, today);
    importer.setDropMissing(dropMissing);
    return importer.importFile(path);
}

QStringList bodyLinesContaining(Notebook &notebook, qint64 documentId, const QString &text)
{
    QStringList found;
    for (const QString &line : notebook.documents().get(documentId).value().body.split(QLatin1Char('\n'))) {
        if (line.contains(text))
            found << line;
    }
    return found;
}

const QByteArray kPostmortem = "---\ntitle: Retry storm\n---\n# Retry storm\n\nThe retries synchronised.\n\n"
                               "- [ ] Add jitter to retries @ana due:fri\n"
                               "- [ ] Write the runbook @bob due:2026-04-01\n";

} // namespace

class ReimportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void unchangedFileTouchesNothing_data();
    void unchangedFileTouchesNothing();
    void changedFileKeepsTrackerWork_data();
    void changedFileKeepsTrackerWork();
    void filesAreToldApartByPlace_data();
    void filesAreToldApartByPlace();
    void olderImportsAreFoundByNameAndDate_data();
    void olderImportsAreFoundByNameAndDate();
    void movedFileKeepsItsDocument_data();
    void movedFileKeepsItsDocument();
    void goneLinesAreReportedBeforeAnyDrop_data();
    void goneLinesAreReportedBeforeAnyDrop();
    void notebookEditsAreNotOverwritten();
    void importVerbSaysWhatHappened();
};

void ReimportTest::unchangedFileTouchesNothing_data()
{
    QTest::addColumn<QString>("meanwhile");
    QTest::addColumn<QDate>("secondDay");
    QTest::newRow("nothing happened, same day") << QString() << kFirstDay;
    QTest::newRow("nothing happened, relative due date a week later") << QString() << kWeekLater;
    QTest::newRow("action done in the tracker") << QStringLiteral("done") << kWeekLater;
    QTest::newRow("action dropped in the tracker") << QStringLiteral("dropped") << kFirstDay;
    QTest::newRow("body edited in the notebook") << QStringLiteral("edit") << kFirstDay;
}

void ReimportTest::unchangedFileTouchesNothing()
{
    QFETCH(QString, meanwhile);
    QFETCH(QDate, secondDay);
    QTemporaryDir dir;
    auto notebook = test::openNotebook(dir);
    QVERIFY(notebook);
    const QString path = writeFile(dir, QStringLiteral("_posts/2026-03-14-retry-storm.md"), kPostmortem);
    const ImportReport first = importOnce(*notebook, path, kFirstDay);
    QCOMPARE(first.outcome, ImportReport::Outcome::Imported);
    const auto jitter = actionTitled(*notebook, first.documentId, QStringLiteral("Add jitter to retries"));
    QVERIFY(jitter);
    QCOMPARE(jitter->dueDate, QDate(2026, 3, 20));

    if (meanwhile == QLatin1String("done"))
        QVERIFY(closeInTracker(*notebook, *jitter, ActionStatus::Done, kFirstDay));
    if (meanwhile == QLatin1String("dropped"))
        QVERIFY(closeInTracker(*notebook, *jitter, ActionStatus::Dropped, kFirstDay));
    if (meanwhile == QLatin1String("edit")) {
        Document edited = notebook->documents().get(first.documentId).value();
        edited.body.replace(QStringLiteral("synchronised"), QStringLiteral("synchronised after the deploy"));
        DEBRIEF_VERIFY_OK(notebook->documents().update(edited));
    }
    const Document before = notebook->documents().get(first.documentId).value();
    const QList<ActionItem> actionsBefore = actionsOf(*notebook, first.documentId);

    for (int run = 0; run < 2; ++run) {
        const ImportReport again = importOnce(*notebook, path, secondDay);
        QVERIFY2(!again.failed(), qPrintable(again.message));
        QCOMPARE(again.outcome, ImportReport::Outcome::Unchanged);
        QCOMPARE(again.documentId, first.documentId);
        QCOMPARE(again.actionsCreated + again.actionsUpdated, 0);
    }
    const Document after = notebook->documents().get(first.documentId).value();
    QCOMPARE(after.revision, before.revision);
    QCOMPARE(after.body, before.body);
    QCOMPARE(after.title, before.title);
    const QList<ActionItem> actionsAfter = actionsOf(*notebook, first.documentId);
    QCOMPARE(actionsAfter.size(), actionsBefore.size());
    for (qsizetype i = 0; i < actionsAfter.size(); ++i) {
        QCOMPARE(actionsAfter.at(i).status, actionsBefore.at(i).status);
        QCOMPARE(actionsAfter.at(i).completedAt, actionsBefore.at(i).completedAt);
        QCOMPARE(actionsAfter.at(i).dueDate, actionsBefore.at(i).dueDate);
        QCOMPARE(actionsAfter.at(i).revision, actionsBefore.at(i).revision);
    }
    QCOMPARE(notebook->documents().list().value().size(), 1);
}

void ReimportTest::changedFileKeepsTrackerWork_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<QString>("inTracker");
    QTest::addColumn<QString>("expectedStatus");
    QTest::addColumn<QDate>("expectedDue");
    QTest::addColumn<QString>("expectedLine");

    const QByteArray edited = QByteArray(kPostmortem).replace("synchronised.", "synchronised after a deploy.");
    const QByteArray lineEdited = QByteArray(edited).replace("due:fri", "due:2026-05-04");
    QTest::newRow("done in the tracker, box unticked in the file")
        << kPostmortem << edited << QStringLiteral("done") << QStringLiteral("done") << QDate(2026, 3, 20)
        << QStringLiteral("- [x] Add jitter to retries @ana due:2026-03-20");
    QTest::newRow("dropped in the tracker, line as it was in the file")
        << kPostmortem << edited << QStringLiteral("dropped") << QStringLiteral("dropped") << QDate(2026, 3, 20)
        << QStringLiteral("- [ ] ~~Add jitter to retries~~ @ana due:2026-03-20");
    QTest::newRow("done in the tracker, line edited in the file but still unticked")
        << kPostmortem << lineEdited << QStringLiteral("done") << QStringLiteral("done") << QDate(2026, 5, 4)
        << QStringLiteral("- [x] Add jitter to retries @ana due:2026-05-04");
    QTest::newRow("relative due date keeps the stored date")
        << kPostmortem << edited << QString() << QStringLiteral("open") << QDate(2026, 3, 20)
        << QStringLiteral("- [ ] Add jitter to retries @ana due:2026-03-20");
    const QByteArray absolute = QByteArray(kPostmortem).replace("due:fri", "due:2026-03-30");
    QTest::newRow("due date moved in the tracker, line unchanged in the file")
        << absolute << QByteArray(absolute).replace("synchronised.", "synchronised after a deploy.")
        << QStringLiteral("due") << QStringLiteral("open") << QDate(2026, 4, 10)
        << QStringLiteral("- [ ] Add jitter to retries @ana due:2026-04-10");
    QTest::newRow("priority raised in the tracker, line unchanged in the file")
        << kPostmortem << edited << QStringLiteral("priority") << QStringLiteral("open") << QDate(2026, 3, 20)
        << QStringLiteral("- [ ] Add jitter to retries @ana due:2026-03-20 !high");
    QTest::newRow("a date edited into the line in the file wins over the tracker's")
        << kPostmortem << lineEdited << QStringLiteral("due") << QStringLiteral("open") << QDate(2026, 5, 4)
        << QStringLiteral("- [ ] Add jitter to retries @ana due:2026-05-04");
    QTest::newRow("ticked in the file closes it")
        << kPostmortem << QByteArray(edited).replace("- [ ] Add jitter", "- [x] Add jitter") << QString()
        << QStringLiteral("done") << QDate(2026, 3, 20)
        << QStringLiteral("- [x] Add jitter to retries @ana due:2026-03-20");
}

void ReimportTest::changedFileKeepsTrackerWork()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(QString, inTracker);
    QFETCH(QString, expectedStatus);
    QFETCH(QDate, expectedDue);
    QFETCH(QString, expectedLine);
    QTemporaryDir dir;
    auto notebook = test::openNotebook(dir);
    QVERIFY(notebook);
    const QString relative = QStringLiteral("_posts/2026-03-14-retry-storm.md");
    const QString path = writeFile(dir, relative, first);
    const ImportReport imported = importOnce(*notebook, path, kFirstDay);
    QCOMPARE(imported.outcome, ImportReport::Outcome::Imported);
    const auto jitter = actionTitled(*notebook, imported.documentId, QStringLiteral("Add jitter to retries"));
    QVERIFY(jitter);
    if (!inTracker.isEmpty()) {
        ActionItem changed = *jitter;
        if (const auto status = actionStatusFromString(inTracker))
            changed.status = *status;
        if (inTracker == QLatin1String("due"))
            changed.dueDate = QDate(2026, 4, 10);
        if (inTracker == QLatin1String("priority"))
            changed.priority = ActionPriority::High;
        QVERIFY(changeInTracker(*notebook, *jitter, changed, kFirstDay));
    }
    const QDateTime completedAt = notebook->actionItems().get(jitter->id).value().completedAt;

    writeFile(dir, relative, second);
    const ImportReport updated = importOnce(*notebook, path, kWeekLater);
    QVERIFY2(!updated.failed(), qPrintable(updated.message));
    QCOMPARE(updated.outcome, ImportReport::Outcome::Updated);
    QCOMPARE(updated.documentId, imported.documentId);
    QCOMPARE(updated.actionsCreated, 0);

    const ActionItem after = notebook->actionItems().get(jitter->id).value();
    QCOMPARE(toStorageString(after.status), expectedStatus);
    QCOMPARE(after.dueDate, expectedDue);
    if (actionStatusFromString(inTracker)) // closed in the tracker: still closed since then
        QCOMPARE(after.completedAt, completedAt);
    // The notebook copy says what the tracker says, so the next save of the text agrees.
    QCOMPARE(bodyLinesContaining(*notebook, imported.documentId, QStringLiteral("Add jitter")),
             QStringList{expectedLine});
    QVERIFY(notebook->documents().get(imported.documentId).value().body.contains(QStringLiteral("after a deploy")));
    QCOMPARE(actionsOf(*notebook, imported.documentId).size(), 2);

    // The same changed file once more is unchanged.
    QCOMPARE(importOnce(*notebook, path, kWeekLater).outcome, ImportReport::Outcome::Unchanged);
}

void ReimportTest::filesAreToldApartByPlace_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("oneRun");
    QTest::newRow("README.md in two folders, two runs")
        << QStringLiteral("a/README.md") << QStringLiteral("b/README.md") << false;
    QTest::newRow("README.md in two folders, one run")
        << QStringLiteral("a/README.md") << QStringLiteral("b/README.md") << true;
    QTest::newRow("same Jekyll post name in two sites") << QStringLiteral("one/_posts/2026-03-14-notes.md")
                                                        << QStringLiteral("two/_posts/2026-03-14-notes.md") << false;
}

void ReimportTest::filesAreToldApartByPlace()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, oneRun);
    QTemporaryDir dir;
    auto notebook = test::openNotebook(dir);
    QVERIFY(notebook);
    const QString a = writeFile(dir, first, "# Notes\n\n- [ ] Fix A @ana\n");
    const QString b = writeFile(dir, second, "# Notes\n\n- [ ] Fix B @bob\n");
    QList<ImportReport> reports;
    if (oneRun) {
        MarkdownImporter importer(*notebook, kFirstDay);
        reports = importer.importPaths({a, b});
    } else {
        reports << importOnce(*notebook, a, kFirstDay) << importOnce(*notebook, b, kFirstDay);
    }
    QCOMPARE(reports.size(), 2);
    for (const ImportReport &report : reports) {
        QVERIFY2(!report.failed(), qPrintable(report.message));
        QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
    }
    QVERIFY(reports.at(0).documentId != reports.at(1).documentId);
    QCOMPARE(notebook->documents().list().value().size(), 2);
    QVERIFY(actionTitled(*notebook, reports.at(0).documentId, QStringLiteral("Fix A")));
    QVERIFY(actionTitled(*notebook, reports.at(1).documentId, QStringLiteral("Fix B")));

    // Each file again finds its own document.
    QCOMPARE(importOnce(*notebook, a, kFirstDay).documentId, reports.at(0).documentId);
    QCOMPARE(importOnce(*notebook, b, kFirstDay).documentId, reports.at(1).documentId);
    QCOMPARE(actionTitled(*notebook, reports.at(0).documentId, QStringLiteral("Fix A"))->ownerText,
             QStringLiteral("ana"));
}

void ReimportTest::olderImportsAreFoundByNameAndDate_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("storedExtra");
    QTest::addColumn<bool>("same");
    QTest::newRow("dated post, same slug and date")
        << QStringLiteral("_posts/2026-03-14-retry-storm.md") << QStringLiteral("date: 2026-03-14\n") << true;
    QTest::newRow("dated post, another date")
        << QStringLiteral("_posts/2026-03-15-retry-storm.md") << QStringLiteral("date: 2026-03-14\n") << false;
    QTest::newRow("undated file, undated document") << QStringLiteral("retry-storm.md") << QString() << false;
}

void ReimportTest::olderImportsAreFoundByNameAndDate()
{
    QFETCH(QString, relative);
    QFETCH(QString, storedExtra);
    QFETCH(bool, same);
    QTemporaryDir dir;
    auto notebook = test::openNotebook(dir);
    QVERIFY(notebook);
    // As an older Debrief left it: slug and date, no record of the file.
    Document older;
    older.title = QStringLiteral("Retry storm");
    older.slug = QStringLiteral("retry-storm");
    older.frontMatterExtra = storedExtra;
    older.body = QStringLiteral("# Retry storm\n");
    auto created = notebook->documents().create(older);
    DEBRIEF_VERIFY_OK(created);
    const QString path = writeFile(dir, relative, kPostmortem);
    ImportReport report = importOnce(*notebook, path, kFirstDay);
    if (same) {
        // Found by name and date, but never imported from this file and holding another text
        // (an exported copy imported back, say): replaced only when asked to.
        QVERIFY(report.failed() && report.editedInNotebook);
        QVERIFY2(report.message.contains(QStringLiteral("not imported from it")), qPrintable(report.message));
        QCOMPARE(notebook->documents().get(created.value().id).value().body, older.body);
        MarkdownImporter overwriting(*notebook, kFirstDay);
        overwriting.setOverwriteEdits(true);
        report = overwriting.importFile(path);
    }
    QVERIFY2(!report.failed(), qPrintable(report.message));
    QCOMPARE(report.documentId == created.value().id, same);
    QCOMPARE(report.outcome, same ? ImportReport::Outcome::Updated : ImportReport::Outcome::Imported);
    QCOMPARE(notebook->documents().list().value().size(), same ? 1 : 2);
}

void ReimportTest::movedFileKeepsItsDocument_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QByteArray>("newContent");
    QTest::addColumn<int>("outcome");
    QTest::newRow("Jekyll post renamed") << QStringLiteral("_posts/2026-03-14-retry-storm.md")
                                         << QStringLiteral("_posts/2026-03-14-payments-retry-storm.md") << QByteArray()
                                         << int(ImportReport::Outcome::Unchanged);
    QTest::newRow("Jekyll post renamed and edited")
        << QStringLiteral("_posts/2026-03-14-retry-storm.md") << QStringLiteral("_posts/2026-03-14-payments-retry.md")
        << QByteArray(kPostmortem).replace("synchronised.", "synchronised again.")
        << int(ImportReport::Outcome::Updated);
    QTest::newRow("undated file moved to another folder")
        << QStringLiteral("drafts/README.md") << QStringLiteral("published/README.md") << QByteArray()
        << int(ImportReport::Outcome::Unchanged);
}

void ReimportTest::movedFileKeepsItsDocument()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QByteArray, newContent);
    QFETCH(int, outcome);
    QTemporaryDir dir;
    auto notebook = test::openNotebook(dir);
    QVERIFY(notebook);
    const QString oldPath = writeFile(dir, from, kPostmortem);
    const ImportReport first = importOnce(*notebook, oldPath, kFirstDay);
    QCOMPARE(first.outcome, ImportReport::Outcome::Imported);
    QVERIFY(QFile::remove(oldPath));
    const QString newPath = writeFile(dir, to, newContent.isEmpty() ? kPostmortem : newContent);

    const ImportReport moved = importOnce(*notebook, newPath, kFirstDay);
    QVERIFY2(!moved.failed(), qPrintable(moved.message));
    QCOMPARE(int(moved.outcome), outcome);
    QCOMPARE(moved.documentId, first.documentId);
    QCOMPARE(notebook->documents().list().value().size(), 1);
    QCOMPARE(actionsOf(*notebook, first.documentId).size(), 2);
    // From now on the new place is the document's source.
    QCOMPARE(importOnce(*notebook, newPath, kFirstDay).outcome, ImportReport::Outcome::Unchanged);

    // A copy beside a file that is still there is a document of its own.
    const QString copy = writeFile(dir, QStringLiteral("copy/") + QFileInfo(to).fileName(), kPostmortem);
    const ImportReport copied = importOnce(*notebook, copy, kFirstDay);
    QCOMPARE(copied.outcome, ImportReport::Outcome::Imported);
    QCOMPARE(notebook->documents().list().value().size(), 2);
}

void ReimportTest::goneLinesAreReportedBeforeAnyDrop_data()
{
    QTest::addColumn<bool>("dropAtOnce");
    QTest::newRow("kept open, then dropped on an unchanged file with --drop-missing") << false;
    QTest::newRow("dropped with the change itself") << true;
}

void ReimportTest::goneLinesAreReportedBeforeAnyDrop()
{
    QFETCH(bool, dropAtOnce);
    QTemporaryDir dir;
    auto notebook = test::openNotebook(dir);
    QVERIFY(notebook);
    const QString path = writeFile(dir, QStringLiteral("incident.md"),
                                   "# Incident\n\n- [ ] Keep me\n- [ ] Remove me @ana\n- [ ] Done already\n");
    const ImportReport first = importOnce(*notebook, path, kFirstDay);
    QCOMPARE(first.actionsCreated, 3);
    const auto doneAlready = actionTitled(*notebook, first.documentId, QStringLiteral("Done already"));
    QVERIFY(closeInTracker(*notebook, *doneAlready, ActionStatus::Done, kFirstDay));

    // Both lines go; only the open action is worth a word, and only --drop-missing drops it.
    writeFile(dir, QStringLiteral("incident.md"), "# Incident\n\n- [ ] Keep me\n");
    const ImportReport changed = importOnce(*notebook, path, kFirstDay, dropAtOnce);
    QVERIFY2(!changed.failed(), qPrintable(changed.message));
    QCOMPARE(changed.outcome, ImportReport::Outcome::Updated);
    QCOMPARE(changed.missingActions.size(), 1);
    QCOMPARE(changed.missingActions.constFirst().title, QStringLiteral("Remove me"));
    QCOMPARE(changed.missingDropped, dropAtOnce);
    const qint64 removedId = changed.missingActions.constFirst().id;
    QCOMPARE(notebook->actionItems().get(removedId).value().status,
             dropAtOnce ? ActionStatus::Dropped : ActionStatus::Open);
    QCOMPARE(notebook->actionItems().get(doneAlready->id).value().status, ActionStatus::Done);

    if (!dropAtOnce) {
        // Reported again as long as it is open; the unchanged document stays untouched.
        const qint64 revision = notebook->documents().get(first.documentId).value().revision;
        const ImportReport again = importOnce(*notebook, path, kFirstDay);
        QCOMPARE(again.outcome, ImportReport::Outcome::Unchanged);
        QCOMPARE(again.missingActions.size(), 1);
        QCOMPARE(notebook->actionItems().get(removedId).value().status, ActionStatus::Open);
        const ImportReport dropped = importOnce(*notebook, path, kFirstDay, true);
        QCOMPARE(dropped.outcome, ImportReport::Outcome::Unchanged);
        QVERIFY(dropped.missingDropped);
        QCOMPARE(notebook->actionItems().get(removedId).value().status, ActionStatus::Dropped);
        QCOMPARE(notebook->documents().get(first.documentId).value().revision, revision);
    }
    QCOMPARE(importOnce(*notebook, path, kFirstDay).missingActions.size(), 0);
    QCOMPARE(notebook->actionItems().get(doneAlready->id).value().status, ActionStatus::Done);
}

void ReimportTest::notebookEditsAreNotOverwritten()
{
    QTemporaryDir dir;
    auto notebook = test::openNotebook(dir);
    QVERIFY(notebook);
    const QString path = writeFile(dir, QStringLiteral("incident.md"), kPostmortem);
    const ImportReport first = importOnce(*notebook, path, kFirstDay);
    Document edited = notebook->documents().get(first.documentId).value();
    edited.body.replace(QStringLiteral("The retries synchronised."), QStringLiteral("Written in the notebook."));
    DEBRIEF_VERIFY_OK(notebook->documents().update(edited));
    const qint64 revision = notebook->documents().get(first.documentId).value().revision;

    writeFile(dir, QStringLiteral("incident.md"), QByteArray(kPostmortem).append("- [ ] Added in the file\n"));
    const ImportReport refused = importOnce(*notebook, path, kFirstDay);
    QVERIFY(refused.failed());
    QVERIFY(refused.editedInNotebook);
    QVERIFY2(refused.message.contains(QStringLiteral("edited in the notebook")), qPrintable(refused.message));
    QCOMPARE(notebook->documents().get(first.documentId).value().revision, revision);
    QCOMPARE(actionsOf(*notebook, first.documentId).size(), 2);

    MarkdownImporter overwriting(*notebook, kFirstDay);
    overwriting.setOverwriteEdits(true);
    const ImportReport overwritten = overwriting.importFile(path);
    QCOMPARE(overwritten.outcome, ImportReport::Outcome::Updated);
    QCOMPARE(overwritten.actionsCreated, 1);
    QVERIFY(notebook->documents().get(first.documentId).value().body.contains(QStringLiteral("synchronised")));
}

void ReimportTest::importVerbSaysWhatHappened()
{
    QTemporaryDir dir;
    const QString notebook = dir.filePath(QStringLiteral("cli.sqlite"));
    const QString file =
        writeFile(dir, QStringLiteral("incident.md"), "# Incident\n\n- [ ] Keep me\n- [ ] Remove me\n");
    auto import = [&](const QStringList &extra) {
        return test::runCli(QStringList{QStringLiteral("import"), QStringLiteral("--notebook"), notebook} + extra +
                            QStringList{file});
    };
    test::CliRun run = import({});
    QCOMPARE(run.exitCode, 0);
    run = import({});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("unchanged: ") + file), qPrintable(run.out));

    writeFile(dir, QStringLiteral("incident.md"), "# Incident\n\n- [ ] Keep me\n");
    run = import({});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("updated: ") + file), qPrintable(run.out));
    // Plural forms come from the English translation, which the in-process run does not load.
    for (const QString &part : {QStringLiteral("whose line"), QStringLiteral(": “Remove me”; kept open"),
                                QStringLiteral("run with --drop-missing")})
        QVERIFY2(run.out.contains(part), qPrintable(run.out));
    run = import({QStringLiteral("--drop-missing")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("unchanged: ") + file), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("dropped 1 action")) && run.out.contains(QStringLiteral("“Remove me”")),
             qPrintable(run.out));
    run = import({});
    QVERIFY2(!run.out.contains(QStringLiteral("whose line")), qPrintable(run.out));

    const test::CliRun help = test::runCli({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *word : {"--drop-missing", "--overwrite", "unchanged", "done"})
        QVERIFY2(help.out.contains(QLatin1String(word)), word);
}

QTEST_GUILESS_MAIN(ReimportTest)
#include "test_reimport.moc"
