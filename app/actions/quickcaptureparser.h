#pragma once

#include "actions/duedateparser.h"
#include "actions/ownermatcher.h"
#include "model/actionitem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace debrief {

/// One piece of metadata recognised in a line and where it was written, so a writer can
/// change it in place.
struct CaptureToken
{
    enum class Kind
    {
        Owner,
        Due,
        Priority,
        Ticket
    };

    Kind kind = Kind::Owner;
    qsizetype start = 0;
    qsizetype length = 0;
};

/// What a one-line capture such as `Add jitter to retries @priya due:fri !high` means.
struct QuickCapture
{
    QString title;
    /// Where the title's first word starts and its last word ends in the parsed text (-1 when
    /// there is no title); tokens may sit in between.
    qsizetype titleStart = -1;
    qsizetype titleEnd = -1;
    /// The owner as written, without the '@' and quotes; empty when no owner was given.
    QString ownerWritten;
    /// The owner resolved against the roster (Unmatched without a roster or owner).
    OwnerMatch owner;
    /// The due date, when one was given and understood.
    std::optional<DueDateParse> due;
    std::optional<ActionPriority> priority;
    /// "#123" or a URL.
    QString ticket;
    /// Translated sentences about everything kept in the title because it was not understood.
    QStringList notes;
    /// Recognised tokens in order of appearance, positions relative to the parsed text.
    QList<CaptureToken> tokens;

    [[nodiscard]] bool hasTitle() const { return !title.isEmpty(); }
    [[nodiscard]] std::optional<CaptureToken> token(CaptureToken::Kind kind) const;
    /// A new open action with these fields (priority Normal when none was given).
    [[nodiscard]] ActionItem toActionItem() const;
};

/// Understands one line of quick capture: the title, `@owner` (`@"Priya Sharma"`,
/// `@priya.sharma`), `due:DATE` (anything DueDateParser reads; "next week" and "in 3 days" may
/// follow `due:` with spaces), a priority (`!low !normal !high !urgent`, `!1` urgent to `!4`
/// low, `!!` high, `!!!` urgent) and a ticket (`#123` or an http(s) URL). Anything not
/// understood stays in the title and gets a note.
class QuickCaptureParser
{
    Q_DECLARE_TR_FUNCTIONS(debrief::QuickCaptureParser)
public:
    [[nodiscard]] static QuickCapture parse(QStringView line, const QDate &today,
                                            const OwnerMatcher &roster = OwnerMatcher());

    /// How @p priority is written in a line ("!high").
    [[nodiscard]] static QString priorityToken(ActionPriority priority);
    /// How an owner is written in a line: `@priya` or `@"Priya Sharma"`.
    [[nodiscard]] static QString ownerToken(const QString &name);
};

} // namespace debrief
