// `debrief new-incident`, run through debrief::cli::run() as the command line would.
#include "clirun.h"
#include "markdown/frontmatter.h"
#include "settings/appsettings.h"
#include "testnotebook.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class NewIncidentVerbTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void authorDefaultsToMyName();
    void help();
    void usageErrors_data();
    void usageErrors();
    void writesFileNamedByDateAndSlug();
    void neverOverwrites();
    void templateOption();
    void createsFolder();
    void addsToNotebook();
    void notebookFromEnvironment();

private:
    QTemporaryDir m_config;
};

void NewIncidentVerbTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("DEBRIEF_NOTEBOOK");
    // The settings the verb reads (My Name) live here, never in the user's own.
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("Debrief"));
    QCoreApplication::setApplicationName(QStringLiteral("debrief"));
}

void NewIncidentVerbTest::authorDefaultsToMyName()
{
    {
        AppSettings settings;
        settings.setMyName(QStringLiteral("Ann Lee"));
        settings.sync();
    }
    QTemporaryDir dir;
    const test::CliRun outcome = test::runCli({QStringLiteral("new-incident"), QStringLiteral("--title"),
                                               QStringLiteral("Queue outage"), QStringLiteral("--dir"), dir.path()});
    QCOMPARE(outcome.exitCode, 0);
    const FrontMatter frontMatter(readText(outcome.out.trimmed()));
    QCOMPARE(frontMatter.authors(), QStringList{QStringLiteral("Ann Lee")});
    AppSettings settings;
    settings.setMyName(QString());
    settings.sync();
}

void NewIncidentVerbTest::help()
{
    const test::CliRun outcome = test::runCli({QStringLiteral("new-incident"), QStringLiteral("--help")});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY(outcome.out.contains(QLatin1String("Usage: debrief new-incident --title")));
    QVERIFY(outcome.out.contains(QLatin1String("postmortem-sre")));
    QVERIFY(outcome.err.isEmpty());

    const test::CliRun listed = test::runCli({QStringLiteral("--help")});
    QVERIFY(listed.out.contains(QLatin1String("new-incident")));
}

void NewIncidentVerbTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no title") << QStringList{QStringLiteral("--dir"), QStringLiteral("x")} << QStringLiteral("--title");
    QTest::newRow("blank title") << QStringList{QStringLiteral("--title"), QStringLiteral("  ")}
                                 << QStringLiteral("--title");
    QTest::newRow("bad date") << QStringList{QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--date"),
                                             QStringLiteral("2024-02-30")}
                              << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("date in another format") << QStringList{QStringLiteral("--title"), QStringLiteral("T"),
                                                           QStringLiteral("--date"), QStringLiteral("2024-5-1")}
                                            << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--title"), QStringLiteral("T"),
                                                   QStringLiteral("--force")}
                                    << QStringLiteral("force");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("--title"), QStringLiteral("T"),
                                                   QStringLiteral("extra")}
                                    << QStringLiteral("extra");
    QTest::newRow("unknown template lists the names")
        << QStringList{QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--template"),
                       QStringLiteral("nope")}
        << QStringLiteral("meetup-notes, postmortem-sre, reading-notes, talk-notes");
}

void NewIncidentVerbTest::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    // Every error must stop before anything is written, in a folder or a notebook.
    const test::CliRun outcome =
        test::runCli(QStringList{QStringLiteral("new-incident")} + arguments +
                     QStringList{QStringLiteral("--notebook"), dir.filePath(QStringLiteral("nb.sqlite"))});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    QVERIFY(outcome.out.isEmpty());
    QVERIFY(QDir(dir.path()).isEmpty());
}

void NewIncidentVerbTest::writesFileNamedByDateAndSlug()
{
    QTemporaryDir dir;
    const test::CliRun outcome = test::runCli(
        {QStringLiteral("new-incident"), QStringLiteral("--title"), QString::fromUtf8("Paiements: tempête de retries"),
         QStringLiteral("--dir"), dir.path(), QStringLiteral("--date"), QStringLiteral("2024-05-02")});
    QCOMPARE(outcome.exitCode, 0);
    const QString expectedPath = dir.filePath(QStringLiteral("2024-05-02-paiements-tempete-de-retries.md"));
    QCOMPARE(outcome.out, QDir::toNativeSeparators(expectedPath) + QLatin1Char('\n'));
    QVERIFY(outcome.err.isEmpty());

    const QString text = readText(expectedPath);
    const FrontMatter frontMatter(text);
    QVERIFY(!frontMatter.hasError());
    QCOMPARE(frontMatter.title(), QString::fromUtf8("Paiements: tempête de retries"));
    QCOMPARE(frontMatter.date(), QStringLiteral("2024-05-02"));
    QCOMPARE(frontMatter.scalar(QStringLiteral("layout")), QStringLiteral("post"));
    QVERIFY(text.contains(QLatin1String("## Root causes")));
    QVERIFY(!text.contains(QLatin1String("{{")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QFileInfo(expectedPath).fileName()});
}

void NewIncidentVerbTest::neverOverwrites()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("2024-05-02-db-outage.md"));
    {
        QFile existing(first);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("someone's notes\n");
    }
    const QStringList arguments{QStringLiteral("new-incident"),
                                QStringLiteral("--title"),
                                QStringLiteral("DB outage"),
                                QStringLiteral("--dir"),
                                dir.path(),
                                QStringLiteral("--date"),
                                QStringLiteral("2024-05-02")};
    const test::CliRun second = test::runCli(arguments);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out.trimmed(), QDir::toNativeSeparators(dir.filePath(QStringLiteral("2024-05-02-db-outage-2.md"))));
    const test::CliRun third = test::runCli(arguments);
    QCOMPARE(third.out.trimmed(), QDir::toNativeSeparators(dir.filePath(QStringLiteral("2024-05-02-db-outage-3.md"))));
    QCOMPARE(readText(first), QStringLiteral("someone's notes\n"));
    QVERIFY(readText(dir.filePath(QStringLiteral("2024-05-02-db-outage-2.md"))).contains(QLatin1String("# DB outage")));
}

void NewIncidentVerbTest::templateOption()
{
    QTemporaryDir dir;
    const QDate before = QDate::currentDate(); // a run may straddle midnight
    const test::CliRun outcome =
        test::runCli({QStringLiteral("new-incident"), QStringLiteral("--title"), QStringLiteral("Reading"),
                      QStringLiteral("--template"), QStringLiteral("reading-notes"), QStringLiteral("--dir"),
                      dir.path(), QStringLiteral("--author"), QStringLiteral("Ann")});
    QCOMPARE(outcome.exitCode, 0);
    const QString path = outcome.out.trimmed();
    const QString fileName = QFileInfo(path).fileName();
    QVERIFY2(fileName.startsWith(before.toString(Qt::ISODate) + QLatin1String("-reading")) ||
                 fileName.startsWith(QDate::currentDate().toString(Qt::ISODate) + QLatin1String("-reading")),
             qPrintable(fileName));
    const FrontMatter frontMatter(readText(path));
    QCOMPARE(frontMatter.rule(), QStringLiteral("on-record"));
    QCOMPARE(frontMatter.authors(), QStringList{QStringLiteral("Ann")});
}

void NewIncidentVerbTest::createsFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("postmortems/2024"));
    const test::CliRun outcome = test::runCli({QStringLiteral("new-incident"), QStringLiteral("--title"),
                                               QStringLiteral("X"), QStringLiteral("--dir"), folder});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY(QFileInfo::exists(outcome.out.trimmed()));
    QVERIFY(outcome.out.startsWith(QDir::toNativeSeparators(folder)));
}

void NewIncidentVerbTest::addsToNotebook()
{
    QTemporaryDir dir;
    const QString notebookFile = dir.filePath(QStringLiteral("nb.sqlite"));
    const test::CliRun outcome = test::runCli({QStringLiteral("new-incident"), QStringLiteral("--title"),
                                               QStringLiteral("Queue backlog"), QStringLiteral("--notebook"),
                                               notebookFile, QStringLiteral("--date"), QStringLiteral("2024-05-02")});
    QCOMPARE(outcome.exitCode, 0);
    const QStringList printed = outcome.out.trimmed().split(QLatin1Char('\t'));
    QCOMPARE(printed.size(), 2);
    QCOMPARE(printed.at(1), QStringLiteral("Queue backlog"));
    bool isNumber = false;
    const qint64 id = printed.at(0).toLongLong(&isNumber);
    QVERIFY(isNumber);

    auto book = test::openNotebook(dir, QStringLiteral("nb.sqlite"));
    QVERIFY(book);
    const auto stored = book->documents().get(id);
    DEBRIEF_VERIFY_OK(stored);
    const Document &document = stored.value();
    QCOMPARE(document.title, QStringLiteral("Queue backlog"));
    QCOMPARE(document.kind, DocumentKind::Postmortem);
    QCOMPARE(document.slug, QStringLiteral("queue-backlog"));
    QCOMPARE(document.status, QStringLiteral("draft"));
    QCOMPARE(document.rule, Rule::Chatham);
    QCOMPARE(document.tags, QStringList{QStringLiteral("postmortem")});
    QVERIFY(document.body.startsWith(QLatin1String("\n# Queue backlog\n")));
    QVERIFY(!document.body.contains(QLatin1String("layout:")));
    QVERIFY(document.frontMatterExtra.contains(QLatin1String("layout: post")));
    QVERIFY(document.frontMatterExtra.contains(QLatin1String("date: \"2024-05-02\"")));

    // No file was written next to the notebook.
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.md")}, QDir::Files), QStringList());
}

void NewIncidentVerbTest::notebookFromEnvironment()
{
    QTemporaryDir dir;
    const QString notebookFile = dir.filePath(QStringLiteral("env.sqlite"));
    qputenv("DEBRIEF_NOTEBOOK", notebookFile.toUtf8());
    const test::CliRun outcome =
        test::runCli({QStringLiteral("new-incident"), QStringLiteral("--title"), QStringLiteral("Env")});
    qunsetenv("DEBRIEF_NOTEBOOK");
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY(QFileInfo::exists(notebookFile));
    auto book = test::openNotebook(dir, QStringLiteral("env.sqlite"));
    QVERIFY(book);
    const auto list = book->documents().list();
    DEBRIEF_VERIFY_OK(list);
    QCOMPARE(list.value().size(), 1);
    QCOMPARE(list.value().constFirst().title, QStringLiteral("Env"));
}

QTEST_GUILESS_MAIN(NewIncidentVerbTest)
#include "test_newincidentverb.moc"
