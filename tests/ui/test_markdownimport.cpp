// File ▸ Import: Markdown files and a Jekyll folder come into the notebook on a worker
// thread; a bad file is reported with its reason and the others still come in.
#include "common/localization.h"
#include "filebytes.h"
#include "notebook/markdownimport.h"
#include "testnotebook.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace debrief;

class TestMarkdownImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // The summary's plurals come from the English translation ("1 new document").
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void folderWithGoodAndBadFiles()
    {
        auto notebook = test::openNotebook(m_dir);
        QVERIFY(notebook);
        const QString posts = m_dir.filePath(QStringLiteral("site/_posts"));
        QVERIFY(QDir().mkpath(posts));
        test::writeBytes(posts + QStringLiteral("/2026-11-17-queue-outage.md"),
                         "---\nlayout: post\ntitle: Queue outage\nseverity: SEV2\ntags: [queue]\n---\n\n"
                         "# Queue outage\n\n- [ ] Add a lag alert @priya due:2026-12-01\n");
        test::writeBytes(posts + QStringLiteral("/2026-11-18-binary.md"), QByteArray("\x00\x01\x02PNG", 6));
        test::writeBytes(posts + QStringLiteral("/2026-11-19-latin1.md"), "# Caf\xe9 outage\n");

        QWidget window;
        MarkdownImport import(&window);
        import.setNotebook(notebook.get());
        import.setFolderChooser([&] { return QStringList{m_dir.filePath(QStringLiteral("site"))};
    });
    QSignalSpy finished(&import, &MarkdownImport::finished);
    QSignalSpy documents(notebook.get(), &Notebook::documentsChanged);
    QSignalSpy actions(notebook.get(), &Notebook::actionItemsChanged);

    import.importFolder();
    QVERIFY(import.isBusy() || finished.count() == 1); // on a worker, not in the click
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const auto reports = finished.first().first().value<QList<ImportReport>>();
    QCOMPARE(reports.size(), 3);
    QCOMPARE(documents.count(), 1);
    QCOMPARE(actions.count(), 1);

    const QString summary = MarkdownImport::summaryOf(reports);
    QVERIFY2(summary.contains(QStringLiteral("1 new document")) && summary.contains(QStringLiteral("1 new action")) &&
                 summary.contains(QStringLiteral("2 files could not be imported")),
             qPrintable(summary));
    const QString failures = MarkdownImport::failuresOf(reports);
    QVERIFY2(failures.contains(QStringLiteral("2026-11-18-binary.md")) &&
                 failures.contains(QStringLiteral("2026-11-19-latin1.md")),
             qPrintable(failures));
    QCOMPARE(failures.count(QLatin1Char('\n')), 1); // one line per failed file

    auto stored = notebook->documents().list();
    DEBRIEF_VERIFY_OK(stored);
    QCOMPARE(stored.value().size(), 1);
    auto document = notebook->documents().get(stored.value().constFirst().id);
    DEBRIEF_VERIFY_OK(document);
    QCOMPARE(document.value().title, QStringLiteral("Queue outage"));
    QCOMPARE(document.value().severity, QStringLiteral("SEV2"));
    QVERIFY(!document.value().body.contains(QStringLiteral("layout:")));
    auto items = notebook->actionItems().list();
    DEBRIEF_VERIFY_OK(items);
    QCOMPARE(items.value().size(), 1);
    QCOMPARE(items.value().constFirst().title, QStringLiteral("Add a lag alert"));

    // The same folder again: nothing doubles.
    import.importFolder();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QVERIFY(MarkdownImport::summaryOf(finished.at(1).first().value<QList<ImportReport>>())
                .contains(QStringLiteral("1 unchanged")));
    QCOMPARE(notebook->documents().list().value().size(), 1);
    QCOMPARE(notebook->actionItems().list().value().size(), 1);
}

    void nothingFoundSaysSo()
{
    QCOMPARE(MarkdownImport::summaryOf({}), QStringLiteral("No Markdown files were found there."));
}

void linesGoneFromTheFileAreReported()
{
    ImportReport report;
    report.path = QStringLiteral("/site/_posts/2026-11-18-queue.md");
    report.outcome = ImportReport::Outcome::Updated;
    ActionItem gone;
    gone.title = QStringLiteral("Add a lag alert");
    report.missingActions = {gone};
    const QString failures = MarkdownImport::failuresOf({report});
    QVERIFY2(failures.contains(QStringLiteral("2026-11-18-queue.md")) &&
                 failures.contains(QStringLiteral("1 open action whose task line is gone")) &&
                 failures.contains(QStringLiteral("“Add a lag alert”")),
             qPrintable(failures));
    report.missingDropped = true; // dropped on request: nothing left to look at
    QCOMPARE(MarkdownImport::failuresOf({report}), QString());
}

private:
QTemporaryDir m_dir;
}
;

QTEST_MAIN(TestMarkdownImport)
#include "test_markdownimport.moc"
