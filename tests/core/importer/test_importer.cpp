// Markdown import: Jekyll posts, front matter, per-file errors, re-import without duplicates
// and the `debrief import` verb.
#include "cli/cli.h"
#include "importer/markdownfilereader.h"
#include "importer/markdownimporter.h"
#include "testnotebook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &relative, const QByteArray &content)
{
    const QString path = dir.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

QList<ActionItem> actionsOf(Notebook &notebook, qint64 documentId)
{
    ActionItemRepository::Filter filter;
    filter.documentId = documentId;
    auto listed = notebook.actionItems().list(filter);
    return listed.ok() ? listed.value() : QList<ActionItem>();
}

} // namespace

class ImporterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readFile_data();
    void readFile();
    void failures_data();
    void failures();
    void oversizedFile();
    void reimportUpdatesTheSameDocument();
    void folderImportContinuesPastBadFiles();
    void sameFileTwiceInOneImport();
    void importVerb();
};

void ImporterTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void ImporterTest::readFile_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("extraContains");

    QTest::newRow("jekyll post takes its date from the file name")
        << QStringLiteral("_posts/2026-03-14-retry-storm.md")
        << QByteArray("---\nlayout: post\ntitle: Retry storm\ntags: [payments, retries]\n---\nBody\n")
        << QStringLiteral("Retry storm") << QStringLiteral("retry-storm") << QDate(2026, 3, 14)
        << QStringLiteral("layout: post\ndate: 2026-03-14\n");
    QTest::newRow("front matter date wins over the file name")
        << QStringLiteral("_posts/2026-03-14-late.md")
        << QByteArray("---\ntitle: Late\ndate: 2026-03-15 10:00:00 +0100\n---\nBody\n") << QStringLiteral("Late")
        << QStringLiteral("late") << QDate(2026, 3, 15) << QStringLiteral("date: 2026-03-15 10:00:00 +0100");
    QTest::newRow("no front matter takes the first heading")
        << QStringLiteral("notes.md") << QByteArray("Intro line\n\n# Reading notes\n\ntext\n")
        << QStringLiteral("Reading notes") << QStringLiteral("notes") << QDate() << QString();
    QTest::newRow("no heading takes the file name")
        << QStringLiteral("db-failover_v2.md") << QByteArray("just text\n") << QStringLiteral("Db failover v2")
        << QStringLiteral("db-failover-v2") << QDate() << QString();
    QTest::newRow("unknown keys kept, byte order mark and CRLF read")
        << QStringLiteral("crlf.md")
        << QByteArray("\xEF\xBB\xBF---\r\ntitle: CRLF\r\npermalink: /x/\r\n---\r\nBody\r\n") << QStringLiteral("CRLF")
        << QStringLiteral("crlf") << QDate() << QStringLiteral("permalink: /x/");
}

void ImporterTest::readFile()
{
    QFETCH(QString, relative);
    QFETCH(QByteArray, content);
    QFETCH(QString, title);
    QFETCH(QString, slug);
    QFETCH(QDate, date);
    QFETCH(QString, extraContains);
    QTemporaryDir dir;
    const MarkdownFile file = MarkdownFileReader::read(writeFile(dir, relative, content));
    QVERIFY2(file.ok(), qPrintable(file.error));
    QCOMPARE(file.document.title, title);
    QCOMPARE(file.document.slug, slug);
    QCOMPARE(file.date, date);
    QVERIFY2(file.document.frontMatterExtra.contains(extraContains), qPrintable(file.document.frontMatterExtra));
    QVERIFY(!file.document.body.contains(QLatin1Char('\r')));
    QVERIFY(!file.document.body.startsWith(QStringLiteral("---")));
}

void ImporterTest::failures_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("messageParts");
    QTest::newRow("binary file") << QByteArray("PNG\x00\x01\x02", 6) << QStringList{QStringLiteral("binary")};
    QTest::newRow("invalid UTF-8 names offset and line")
        << QByteArray("ok\nstill ok\nJos\xE9 spoke\n")
        << QStringList{QStringLiteral("UTF-8"), QStringLiteral("offset 15"), QStringLiteral("line 3")};
    QTest::newRow("overlong UTF-8 encoding") << QByteArray("a\xC0\xAF") << QStringList{QStringLiteral("offset 1")};
    QTest::newRow("front matter that is not YAML")
        << QByteArray("---\ntitle: [broken\n---\nBody\n") << QStringList{QStringLiteral("YAML")};
}

void ImporterTest::failures()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, messageParts);
    QTemporaryDir dir;
    const MarkdownFile file = MarkdownFileReader::read(writeFile(dir, QStringLiteral("bad.md"), content));
    QVERIFY(!file.ok());
    for (const QString &part : messageParts)
        QVERIFY2(file.error.contains(part), qPrintable(file.error));
    QVERIFY(file.error.contains(QStringLiteral("bad.md")));
}

void ImporterTest::oversizedFile()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("huge.md"), QByteArray(MarkdownFileReader::maxSize + 1, 'x'));
    const MarkdownFile file = MarkdownFileReader::read(path);
    QVERIFY(!file.ok());
    QVERIFY2(file.error.contains(QStringLiteral("too large")), qPrintable(file.error));
    QVERIFY2(file.error.contains(QStringLiteral("8 MiB")), qPrintable(file.error));
    const MarkdownFile missing = MarkdownFileReader::read(dir.filePath(QStringLiteral("missing.md")));
    QVERIFY(missing.error.contains(QStringLiteral("does not exist")));
}

void ImporterTest::reimportUpdatesTheSameDocument()
{
    QTemporaryDir dir;
    auto notebook = test::openNotebook(dir);
    QVERIFY(notebook);
    const QDate today(2026, 3, 20);
    const QString path = writeFile(dir, QStringLiteral("_posts/2026-03-14-retry-storm.md"),
                                   "---\ntitle: Retry storm\n---\n# Retry storm\n\n"
                                   "- [ ] Add jitter to retries due:2026-04-01\n- [ ] Write the runbook\n");
    MarkdownImporter first(*notebook, today);
    const ImportReport imported = first.importFile(path);
    QVERIFY2(!imported.failed(), qPrintable(imported.message));
    QCOMPARE(imported.outcome, ImportReport::Outcome::Imported);
    QCOMPARE(imported.actionsCreated, 2);
    const QList<ActionItem> actions = actionsOf(*notebook, imported.documentId);
    QCOMPARE(actions.size(), 2);
    QVERIFY(actions.at(0).fromTaskLine && actions.at(1).fromTaskLine);

    MarkdownImporter again(*notebook, today);
    const ImportReport unchanged = again.importFile(path);
    QCOMPARE(unchanged.outcome, ImportReport::Outcome::Unchanged);
    QCOMPARE(unchanged.documentId, imported.documentId);
    QCOMPARE(notebook->documents().list().value().size(), 1);
    QCOMPARE(actionsOf(*notebook, imported.documentId).size(), 2);

    writeFile(dir, QStringLiteral("_posts/2026-03-14-retry-storm.md"),
              "---\ntitle: Retry storm (final)\n---\n# Retry storm\n\n"
              "- [x] Add jitter to retries due:2026-04-01\n- [ ] Write the runbook\n- [ ] Load test\n");
    MarkdownImporter third(*notebook, today);
    const ImportReport updated = third.importFile(path);
    QCOMPARE(updated.outcome, ImportReport::Outcome::Updated);
    QCOMPARE(updated.documentId, imported.documentId);
    QCOMPARE(updated.actionsCreated, 1);
    QCOMPARE(notebook->documents().list().value().size(), 1);
    QCOMPARE(notebook->documents().get(imported.documentId).value().title, QStringLiteral("Retry storm (final)"));
    const QList<ActionItem> after = actionsOf(*notebook, imported.documentId);
    QCOMPARE(after.size(), 3);
    int done = 0;
    for (const ActionItem &item : after)
        done += item.status == ActionStatus::Done ? 1 : 0;
    QCOMPARE(done, 1);
}

void ImporterTest::folderImportContinuesPastBadFiles()
{
    QTemporaryDir dir;
    auto notebook = test::openNotebook(dir);
    QVERIFY(notebook);
    writeFile(dir, QStringLiteral("site/_posts/2026-01-01-a.md"), "# A\n");
    writeFile(dir, QStringLiteral("site/about.md"), "# About\n");
    writeFile(dir, QStringLiteral("site/broken.md"), QByteArray("x\x00y", 3));
    writeFile(dir, QStringLiteral("site/.git/notes.md"), "# hidden\n");
    writeFile(dir, QStringLiteral("site/_site/generated.md"), "# generated\n");
    writeFile(dir, QStringLiteral("site/image.png"), QByteArray("\x89PNG\x00", 5));
    MarkdownImporter importer(*notebook);
    const QList<ImportReport> reports = importer.importPaths({dir.filePath(QStringLiteral("site"))});
    QCOMPARE(reports.size(), 3);
    int failed = 0;
    for (const ImportReport &report : reports) {
        if (report.failed()) {
            ++failed;
            QVERIFY(report.path.endsWith(QStringLiteral("broken.md")));
            QVERIFY(report.message.contains(QStringLiteral("binary")));
        }
    }
    QCOMPARE(failed, 1);
    QCOMPARE(notebook->documents().list().value().size(), 2);
}

void ImporterTest::sameFileTwiceInOneImport()
{
    QTemporaryDir dir;
    auto notebook = test::openNotebook(dir);
    QVERIFY(notebook);
    const QString file = writeFile(dir, QStringLiteral("notes/today.md"), "# One\n- [ ] Do it\n");
    MarkdownImporter importer(*notebook);
    // The folder holds the file named after it: the second time it is found by its path.
    const QList<ImportReport> reports = importer.importPaths({dir.filePath(QStringLiteral("notes")), file});
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports.at(0).outcome, ImportReport::Outcome::Imported);
    QCOMPARE(reports.at(1).outcome, ImportReport::Outcome::Unchanged);
    QCOMPARE(reports.at(1).documentId, reports.at(0).documentId);
    QCOMPARE(notebook->documents().list().value().size(), 1);
    QCOMPARE(actionsOf(*notebook, reports.at(0).documentId).size(), 1);
}

void ImporterTest::importVerb()
{
    QTemporaryDir dir;
    const QString notebook = dir.filePath(QStringLiteral("cli.sqlite"));
    const QString good = writeFile(dir, QStringLiteral("good.md"), "# Good\n- [ ] Do it\n");
    const QString bad = writeFile(dir, QStringLiteral("bad.md"), QByteArray("\xFF\xFE"));
    auto run = [&](const QStringList &arguments, QString *out, QString *err) {
        QTextStream outStream(out);
        QTextStream errStream(err);
        return cli::run(QStringList{QStringLiteral("debrief"), QStringLiteral("import")} + arguments, outStream,
                        errStream);
    };
    QString out, err;
    QCOMPARE(run({QStringLiteral("--notebook"), notebook, good}, &out, &err), 0);
    QVERIFY2(out.contains(QStringLiteral("notebook: ") + notebook), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("imported: ") + good), qPrintable(out));
    QVERIFY(QFile::exists(notebook));

    out.clear();
    err.clear();
    QCOMPARE(run({QStringLiteral("--notebook"), notebook, good, bad}, &out, &err), 1);
    QVERIFY2(out.contains(QStringLiteral("unchanged: ") + good), qPrintable(out));
    QVERIFY2(err.contains(QStringLiteral("skipped: ") + bad), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("line 1")), qPrintable(err));

    out.clear();
    err.clear();
    QCOMPARE(run({QStringLiteral("--notebook"), notebook}, &out, &err), 2);
    QCOMPARE(run({QStringLiteral("--bogus")}, &out, &err), 2);
}

QTEST_GUILESS_MAIN(ImporterTest)
#include "test_importer.moc"
