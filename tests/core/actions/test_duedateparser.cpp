#include "actions/duedateparser.h"

#include <QTest>

using namespace debrief;

/// Due dates as people type them, against a fixed "today" (never the real clock).
class TestDueDateParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void understood_data();
    void understood();
    void notUnderstood_data();
    void notUnderstood();
    void formatIsIso();
};

namespace {
const QDate wednesday(2026, 11, 18);
}

void TestDueDateParser::understood_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<bool>("relative");

    QTest::newRow("ISO date") << "2026-12-01" << wednesday << QDate(2026, 12, 1) << false;
    QTest::newRow("ISO date with single digits") << "2026-12-1" << wednesday << QDate(2026, 12, 1) << false;
    QTest::newRow("ISO date in the past is still a date") << "2025-01-15" << wednesday << QDate(2025, 1, 15) << false;
    QTest::newRow("ISO 29 February of a leap year") << "2028-02-29" << wednesday << QDate(2028, 2, 29) << false;
    QTest::newRow("today") << "today" << wednesday << wednesday << true;
    QTest::newRow("Tomorrow capitalised") << "Tomorrow" << wednesday << QDate(2026, 11, 19) << true;
    QTest::newRow("tomorrow at the end of a year") << "tomorrow" << QDate(2026, 12, 31) << QDate(2027, 1, 1) << true;
    QTest::newRow("fri is this Friday") << "fri" << wednesday << QDate(2026, 11, 20) << true;
    QTest::newRow("friday spelt out") << "friday" << wednesday << QDate(2026, 11, 20) << true;
    QTest::newRow("FRI in capitals") << "FRI" << wednesday << QDate(2026, 11, 20) << true;
    QTest::newRow("thurs short form") << "thurs" << wednesday << QDate(2026, 11, 19) << true;
    QTest::newRow("mon is next Monday") << "mon" << wednesday << QDate(2026, 11, 23) << true;
    QTest::newRow("sunday") << "sunday" << wednesday << QDate(2026, 11, 22) << true;
    QTest::newRow("today's weekday means next week's") << "wed" << wednesday << QDate(2026, 11, 25) << true;
    QTest::newRow("next week is next Monday") << "next week" << wednesday << QDate(2026, 11, 23) << true;
    QTest::newRow("next week on a Monday is a week later")
        << "next week" << QDate(2026, 11, 23) << QDate(2026, 11, 30) << true;
    QTest::newRow("next-week with a hyphen") << "next-week" << wednesday << QDate(2026, 11, 23) << true;
    QTest::newRow("next week with extra spaces") << "  Next   Week " << wednesday << QDate(2026, 11, 23) << true;
    QTest::newRow("in 3 days") << "in 3 days" << wednesday << QDate(2026, 11, 21) << true;
    QTest::newRow("in 1 day") << "in 1 day" << wednesday << QDate(2026, 11, 19) << true;
    QTest::newRow("in 0 days is today") << "in 0 days" << wednesday << wednesday << true;
    QTest::newRow("in 3d short") << "in 3d" << wednesday << QDate(2026, 11, 21) << true;
    QTest::newRow("in_3_days with underscores") << "in_3_days" << wednesday << QDate(2026, 11, 21) << true;
    QTest::newRow("in 2 weeks") << "in 2 weeks" << wednesday << QDate(2026, 12, 2) << true;
    QTest::newRow("in a week") << "in a week" << wednesday << QDate(2026, 11, 25) << true;
    QTest::newRow("in 1 month") << "in 1 month" << wednesday << QDate(2026, 12, 18) << true;
    QTest::newRow("in 1 month from 31 January clamps")
        << "in 1 month" << QDate(2026, 1, 31) << QDate(2026, 2, 28) << true;
    QTest::newRow("eom") << "eom" << wednesday << QDate(2026, 11, 30) << true;
    QTest::newRow("eom on the last day is today") << "EOM" << QDate(2026, 12, 31) << QDate(2026, 12, 31) << true;
    QTest::newRow("eom in a leap February") << "eom" << QDate(2028, 2, 10) << QDate(2028, 2, 29) << true;
    QTest::newRow("eow is this Friday") << "eow" << wednesday << QDate(2026, 11, 20) << true;
    QTest::newRow("eow on a Friday is today") << "eow" << QDate(2026, 11, 20) << QDate(2026, 11, 20) << true;
    QTest::newRow("eow on a Saturday is next Friday") << "eow" << QDate(2026, 11, 21) << QDate(2026, 11, 27) << true;
}

void TestDueDateParser::understood()
{
    QFETCH(QString, text);
    QFETCH(QDate, today);
    QFETCH(QDate, expected);
    QFETCH(bool, relative);

    const DueDateParse result = DueDateParser::parse(text, today);
    QVERIFY2(result.ok(), qPrintable(result.problem));
    QCOMPARE(result.date, expected);
    QCOMPARE(result.relative, relative);
    QVERIFY(result.problem.isEmpty());
}

void TestDueDateParser::notUnderstood_data()
{
    QTest::addColumn<QString>("text");
    // A word the reason must contain, so each failure explains itself.
    QTest::addColumn<QString>("reasonMentions");

    QTest::newRow("someday") << "someday"
                             << "not a date";
    QTest::newRow("empty") << ""
                           << "no date";
    QTest::newRow("only spaces") << "   "
                                 << "no date";
    QTest::newRow("yesterday is not offered") << "yesterday"
                                              << "not a date";
    QTest::newRow("day/month order is ambiguous") << "12/01/2026"
                                                  << "ambiguous";
    QTest::newRow("dotted European date is ambiguous too") << "01.12.2026"
                                                           << "ambiguous";
    QTest::newRow("next friday is ambiguous") << "next fri"
                                              << "ambiguous";
    QTest::newRow("no such month") << "2026-13-01"
                                   << "no such day";
    QTest::newRow("no 30 February") << "2026-02-30"
                                    << "no such day";
    QTest::newRow("29 February of a common year") << "2026-02-29"
                                                  << "no such day";
    QTest::newRow("too far away") << "in 5000 days"
                                  << "ten years";
    QTest::newRow("negative offset") << "in -3 days"
                                     << "past";
    QTest::newRow("unknown unit") << "in 3 fortnights"
                                  << "not a date";
    QTest::newRow("weekday with a number") << "fri 13"
                                           << "not a date";
    QTest::newRow("a misspelt weekday") << "fridya"
                                        << "not a date";
}

void TestDueDateParser::notUnderstood()
{
    QFETCH(QString, text);
    QFETCH(QString, reasonMentions);

    const DueDateParse result = DueDateParser::parse(text, wednesday);
    QVERIFY(!result.ok());
    QVERIFY(!result.date.isValid());
    QVERIFY2(result.problem.contains(reasonMentions), qPrintable(result.problem));
}

void TestDueDateParser::formatIsIso()
{
    QCOMPARE(DueDateParser::format(QDate(2026, 3, 7)), QStringLiteral("2026-03-07"));
    // What is written back must read as the same day.
    QCOMPARE(DueDateParser::parse(DueDateParser::format(QDate(2026, 3, 7)), wednesday).date, QDate(2026, 3, 7));
}

QTEST_GUILESS_MAIN(TestDueDateParser)
#include "test_duedateparser.moc"
