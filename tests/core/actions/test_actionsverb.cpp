#include "clirun.h"
#include "notebook/notebook.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

/// `debrief actions` against a real temporary notebook filled through the repositories.
class TestActionsVerb : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void run_data();
    void run();
    void missingNotebookIsNotCreated();
    void notebookBeforeTheVerbWorksToo();
    void calendarUidsSurviveACopy();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

namespace {
const QDate today = QDate::currentDate();
}

void TestActionsVerb::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("notebook.sqlite"));

    auto opened = Notebook::openSqlite(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
    Notebook &book = *opened.value();

    auto participant = [&](const QString &name, const QList<ParticipantAlias> &aliases = {}) {
        Participant p;
        p.displayName = name;
        p.aliases = aliases;
        auto created = book.participants().create(p);
        if (!created)
            qFatal("cannot create a participant: %s", qPrintable(created.error().message()));
        return created.value().id;
    };
    const qint64 priya = participant(QStringLiteral("Priya Sharma"), {{AliasKind::Handle, QStringLiteral("@psharma")}});
    const qint64 jose = participant(QStringLiteral("Jos\u00E9 \u00C1lvarez"));
    participant(QStringLiteral("Sam Lee"));
    participant(QStringLiteral("Sam Ortiz"));

    auto action = [&](const QString &title, std::optional<qint64> owner, const QString &ownerText, const QDate &due,
                      ActionStatus status) {
        ActionItem item;
        item.title = title;
        item.ownerParticipantId = owner;
        item.ownerText = ownerText;
        item.dueDate = due;
        item.status = status;
        auto created = book.actionItems().create(item);
        if (!created)
            qFatal("cannot create an action: %s", qPrintable(created.error().message()));
    };
    action(QStringLiteral("Overdue jitter, with a comma"), priya, QString(), today.addDays(-3), ActionStatus::Open);
    action(QStringLiteral("Future runbook"), priya, QString(), today.addDays(10), ActionStatus::InProgress);
    action(QStringLiteral("Finished postmortem"), priya, QString(), today.addDays(-5), ActionStatus::Done);
    action(QStringLiteral("Vendor call"), jose, QString(), today.addDays(-1), ActionStatus::Blocked);
    action(QStringLiteral("Taylor's DNS check"), std::nullopt, QStringLiteral("Taylor Quinn"), QDate(),
           ActionStatus::Open);
}

void TestActionsVerb::run_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "debrief actions --notebook PATH"
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("hidden");
    QTest::addColumn<QString>("errorMentions");

    auto list = [](std::initializer_list<const char *> texts) {
        QStringList result;
        for (const char *text : texts)
            result.append(QString::fromUtf8(text));
        return result;
    };
    const QStringList everyone =
        list({"Overdue jitter", "Future runbook", "Finished postmortem", "Vendor call", "Taylor's DNS check"});

    QTest::newRow("table lists everything")
        << QStringList() << 0 << everyone + list({"Title", "Priya Sharma"}) << QStringList() << "";
    QTest::newRow("overdue only") << list({"--overdue"}) << 0 << list({"Overdue jitter", "Vendor call", "overdue"})
                                  << list({"Future runbook", "Finished postmortem", "Taylor's DNS check"}) << "";
    QTest::newRow("owner by first name") << list({"--owner", "priya"}) << 0
                                         << list({"Overdue jitter", "Future runbook", "Finished postmortem"})
                                         << list({"Vendor call", "Taylor's DNS check"}) << "";
    QTest::newRow("owner by handle") << list({"--owner=@psharma"}) << 0 << list({"Future runbook"})
                                     << list({"Vendor call"}) << "";
    QTest::newRow("owner without accents")
        << list({"--owner", "jose alvarez"}) << 0 << list({"Vendor call"}) << list({"Overdue jitter"}) << "";
    QTest::newRow("free-text owner") << list({"--owner", "taylor"}) << 0 << list({"Taylor's DNS check"})
                                     << list({"Overdue jitter", "Vendor call"}) << "";
    QTest::newRow("owner with nothing to do")
        << list({"--owner", "Sam Lee"}) << 0 << list({"No action items."}) << everyone << "";
    QTest::newRow("ambiguous owner is a usage error")
        << list({"--owner", "sam"}) << 2 << QStringList() << everyone << "Sam Lee, Sam Ortiz";
    QTest::newRow("overdue and owner together")
        << list({"--overdue", "--owner", "priya"}) << 0 << list({"Overdue jitter"})
        << list({"Vendor call", "Future runbook"}) << "";
    QTest::newRow("csv") << list({"--csv"}) << 0
                         << everyone + list({"id,title,owner,due_date,status,priority,ticket,overdue,",
                                             "\"Overdue jitter, with a comma\",Priya Sharma,", "\r\n"})
                         << QStringList() << "";
    QTest::newRow("csv of overdue actions")
        << list({"--csv", "--overdue"}) << 0 << list({"Overdue jitter", "Vendor call", ",yes,"})
        << list({"Future runbook", ",no,"}) << "";
    QTest::newRow("ics") << list({"--ics", "--owner", "priya"}) << 0
                         << list({"BEGIN:VCALENDAR\r\n", "BEGIN:VTODO\r\n", "SUMMARY:Overdue jitter\\, with a comma",
                                  "STATUS:COMPLETED"})
                         << list({"Vendor call"}) << "";
    QTest::newRow("digest") << list({"--digest"}) << 0
                            << list({"## Priya Sharma \u2014 2 open, 1 overdue", "## Taylor Quinn \u2014 1 open",
                                     "(**overdue**)"})
                            << list({"Finished postmortem"}) << "";
    QTest::newRow("two formats") << list({"--csv", "--ics"}) << 2 << QStringList() << everyone << "--csv";
    QTest::newRow("unknown option") << list({"--bogus"}) << 2 << QStringList() << everyone << "bogus";
    QTest::newRow("stray argument") << list({"extra"}) << 2 << QStringList() << everyone << "extra";
    QTest::newRow("owner without a name") << list({"--owner"}) << 2 << QStringList() << everyone << "owner";
    QTest::newRow("help") << list({"--help"}) << 0 << list({"--overdue", "--owner NAME", "--digest"}) << everyone << "";
}

void TestActionsVerb::run()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, hidden);
    QFETCH(QString, errorMentions);

    const test::CliRun output =
        test::runCli(QStringList{QStringLiteral("actions"), QStringLiteral("--notebook"), m_path} + arguments);
    QVERIFY2(output.exitCode == code, qPrintable(output.err));
    for (const QString &text : shown)
        QVERIFY2(output.out.contains(text), qPrintable(QStringLiteral("missing %1 in:\n%2").arg(text, output.out)));
    for (const QString &text : hidden)
        QVERIFY2(!output.out.contains(text), qPrintable(QStringLiteral("unexpected %1 in:\n%2").arg(text, output.out)));
    if (code == 0)
        QVERIFY2(output.err.isEmpty(), qPrintable(output.err));
    else
        QVERIFY2(output.err.contains(errorMentions), qPrintable(output.err));
}

void TestActionsVerb::missingNotebookIsNotCreated()
{
    const QString typo = m_dir.filePath(QStringLiteral("notebok.sqlite"));
    const test::CliRun output = test::runCli({QStringLiteral("actions"), QStringLiteral("--notebook"), typo});
    QCOMPARE(output.exitCode, 2);
    QVERIFY(output.out.isEmpty());
    QVERIFY2(output.err.contains(QStringLiteral("notebok.sqlite")), qPrintable(output.err));
    QVERIFY(!QFile::exists(typo));
}

void TestActionsVerb::notebookBeforeTheVerbWorksToo()
{
    const test::CliRun output =
        test::runCli({QStringLiteral("--notebook"), m_path, QStringLiteral("actions"), QStringLiteral("--overdue")});
    QCOMPARE(output.exitCode, 0);
    QVERIFY(output.out.contains(QStringLiteral("Vendor call")));
    QVERIFY(!output.out.contains(QStringLiteral("Future runbook")));
}

void TestActionsVerb::calendarUidsSurviveACopy()
{
    // The offline copy (or the team's copy) of a notebook is the same notebook to a calendar.
    auto uids = [](const QString &ics) {
        QStringList found;
        for (const QString &line : ics.split(QStringLiteral("\r\n"))) {
            if (line.startsWith(QLatin1String("UID:")))
                found << line;
        }
        return found;
    };
    const test::CliRun original =
        test::runCli({QStringLiteral("actions"), QStringLiteral("--notebook"), m_path, QStringLiteral("--ics")});
    QCOMPARE(original.exitCode, 0);
    const QStringList before = uids(original.out);
    QVERIFY(!before.isEmpty());
    const QString copy = m_dir.filePath(QStringLiteral("offline-copy.sqlite"));
    const test::CliRun copied = test::runCli({QStringLiteral("copy-notebook"), m_path, copy});
    QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
    const test::CliRun fromCopy =
        test::runCli({QStringLiteral("actions"), QStringLiteral("--notebook"), copy, QStringLiteral("--ics")});
    QCOMPARE(fromCopy.exitCode, 0);
    QCOMPARE(uids(fromCopy.out), before);
}

QTEST_GUILESS_MAIN(TestActionsVerb)
#include "test_actionsverb.moc"
