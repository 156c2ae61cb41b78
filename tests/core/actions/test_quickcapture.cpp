#include "actions/ownermatcher.h"
#include "actions/quickcaptureparser.h"
#include "rosterfixture.h"

#include <QTest>

using namespace debrief;

/// Quick capture lines and owner resolution against a roster.
class TestQuickCapture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ownerMatching_data();
    void ownerMatching();
    void ownerFoldIgnoresCaseAndAccents();
    void parse_data();
    void parse();
    void tokensPointAtTheirText();
    void toActionItemUsesTheRoster();
    void withoutRosterOwnersStayAsWritten();
    void ownerTokenQuotesNamesWithSpaces();
};

namespace {
const QDate wednesday(2026, 11, 18);
constexpr int noPriority = -1;
} // namespace

void TestQuickCapture::ownerMatching_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("participantId");

    const int matched = int(OwnerMatch::Kind::Matched);
    const int ambiguous = int(OwnerMatch::Kind::Ambiguous);
    const int unmatched = int(OwnerMatch::Kind::Unmatched);
    QTest::newRow("display name") << "Priya Sharma" << matched << qint64(1);
    QTest::newRow("display name in lower case") << "priya sharma" << matched << qint64(1);
    QTest::newRow("first name alone when unique") << "PRIYA" << matched << qint64(1);
    QTest::newRow("handle with @") << "@psharma" << matched << qint64(1);
    QTest::newRow("handle without @") << "psharma" << matched << qint64(1);
    QTest::newRow("dotted full name") << "priya.sharma" << matched << qint64(1);
    QTest::newRow("underscored full name") << "priya_sharma" << matched << qint64(1);
    QTest::newRow("name alias") << "pri" << matched << qint64(1);
    QTest::newRow("unaccented first name") << "jose" << matched << qint64(2);
    QTest::newRow("accented first name") << "José" << matched << qint64(2);
    QTest::newRow("unaccented full name") << "jose alvarez" << matched << qint64(2);
    QTest::newRow("accented capitals") << "JOSÉ ÁLVAREZ" << matched << qint64(2);
    QTest::newRow("decomposed accent") << QStringLiteral("Jose\u0301") << matched << qint64(2);
    QTest::newRow("shared first name is ambiguous") << "sam" << ambiguous << qint64(0);
    QTest::newRow("full name settles the Sams") << "sam.lee" << matched << qint64(3);
    QTest::newRow("last name alone is not enough") << "alvarez" << unmatched << qint64(0);
    QTest::newRow("e-mail aliases are not owners") << "sam@example.org" << unmatched << qint64(0);
    QTest::newRow("stranger") << "taylor" << unmatched << qint64(0);
    QTest::newRow("prefix of a first name is not a match") << "pr" << unmatched << qint64(0);
    QTest::newRow("empty") << "" << unmatched << qint64(0);
}

void TestQuickCapture::ownerMatching()
{
    QFETCH(QString, written);
    QFETCH(int, kind);
    QFETCH(qint64, participantId);

    const OwnerMatcher matcher(test::sampleRoster());
    const OwnerMatch match = matcher.match(written);
    QCOMPARE(int(match.kind), kind);
    if (match.kind == OwnerMatch::Kind::Matched) {
        QCOMPARE(match.participantId.value_or(-1), participantId);
        QVERIFY(match.candidates.isEmpty());
    } else {
        QVERIFY(!match.participantId);
    }
    if (match.kind == OwnerMatch::Kind::Ambiguous)
        QCOMPARE(match.candidates, QStringList({QStringLiteral("Sam Lee"), QStringLiteral("Sam Ortiz")}));
}

void TestQuickCapture::ownerFoldIgnoresCaseAndAccents()
{
    QCOMPARE(OwnerMatcher::fold(u"  José   ÁLVAREZ "), QStringLiteral("jose alvarez"));
    QCOMPARE(OwnerMatcher::fold(u"Ørsted"), QStringLiteral("ørsted")); // not decomposable: kept
}

void TestQuickCapture::parse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("ownerWritten");
    QTest::addColumn<QString>("ownerName"); // the roster name, or empty when not matched
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("priority");
    QTest::addColumn<QString>("ticket");
    QTest::addColumn<QStringList>("noteMentions"); // one entry per expected note

    const int high = int(ActionPriority::High);
    const int urgent = int(ActionPriority::Urgent);
    const int low = int(ActionPriority::Low);
    const QDate friday(2026, 11, 20);
    const QStringList none;

    QTest::newRow("the example from the issue") << "Add jitter to retries @priya due:fri !high"
                                                << "Add jitter to retries"
                                                << "priya"
                                                << "Priya Sharma" << friday << high << "" << none;
    QTest::newRow("due date ending a clause") << "Add jitter @priya due:fri, then measure"
                                              << "Add jitter then measure"
                                              << "priya"
                                              << "Priya Sharma" << friday << noPriority << "" << none;
    QTest::newRow("due date ending the sentence") << "Add jitter @priya due:2026-12-01."
                                                  << "Add jitter"
                                                  << "priya"
                                                  << "Priya Sharma" << QDate(2026, 12, 1) << noPriority << "" << none;
    QTest::newRow("a possessive is a mention, not the owner")
        << "Ask @priya's lead about it @jose"
        << "Ask @priya's lead about it"
        << "jose" << QStringLiteral("Jos\u00E9 \u00C1lvarez") << QDate() << noPriority << ""
        << QStringList{QStringLiteral("@priya's")};
    QTest::newRow("inline code is an example") << "Document `@retry due:fri !high` @priya"
                                               << "Document `@retry due:fri !high`"
                                               << "priya"
                                               << "Priya Sharma" << QDate() << noPriority << "" << none;
    QTest::newRow("quoted owner with a space") << "Write the runbook @\"Priya Sharma\" due:2026-12-01"
                                               << "Write the runbook"
                                               << "Priya Sharma"
                                               << "Priya Sharma" << QDate(2026, 12, 1) << noPriority << "" << none;
    QTest::newRow("curly-quoted accented owner")
        << QStringLiteral("Call the vendor @\u201CJos\u00E9 \u00C1lvarez\u201D due:tomorrow") << "Call the vendor"
        << QStringLiteral("Jos\u00E9 \u00C1lvarez") << QStringLiteral("Jos\u00E9 \u00C1lvarez") << QDate(2026, 11, 19)
        << noPriority << "" << none;
    QTest::newRow("dotted owner") << "Rotate keys @priya.sharma !urgent"
                                  << "Rotate keys"
                                  << "priya.sharma"
                                  << "Priya Sharma" << QDate() << urgent << "" << none;
    QTest::newRow("owner by handle") << "Rotate keys @psharma"
                                     << "Rotate keys"
                                     << "psharma"
                                     << "Priya Sharma" << QDate() << noPriority << "" << none;
    QTest::newRow("owner without accent")
        << "Call vendor @jose"
        << "Call vendor"
        << "jose" << QStringLiteral("Jos\u00E9 \u00C1lvarez") << QDate() << noPriority << "" << none;
    QTest::newRow("owner first, tokens anywhere") << "@will !high Check the pager rota due:mon"
                                                  << "Check the pager rota"
                                                  << "will"
                                                  << "Will Jones" << QDate(2026, 11, 23) << high << "" << none;
    QTest::newRow("unknown owner is unmatched, not a note") << "Check DNS TTLs @taylor"
                                                            << "Check DNS TTLs"
                                                            << "taylor"
                                                            << "" << QDate() << noPriority << "" << none;
    QTest::newRow("ambiguous owner gets a note")
        << "Review alerts @sam"
        << "Review alerts"
        << "sam"
        << "" << QDate() << noPriority << "" << QStringList{QStringLiteral("Sam Lee, Sam Ortiz")};
    QTest::newRow("owner with trailing comma") << "Ask @priya, then deploy"
                                               << "Ask then deploy"
                                               << "priya"
                                               << "Priya Sharma" << QDate() << noPriority << "" << none;
    QTest::newRow("due next week with a space") << "Update docs due:next week @priya"
                                                << "Update docs"
                                                << "priya"
                                                << "Priya Sharma" << QDate(2026, 11, 23) << noPriority << "" << none;
    QTest::newRow("due in 3 days with spaces") << "Update docs due:in 3 days please"
                                               << "Update docs please"
                                               << ""
                                               << "" << QDate(2026, 11, 21) << noPriority << "" << none;
    QTest::newRow("keywords in capitals") << "Fix alert DUE:FRI !HIGH"
                                          << "Fix alert"
                                          << ""
                                          << "" << friday << high << "" << none;
    QTest::newRow("unknown due stays in the title with a note")
        << "Ship it due:someday"
        << "Ship it due:someday"
        << ""
        << "" << QDate() << noPriority << "" << QStringList{QStringLiteral("'due:someday'")};
    QTest::newRow("ambiguous due stays in the title")
        << "Ship it due:12/01/2026"
        << "Ship it due:12/01/2026"
        << ""
        << "" << QDate() << noPriority << "" << QStringList{QStringLiteral("ambiguous")};
    QTest::newRow("empty due stays in the title")
        << "Ship it due:"
        << "Ship it due:"
        << ""
        << "" << QDate() << noPriority << "" << QStringList{QStringLiteral("no date")};
    QTest::newRow("!1 is urgent") << "Fix alert !1"
                                  << "Fix alert"
                                  << ""
                                  << "" << QDate() << urgent << "" << none;
    QTest::newRow("!4 is low") << "Fix alert !4"
                               << "Fix alert"
                               << ""
                               << "" << QDate() << low << "" << none;
    QTest::newRow("!! is high") << "Fix alert !!"
                                << "Fix alert"
                                << ""
                                << "" << QDate() << high << "" << none;
    QTest::newRow("!!! is urgent") << "Fix alert !!!"
                                   << "Fix alert"
                                   << ""
                                   << "" << QDate() << urgent << "" << none;
    QTest::newRow("unknown priority stays with a note")
        << "Fix alert !asap"
        << "Fix alert !asap"
        << ""
        << "" << QDate() << noPriority << "" << QStringList{QStringLiteral("'!asap'")};
    QTest::newRow("!5 is not a priority") << "Fix alert !5"
                                          << "Fix alert !5"
                                          << ""
                                          << "" << QDate() << noPriority << "" << QStringList{QStringLiteral("'!5'")};
    QTest::newRow("ticket number") << "Fix alert #123"
                                   << "Fix alert"
                                   << ""
                                   << "" << QDate() << noPriority << "#123" << none;
    QTest::newRow("ticket URL") << "Fix alert https://tracker.example/T-9 @will"
                                << "Fix alert"
                                << "will"
                                << "Will Jones" << QDate() << noPriority << "https://tracker.example/T-9" << none;
    QTest::newRow("hashtag words are not tickets") << "Fix #dns alert"
                                                   << "Fix #dns alert"
                                                   << ""
                                                   << "" << QDate() << noPriority << "" << none;
    QTest::newRow("second owner stays in the title")
        << "Pair on it @priya @will"
        << "Pair on it @will"
        << "priya"
        << "Priya Sharma" << QDate() << noPriority << "" << QStringList{QStringLiteral("'@will'")};
    QTest::newRow("second due date stays in the title")
        << "Pay due:fri due:mon"
        << "Pay due:mon"
        << ""
        << "" << friday << noPriority << "" << QStringList{QStringLiteral("'due:mon'")};
    QTest::newRow("second ticket stays in the title")
        << "Fix #1 #2"
        << "Fix #2"
        << ""
        << "" << QDate() << noPriority << "#1" << QStringList{QStringLiteral("'#2'")};
    QTest::newRow("nothing but tokens has no title")
        << "@priya due:fri"
        << ""
        << "priya"
        << "Priya Sharma" << friday << noPriority << "" << QStringList{QStringLiteral("no title")};
    QTest::newRow("e-mail address is not an owner") << "Mail ops@example.com about it"
                                                    << "Mail ops@example.com about it"
                                                    << ""
                                                    << "" << QDate() << noPriority << "" << none;
    QTest::newRow("exclamation at the end of a word") << "Ship it now!"
                                                      << "Ship it now!"
                                                      << ""
                                                      << "" << QDate() << noPriority << "" << none;
    QTest::newRow("lone marks stay quietly") << "Wow ! @ great"
                                             << "Wow ! @ great"
                                             << ""
                                             << "" << QDate() << noPriority << "" << none;
    QTest::newRow("unclosed quote is not an owner")
        << "Call @\"Priya Sharma"
        << "Call @\"Priya Sharma"
        << ""
        << "" << QDate() << noPriority << "" << QStringList{QStringLiteral("not an owner")};
    QTest::newRow("spaces collapse") << "   Add   jitter  "
                                     << "Add jitter"
                                     << ""
                                     << "" << QDate() << noPriority << "" << none;
    QTest::newRow("empty line") << ""
                                << ""
                                << ""
                                << "" << QDate() << noPriority << "" << none;
}

void TestQuickCapture::parse()
{
    QFETCH(QString, line);
    QFETCH(QString, title);
    QFETCH(QString, ownerWritten);
    QFETCH(QString, ownerName);
    QFETCH(QDate, due);
    QFETCH(int, priority);
    QFETCH(QString, ticket);
    QFETCH(QStringList, noteMentions);

    const OwnerMatcher roster(test::sampleRoster());
    const QuickCapture capture = QuickCaptureParser::parse(line, wednesday, roster);
    QCOMPARE(capture.title, title);
    QCOMPARE(capture.ownerWritten, ownerWritten);
    QCOMPARE(capture.owner.isMatched() ? capture.owner.displayName : QString(), ownerName);
    QCOMPARE(capture.due ? capture.due->date : QDate(), due);
    QCOMPARE(capture.priority ? int(*capture.priority) : noPriority, priority);
    QCOMPARE(capture.ticket, ticket);
    QVERIFY2(capture.notes.size() == noteMentions.size(), qPrintable(capture.notes.join(QLatin1Char('|'))));
    for (qsizetype i = 0; i < noteMentions.size(); ++i)
        QVERIFY2(capture.notes.at(i).contains(noteMentions.at(i)), qPrintable(capture.notes.at(i)));
}

void TestQuickCapture::tokensPointAtTheirText()
{
    const QString line = QStringLiteral("Fix it @\"Priya Sharma\" due:in 3 days !high #7");
    const QuickCapture capture = QuickCaptureParser::parse(line, wednesday);
    auto textOf = [&](CaptureToken::Kind kind) {
        const auto token = capture.token(kind);
        return token ? line.mid(token->start, token->length) : QString();
    };
    QCOMPARE(textOf(CaptureToken::Kind::Owner), QStringLiteral("@\"Priya Sharma\""));
    QCOMPARE(textOf(CaptureToken::Kind::Due), QStringLiteral("due:in 3 days"));
    QCOMPARE(textOf(CaptureToken::Kind::Priority), QStringLiteral("!high"));
    QCOMPARE(textOf(CaptureToken::Kind::Ticket), QStringLiteral("#7"));
    QCOMPARE(line.mid(capture.titleStart, capture.titleEnd - capture.titleStart), QStringLiteral("Fix it"));
}

void TestQuickCapture::toActionItemUsesTheRoster()
{
    const OwnerMatcher roster(test::sampleRoster());
    const ActionItem item =
        QuickCaptureParser::parse(u"Add jitter @pri due:2026-12-01 !urgent #42", wednesday, roster).toActionItem();
    QCOMPARE(item.title, QStringLiteral("Add jitter"));
    QCOMPARE(item.ownerParticipantId.value_or(-1), qint64(1));
    QCOMPARE(item.ownerText, QStringLiteral("Priya Sharma"));
    QCOMPARE(item.dueDate, QDate(2026, 12, 1));
    QCOMPARE(item.priority, ActionPriority::Urgent);
    QCOMPARE(item.ticketUrl, QStringLiteral("#42"));
    QCOMPARE(item.status, ActionStatus::Open);

    const ActionItem plain = QuickCaptureParser::parse(u"Just a title", wednesday, roster).toActionItem();
    QCOMPARE(plain.priority, ActionPriority::Normal);
    QVERIFY(!plain.ownerParticipantId);
    QVERIFY(plain.ownerText.isEmpty());
    QVERIFY(!plain.dueDate.isValid());
}

void TestQuickCapture::withoutRosterOwnersStayAsWritten()
{
    const QuickCapture capture = QuickCaptureParser::parse(u"Check DNS @taylor", wednesday);
    QCOMPARE(capture.owner.kind, OwnerMatch::Kind::Unmatched);
    QCOMPARE(capture.owner.displayName, QStringLiteral("taylor"));
    const ActionItem item = capture.toActionItem();
    QVERIFY(!item.ownerParticipantId);
    QCOMPARE(item.ownerText, QStringLiteral("taylor"));
}

void TestQuickCapture::ownerTokenQuotesNamesWithSpaces()
{
    QCOMPARE(QuickCaptureParser::ownerToken(QStringLiteral("priya")), QStringLiteral("@priya"));
    QCOMPARE(QuickCaptureParser::ownerToken(QStringLiteral("Priya Sharma")), QStringLiteral("@\"Priya Sharma\""));
    // What is written must read back as the same owner.
    const QString line = QStringLiteral("x ") + QuickCaptureParser::ownerToken(QStringLiteral("Priya Sharma"));
    const QuickCapture capture = QuickCaptureParser::parse(line, wednesday);
    QCOMPARE(capture.ownerWritten, QStringLiteral("Priya Sharma"));
    // A trailing full stop would be read as the end of the sentence, not of the name.
    const QString junior = QStringLiteral("x ") + QuickCaptureParser::ownerToken(QStringLiteral("Jr."));
    QCOMPARE(QuickCaptureParser::parse(junior, wednesday).ownerWritten, QStringLiteral("Jr."));
}

QTEST_GUILESS_MAIN(TestQuickCapture)
#include "test_quickcapture.moc"
