#pragma once

#include "actions/quickcaptureparser.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace debrief {

/// A Markdown task-list line, `- [ ] text @owner due:DATE !priority`, read into its parts.
/// Bullets `-`, `*`, `+` and ordered markers `1.`/`1)` are accepted, indented or inside a
/// blockquote; `[x]` and `[X]` are done; a title struck through (`~~Title~~`) is a dropped
/// action, the usual Markdown way to say "won't do". A title word that would otherwise be read
/// as metadata is written with a Markdown backslash escape (`\@priya`, `\#12`, `\!high`,
/// `due\:fri`, `https\://…`); the title reads it without the backslash.
struct TaskLine
{
    /// Leading whitespace and blockquote markers.
    QString indent;
    QString marker;
    bool done = false;
    /// The title is wrapped in ~~strikethrough~~.
    bool dropped = false;
    /// The title without the strikethrough markers and escapes.
    QString title;
    /// Index of the character between the brackets.
    qsizetype checkPosition = 0;
    /// Index where the task text starts.
    qsizetype textStart = 0;
    /// The text's meaning; token positions are relative to the whole line.
    QuickCapture capture;

    /// Reads @p line (without its line break; a trailing '\r' is ignored), or nothing when it
    /// is not a task-list item.
    [[nodiscard]] static std::optional<TaskLine> parse(QStringView line, const QDate &today,
                                                       const OwnerMatcher &roster = OwnerMatcher());
    /// A template's example line whose date is still the blank `due:YYYY-MM-DD`: not an action
    /// until someone fills it in, or every new postmortem would start with actions owned by "owner".
    [[nodiscard]] static bool isTemplatePlaceholder(QStringView line);
};

/// Changes one part of a task line and leaves every other character exactly as it was.
/// Lines that are not task lines are returned unchanged.
class TaskLineWriter
{
public:
    /// Ticks (`[x]`) or unticks (`[ ]`) the box.
    [[nodiscard]] static QString withDone(QStringView line, bool done);
    /// Strikes the title through (`~~Title~~`) or removes the strikethrough.
    [[nodiscard]] static QString withDropped(QStringView line, bool dropped);
    /// Replaces the `due:` token (or appends one); an invalid date removes it.
    [[nodiscard]] static QString withDueDate(QStringView line, const QDate &date);
    /// Replaces the priority token (or appends one); Normal is written only to replace one.
    [[nodiscard]] static QString withPriority(QStringView line, ActionPriority priority);
    /// Replaces the title (kept struck through on a dropped line). Tokens written between the
    /// old title's words move behind the new title; title words that would read as metadata are
    /// escaped, so the line reads back with exactly @p title (spacing simplified).
    [[nodiscard]] static QString withTitle(QStringView line, const QString &title);
    /// Replaces the `@owner` token, adds one behind the title, or removes it when @p owner is
    /// empty. The line is returned unchanged when @p owner cannot be written (see ownerToken).
    [[nodiscard]] static QString withOwner(QStringView line, const QString &owner);
    /// How @p owner is written so that the line reads back exactly that name: `@priya`,
    /// `@"Priya Sharma"`, or with curly quotes when the name holds a straight one; empty when no
    /// form reads back (a name holding both kinds of quote).
    [[nodiscard]] static QString ownerToken(const QString &owner);
    /// @p title with every word that would read as metadata escaped (see TaskLine).
    [[nodiscard]] static QString escapedTitle(const QString &title);
    /// A new line for @p item: `- [ ] title @owner due:2026-12-01 !high #123` (`[x]` when
    /// done, the title struck through when dropped).
    [[nodiscard]] static QString format(const ActionItem &item);
};

} // namespace debrief
