// The leak scanner: roster identities are errors with their line and column; name-like
// words, e-mail addresses, handles, phone numbers and profile URLs are warnings.
#include "chatham/leakscanner.h"
#include "chathamtestroster.h"

#include <QTest>

using namespace debrief;

class LeakScannerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsLeaks_data();
    void findsLeaks();
    void honoursAllowedWords();
};

void LeakScannerTest::findsLeaks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "line:column: kind: text"
    auto row = [](const char *name, const char *text, QStringList expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << expected;
    };
    row("clean anonymised text", "Speaker A thanked Participant 1 from a company.", {});
    row("roster name with position", "Notes\n\nWe thanked Priya Sharma.",
        {QStringLiteral("3:12: identity: Priya Sharma")});
    row("roster name across a line break", "by Priya\nSharma", {QStringLiteral("1:4: identity: Priya Sharma")});
    row("roster handle and e-mail", "@priya_s wrote priya.sharma@acmepay.com",
        {QStringLiteral("1:1: identity: @priya_s"), QStringLiteral("1:16: identity: priya.sharma@acmepay.com")});
    row("affiliation", "an outage at Globex", {QStringLiteral("1:14: identity: Globex")});
    row("on-record section is allowed", "<!-- on-record -->Priya Sharma<!-- /on-record -->", {});
    row("off-record section is still checked", "<!-- off-record -->Priya<!-- /off-record -->",
        {QStringLiteral("1:20: identity: Priya")});
    row("name-like word not on the roster", "We thanked Kowalczyk for the demo.",
        {QStringLiteral("1:12: name: Kowalczyk")});
    row("capitalised word at a sentence start is fine", "Kowalczyk thanked us.", {});
    row("dictionary words and proper nouns are fine", "We met on Monday in London about Linux.", {});
    row("acronyms and identifiers are fine", "The SRE team fixed HttpClient in the API.", {});
    row("words in code are fine", "Run `Kowalczyk` and\n```\nKowalczyk said\n```", {});
    row("unknown e-mail", "write to ops@example.com", {QStringLiteral("1:10: email: ops@example.com")});
    row("unknown handle", "thanks @kowal", {QStringLiteral("1:8: handle: @kowal")});
    row("phone numbers", "call +44 20 7946 0958 or (555) 123-4567",
        {QStringLiteral("1:6: phone: +44 20 7946 0958"), QStringLiteral("1:26: phone: (555) 123-4567")});
    row("dates, versions and ids are not phone numbers", "On 2024-05-01 v1.2.3 build 123456789 shipped.", {});
    row("profile URL of someone else", "see https://github.com/kowal for more",
        {QStringLiteral("1:5: url: https://github.com/kowal")});
    row("URL with a user directory", "see https://example.edu/~kowal/talk.pdf",
        {QStringLiteral("1:5: url: https://example.edu/~kowal/talk.pdf")});
    row("ordinary URL is fine", "see https://example.com/docs/retries", {});
    row("Will as a word is not an identity", "It will fail, May 2024.", {});
}

void LeakScannerTest::findsLeaks()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const LeakScanner scanner(test::chathamTestRoster());
    QStringList actual;
    for (const LeakFinding &finding : scanner.scan(text)) {
        actual.append(QStringLiteral("%1:%2: %3: %4")
                          .arg(finding.line)
                          .arg(finding.column)
                          .arg(LeakFinding::kindName(finding.kind), finding.text));
        QCOMPARE(finding.isError(), finding.kind == LeakFinding::Kind::Identity);
    }
    QCOMPARE(actual, expected);
}

void LeakScannerTest::honoursAllowedWords()
{
    LeakScanner scanner(test::chathamTestRoster());
    QCOMPARE(scanner.scan(u"We used Grafonix today.").size(), 1);
    scanner.setAllowedWords({QStringLiteral("grafonix")});
    QVERIFY(scanner.scan(u"We used Grafonix today.").isEmpty());
}

QTEST_GUILESS_MAIN(LeakScannerTest)
#include "test_leakscanner.moc"
