#include "editing/blamelesslinter.h"
#include "model/participant.h"

#include <QTest>

using namespace debrief;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestBlamelessLinter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInRulesLoad()
    {
        const BlamelessLinter linter = BlamelessLinter::builtIn();
        QVERIFY(linter.ruleCount() >= 10);
    }

    void hits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("matched");
        QTest::newRow("whose fault") << s("Whose fault was the outage?") << s("whose-fault") << s("Whose fault");
        QTest::newRow("possessive fault") << s("It was Tom's fault.") << s("possessive-fault") << s("Tom's fault");
        QTest::newRow("possessive fault curly apostrophe")
            << s("It was Tom’s fault.") << s("possessive-fault") << s("Tom’s fault");
        QTest::newRow("should have") << s("We should have checked.") << s("should-have") << s("should have");
        QTest::newRow("shouldn't have") << s("He shouldn't have merged.") << s("should-have") << s("shouldn't have");
        QTest::newRow("careless") << s("A careless deploy.") << s("careless") << s("careless");
        QTest::newRow("human error") << s("Root cause: human error.") << s("human-error") << s("human error");
        QTest::newRow("forgot to") << s("Someone forgot to renew the cert.") << s("forgot-to") << s("forgot to");
        QTest::newRow("negligent") << s("This was negligent.") << s("negligent") << s("negligent");
        QTest::newRow("stupid") << s("A stupid mistake.") << s("insult") << s("stupid");
        QTest::newRow("blame") << s("We do not blame anyone.") << s("blame") << s("blame");
        QTest::newRow("ignored the alert")
            << s("On-call ignored the alert.") << s("ignored-alert") << s("ignored the alert");
    }

    void hits()
    {
        QFETCH(QString, text);
        QFETCH(QString, rule);
        QFETCH(QString, matched);
        const BlamelessLinter linter = BlamelessLinter::builtIn();
        const QList<LintHit> found = linter.check(text);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().ruleId, rule);
        QCOMPARE(text.mid(found.first().start, found.first().length), matched);
        QVERIFY(!found.first().suggestion.isEmpty());
        QVERIFY(!found.first().message.isEmpty());
    }

    void blamelessTextHasNoHits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("system as subject") << s("The deploy removed the index before the migration finished.");
        QTest::newRow("conditions") << s("The alert was routed to a channel nobody watched.");
        QTest::newRow("fault tolerance is not fault") << s("We improved fault tolerance of the queue.");
        QTest::newRow("blameless is not blame") << s("This is a blameless postmortem.");
        QTest::newRow("roster name not failing") << s("Priya restored the backup in ten minutes.");
        QTest::newRow("lower-case will is not a person") << s("The job will fail again without jitter.");
    }

    void blamelessTextHasNoHits()
    {
        QFETCH(QString, text);
        BlamelessLinter linter = BlamelessLinter::builtIn();
        linter.setSubjectNames({s("Priya Sharma"), s("Priya"), s("Will")});
        const auto found = linter.check(text);
        QVERIFY2(found.isEmpty(), qPrintable(found.isEmpty() ? QString() : found.first().ruleId));
    }

    void rosterSubject_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("matched");
        QTest::newRow("first name broke") << s("Then Priya broke the deploy.") << s("Priya broke");
        QTest::newRow("full name forgot") << s("Priya Sharma forgot the flag.") << s("Priya Sharma forgot");
        QTest::newRow("alias caused") << s("Tommy caused the outage.") << s("Tommy caused");
        QTest::newRow("adverb in between")
            << s("Tom accidentally deleted the bucket.") << s("Tom accidentally deleted");
        QTest::newRow("two-word verb") << s("Tom messed up the config.") << s("Tom messed up");
        QTest::newRow("verb case does not matter") << s("TOM? Tom Missed the page.") << s("Tom Missed");
    }

    void rosterSubject()
    {
        QFETCH(QString, text);
        QFETCH(QString, matched);
        RosterEntry priya;
        priya.participant.displayName = s("Priya Sharma");
        RosterEntry tom;
        tom.participant.displayName = s("Tom");
        tom.participant.aliases.append({AliasKind::Name, s("Tommy")});
        tom.participant.aliases.append({AliasKind::Handle, s("tom_ops")});
        const QStringList names = BlamelessLinter::namesFromRoster({priya, tom});
        QVERIFY(names.contains(s("Priya")));
        QVERIFY(names.contains(s("Sharma")));
        QVERIFY(names.contains(s("Tommy")));
        QVERIFY(!names.contains(s("tom_ops")));

        BlamelessLinter linter = BlamelessLinter::builtIn();
        linter.setSubjectNames(names);
        const auto found = linter.check(text);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().ruleId, s("roster-subject"));
        QCOMPARE(text.mid(found.first().start, found.first().length), matched);
        QVERIFY(!found.first().suggestion.isEmpty());
    }

    void rosterSubjectNeedsTheRoster()
    {
        const BlamelessLinter linter = BlamelessLinter::builtIn();
        QVERIFY(linter.check(s("Priya broke the deploy.")).isEmpty());
    }

    void malformedRulesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{rules: ");
        QTest::newRow("no rules") << QByteArray("{\"rules\": []}");
        QTest::newRow("bad pattern") << QByteArray("{\"rules\": [{\"id\": \"x\", \"pattern\": \"(\"}]}");
    }

    void malformedRulesAreRejected()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(BlamelessLinter::fromJson(json, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBlamelessLinter)
#include "test_blamelesslinter.moc"
