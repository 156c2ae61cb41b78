#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

namespace debrief {

/// The outcome of reading a due date: a date, or the reason it was not understood.
struct DueDateParse
{
    QDate date;
    /// Empty when understood; otherwise a translated sentence saying why not.
    QString problem;
    /// True when the text named a day relative to today ("fri", "in 3 days"), which means
    /// something else tomorrow; stored text should then be pinned to the ISO date.
    bool relative = false;

    [[nodiscard]] bool ok() const { return date.isValid(); }
};

/// Reads the due dates people type in quick capture and task lines, relative to an injected
/// "today": ISO dates (2026-12-01), today, tomorrow, weekday names and short forms (the next
/// such day after today; today's own weekday means next week's), "next week" (next Monday),
/// "in N days|weeks|months", "eow" (this week's Friday) and "eom" (the month's last day).
/// English keywords, case-insensitive; '-' and '_' may stand for spaces ("next-week").
class DueDateParser
{
    Q_DECLARE_TR_FUNCTIONS(debrief::DueDateParser)
public:
    [[nodiscard]] static DueDateParse parse(QStringView text, const QDate &today);

    /// The spelling used when a date is written back into text: always ISO 8601.
    [[nodiscard]] static QString format(const QDate &date);
};

} // namespace debrief
