// `debrief anonymise` and `debrief scan`: exit codes, output and files, through
// debrief::cli::run() and, when it is built, through the real debrief binary.
#include "cli/cli.h"
#include "clirun.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

using test::runCli;
using Run = test::CliRun;

class ChathamCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scanExitCodes_data();
    void scanExitCodes();
    void scanPrintsFindings();
    void anonymiseWritesOutput();
    void anonymiseRejects_data();
    void anonymiseRejects();
    void realBinary();

private:
    QString write(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    QString m_roster;
};

QString ChathamCliTest::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

void ChathamCliTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_roster = write(QStringLiteral("roster.csv"), "name,aliases,affiliation,handles,emails\n"
                                                   "Priya Sharma,Pri,Acme Payments,priya_s,priya@acme.example\n"
                                                   "Will Turner,,,wturner,\n");
}

void ChathamCliTest::scanExitCodes_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("clean file") << QByteArray("Speaker A said it will fail.\n") << QStringList{} << 0;
    QTest::newRow("roster identity") << QByteArray("Priya said it will fail.\n") << QStringList{} << 1;
    QTest::newRow("warning only") << QByteArray("We thanked Kowalczyk.\n") << QStringList{} << 0;
    QTest::newRow("warning with --strict")
        << QByteArray("We thanked Kowalczyk.\n") << QStringList{QStringLiteral("--strict")} << 1;
    QTest::newRow("allowed word with --strict")
        << QByteArray("We thanked Kowalczyk.\n")
        << QStringList{QStringLiteral("--strict"), QStringLiteral("--allow"), QStringLiteral("Kowalczyk")} << 0;
    QTest::newRow("invalid UTF-8") << QByteArray("Jos\xE9\n") << QStringList{} << 2;
}

void ChathamCliTest::scanExitCodes()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    const QString file = write(QStringLiteral("scan.md"), content);
    const Run run =
        runCli(QStringList{QStringLiteral("scan"), QStringLiteral("--roster"), m_roster} + options + QStringList{file});
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
}

void ChathamCliTest::scanPrintsFindings()
{
    const QString first = write(QStringLiteral("first.md"), "# Notes\n\nThanks to Priya and @wturner.\n");
    const QString second = write(QStringLiteral("second.md"), "call +44 20 7946 0958\n");
    const Run run = runCli({QStringLiteral("scan"), QStringLiteral("--roster"), m_roster, first, second});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, first + QStringLiteral(":3:11: identity: Priya\n") + first +
                          QStringLiteral(":3:21: identity: @wturner\n") + second +
                          QStringLiteral(":1:6: phone: +44 20 7946 0958\n"));

    const Run missing = runCli(
        {QStringLiteral("scan"), QStringLiteral("--roster"), m_roster, m_dir.filePath(QStringLiteral("nope.md"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("nope.md")));
}

void ChathamCliTest::anonymiseWritesOutput()
{
    const QString input = write(QStringLiteral("in.md"), "Priya Sharma (Acme Payments) thanked Will.\n"
                                                         "<!-- off-record -->secret<!-- /off-record -->\n");
    const QString output = m_dir.filePath(QStringLiteral("out.md"));
    const Run run = runCli({QStringLiteral("anonymise"), QStringLiteral("--roster"), m_roster, input,
                            QStringLiteral("-o"), output, QStringLiteral("--label-style"), QStringLiteral("numbers")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), QStringLiteral("Participant 1 (a company) thanked Participant 2.\n"));

    const Run toStdout = runCli({QStringLiteral("anonymise"), QStringLiteral("--roster"), m_roster, input,
                                 QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(toStdout.exitCode, 0);
    // Without a role column everyone is an attendee: numbered in both label styles.
    QCOMPARE(toStdout.out, QStringLiteral("Participant 1 (a company) thanked Participant 2.\n"));
}

void ChathamCliTest::anonymiseRejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString in = QStringLiteral("IN");
    QTest::newRow("no roster") << QStringList{in, QStringLiteral("-o"), QStringLiteral("OUT")}
                               << QStringLiteral("--roster");
    QTest::newRow("no output") << QStringList{QStringLiteral("--roster"), QStringLiteral("ROSTER"), in}
                               << QStringLiteral("-o");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--roster"),
                                                   QStringLiteral("ROSTER"),
                                                   QStringLiteral("--format"),
                                                   QStringLiteral("docx"),
                                                   in,
                                                   QStringLiteral("-o"),
                                                   QStringLiteral("OUT")}
                                    << QStringLiteral("docx");
    QTest::newRow("unknown label style") << QStringList{QStringLiteral("--roster"),
                                                        QStringLiteral("ROSTER"),
                                                        QStringLiteral("--label-style"),
                                                        QStringLiteral("emoji"),
                                                        in,
                                                        QStringLiteral("-o"),
                                                        QStringLiteral("OUT")}
                                         << QStringLiteral("emoji");
    QTest::newRow("missing roster file") << QStringList{QStringLiteral("--roster"), QStringLiteral("missing.csv"), in,
                                                        QStringLiteral("-o"), QStringLiteral("OUT")}
                                         << QStringLiteral("missing.csv");
    QTest::newRow("roster with a bad row") << QStringList{QStringLiteral("--roster"), QStringLiteral("BADROSTER"), in,
                                                          QStringLiteral("-o"), QStringLiteral("OUT")}
                                           << QStringLiteral("bad.csv:3:");
}

void ChathamCliTest::anonymiseRejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString input = write(QStringLiteral("reject.md"), "Priya\n");
    const QString bad = write(QStringLiteral("bad.csv"), "name,emails\nAda,ada@example.org\n,orphan@example.org\n");
    const QString output = m_dir.filePath(QStringLiteral("rejected.md"));
    // Whole arguments only: a temporary directory's random name may contain "IN" or "OUT".
    const QHash<QString, QString> placeholders{
        {QStringLiteral("BADROSTER"), bad},
        {QStringLiteral("ROSTER"), m_roster},
        {QStringLiteral("IN"), input},
        {QStringLiteral("OUT"), output},
        {QStringLiteral("missing.csv"), m_dir.filePath(QStringLiteral("missing.csv"))},
    };
    for (QString &argument : arguments)
        argument = placeholders.value(argument, argument);
    const Run run = runCli(QStringList{QStringLiteral("anonymise")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(output));
}

void ChathamCliTest::realBinary()
{
    const QString binary = qEnvironmentVariable("DEBRIEF_BINARY");
    if (binary.isEmpty() || !QFile::exists(binary))
        QSKIP("the debrief binary is not built");
    const QString clean = write(QStringLiteral("bin-clean.md"), "Speaker A spoke.\n");
    const QString leaky = write(QStringLiteral("bin-leaky.md"), "Pri spoke.\n");
    QProcess process;
    process.start(binary, {QStringLiteral("scan"), QStringLiteral("--roster"), m_roster, clean});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    process.start(binary, {QStringLiteral("scan"), QStringLiteral("--roster"), m_roster, clean, leaky});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()), leaky + QStringLiteral(":1:1: identity: Pri\n"));
    const QString output = m_dir.filePath(QStringLiteral("bin-out.md"));
    process.start(binary, {QStringLiteral("anonymise"), QStringLiteral("--roster"), m_roster, leaky,
                           QStringLiteral("-o"), output});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), QStringLiteral("Participant 1 spoke.\n"));
    process.start(binary, {QStringLiteral("anonymise"), QStringLiteral("--roster"), m_roster, leaky,
                           QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), output});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QFile pdf(output);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().startsWith("%PDF-"));
}

QTEST_GUILESS_MAIN(ChathamCliTest)
#include "test_chatham_cli.moc"
