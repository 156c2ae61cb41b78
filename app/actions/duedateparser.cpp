#include "actions/duedateparser.h"

#include <QRegularExpression>

#include <array>

namespace debrief {

namespace {

// The longest offset accepted for "in N ...": beyond ten years a typo is more likely than a plan.
constexpr qint64 maxOffsetDays = 3660;

struct WeekdayName
{
    QLatin1String name;
    int dayOfWeek; // Qt: Monday = 1
};

constexpr std::array<WeekdayName, 18> weekdayNames{{
    {QLatin1String("mon"), 1},
    {QLatin1String("monday"), 1},
    {QLatin1String("tue"), 2},
    {QLatin1String("tues"), 2},
    {QLatin1String("tuesday"), 2},
    {QLatin1String("wed"), 3},
    {QLatin1String("wednesday"), 3},
    {QLatin1String("thu"), 4},
    {QLatin1String("thur"), 4},
    {QLatin1String("thurs"), 4},
    {QLatin1String("thursday"), 4},
    {QLatin1String("fri"), 5},
    {QLatin1String("friday"), 5},
    {QLatin1String("sat"), 6},
    {QLatin1String("saturday"), 6},
    {QLatin1String("sun"), 7},
    {QLatin1String("sunday"), 7},
    {QLatin1String("weds"), 3},
}};

int weekdayFromName(QStringView word)
{
    for (const auto &entry : weekdayNames) {
        if (word == entry.name)
            return entry.dayOfWeek;
    }
    return 0;
}

/// The first @p dayOfWeek strictly after @p today.
QDate nextWeekday(const QDate &today, int dayOfWeek)
{
    int ahead = (dayOfWeek - today.dayOfWeek() + 7) % 7;
    if (ahead == 0)
        ahead = 7;
    return today.addDays(ahead);
}

DueDateParse understood(const QDate &date, bool relative)
{
    DueDateParse result;
    result.date = date;
    result.relative = relative;
    return result;
}

DueDateParse notUnderstood(const QString &problem)
{
    DueDateParse result;
    result.problem = problem;
    return result;
}

} // namespace

QString DueDateParser::format(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

DueDateParse DueDateParser::parse(QStringView text, const QDate &today)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return notUnderstood(tr("no date was given"));

    static const QRegularExpression isoDate(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const auto match = isoDate.match(trimmed); match.hasMatch()) {
        const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(), match.capturedView(3).toInt());
        if (!date.isValid())
            return notUnderstood(tr("there is no such day in the calendar"));
        return understood(date, false);
    }
    static const QRegularExpression slashDate(QStringLiteral("^\\d{1,4}[/.]\\d{1,2}[/.]\\d{1,4}$"));
    if (slashDate.match(trimmed).hasMatch()) {
        // 01/12/2026 is January in the US and December elsewhere: refuse to guess.
        return notUnderstood(tr("the order of day and month is ambiguous; write it as 2026-12-01 (year-month-day)"));
    }

    if (!today.isValid())
        return notUnderstood(tr("today's date is unknown"));

    // '-' may stand for a space ("next-week"), but a minus sign must not vanish: "in -3 days"
    // is a mistake, not "in 3 days".
    static const QRegularExpression minusSign(QStringLiteral("(^|\\s)-\\d"));
    if (minusSign.match(trimmed).hasMatch())
        return notUnderstood(tr("due dates cannot be in the past"));

    QString normalised = trimmed.toCaseFolded();
    normalised.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    const QStringList words = normalised.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString joined = words.join(QLatin1Char(' '));

    if (joined == QLatin1String("today"))
        return understood(today, true);
    if (joined == QLatin1String("tomorrow") || joined == QLatin1String("tmrw"))
        return understood(today.addDays(1), true);
    if (const int day = weekdayFromName(joined); day != 0)
        return understood(nextWeekday(today, day), true);
    if (joined == QLatin1String("next week"))
        return understood(nextWeekday(today, Qt::Monday), true);
    if (joined == QLatin1String("eow")) {
        // The end of the working week: this Friday, or next week's once the weekend has begun.
        const int ahead = (Qt::Friday - today.dayOfWeek() + 7) % 7;
        return understood(today.addDays(ahead), true);
    }
    if (joined == QLatin1String("eom"))
        return understood(QDate(today.year(), today.month(), today.daysInMonth()), true);

    if (words.size() == 2 && words.at(0) == QLatin1String("next") && weekdayFromName(words.at(1)) != 0) {
        // "next friday" is this coming Friday to some and the one after to others.
        return notUnderstood(
            tr("“next %1” is ambiguous; write just “%1” for the coming one, or a date").arg(words.at(1)));
    }

    static const QRegularExpression offset(
        QStringLiteral("^in (\\d{1,6}|a|an|one) ?(d|day|days|w|wk|wks|week|weeks|month|months)$"));
    if (const auto match = offset.match(joined); match.hasMatch()) {
        const QString count = match.captured(1);
        const qint64 n = (count.at(0).isDigit()) ? count.toLongLong() : 1;
        const QString unit = match.captured(2);
        qint64 days = 0;
        if (unit.startsWith(QLatin1Char('d')))
            days = n;
        else if (unit.startsWith(QLatin1Char('w')))
            days = n * 7;
        else
            days = n * 31; // only for the range check; months are added as calendar months
        if (days > maxOffsetDays)
            return notUnderstood(tr("that is more than ten years away"));
        if (unit.startsWith(QLatin1Char('m')))
            return understood(today.addMonths(int(n)), true);
        return understood(today.addDays(days), true);
    }

    return notUnderstood(
        tr("this is not a date I understand (try 2026-12-01, today, tomorrow, fri, next week, in 3 days, eow, eom)"));
}

} // namespace debrief
