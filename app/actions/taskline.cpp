#include "actions/taskline.h"

#include <QRegularExpression>

namespace debrief {

namespace {

// Token positions do not depend on what "today" is, only on whether a date parses at all.
const QDate referenceDay(2000, 1, 3);

QStringView withoutCarriageReturn(QStringView line)
{
    return line.endsWith(QLatin1Char('\r')) ? line.chopped(1) : line;
}

QString restoreCarriageReturn(QStringView original, QString edited)
{
    if (original.endsWith(QLatin1Char('\r')))
        edited.append(QLatin1Char('\r'));
    return edited;
}

/// Replaces token @p kind with @p replacement, or removes it (and the space before it) when
/// the replacement is empty, or appends the replacement when the line has no such token.
QString replaceToken(QStringView line, CaptureToken::Kind kind, const QString &replacement)
{
    const QStringView body = withoutCarriageReturn(line);
    const auto task = TaskLine::parse(body, referenceDay);
    if (!task)
        return line.toString();
    QString edited = body.toString();
    if (const auto token = task->capture.token(kind)) {
        if (replacement.isEmpty()) {
            qsizetype start = token->start;
            qsizetype length = token->length;
            // Take one neighbouring space with the token so no double space is left behind.
            if (start > task->textStart && edited.at(start - 1) == QLatin1Char(' ')) {
                --start;
                ++length;
            } else if (start + length < edited.size() && edited.at(start + length) == QLatin1Char(' ')) {
                ++length;
            }
            edited.remove(start, length);
        } else {
            edited.replace(token->start, token->length, replacement);
        }
    } else if (!replacement.isEmpty()) {
        if (!edited.isEmpty() && !edited.back().isSpace())
            edited.append(QLatin1Char(' '));
        edited.append(replacement);
    }
    return restoreCarriageReturn(line, edited);
}

} // namespace

std::optional<TaskLine> TaskLine::parse(QStringView line, const QDate &today, const OwnerMatcher &roster)
{
    static const QRegularExpression pattern(
        QStringLiteral("^((?:[ \\t]*>)*[ \\t]*)([-*+]|\\d{1,9}[.)])[ \\t]+\\[([ xX])\\](?:[ \\t]+|$)"));
    line = withoutCarriageReturn(line);
    const auto match = pattern.match(line);
    if (!match.hasMatch())
        return std::nullopt;

    TaskLine task;
    task.indent = match.captured(1);
    task.marker = match.captured(2);
    task.done = match.capturedView(3) != QLatin1String(" ");
    task.checkPosition = match.capturedStart(3);
    task.textStart = match.capturedEnd(0);
    task.capture = QuickCaptureParser::parse(line.sliced(task.textStart), today, roster);
    for (auto &token : task.capture.tokens)
        token.start += task.textStart;
    if (task.capture.titleStart >= 0) {
        task.capture.titleStart += task.textStart;
        task.capture.titleEnd += task.textStart;
    }
    task.title = task.capture.title;
    const QLatin1String strike("~~");
    if (task.title.size() > 4 && task.title.startsWith(strike) && task.title.endsWith(strike)) {
        task.dropped = true;
        task.title = task.title.sliced(2, task.title.size() - 4).trimmed();
    }
    return task;
}

QString TaskLineWriter::withDone(QStringView line, bool done)
{
    const auto task = TaskLine::parse(line, referenceDay);
    QString edited = line.toString();
    if (task && task->done != done)
        edited[task->checkPosition] = done ? QLatin1Char('x') : QLatin1Char(' ');
    return edited;
}

QString TaskLineWriter::withDropped(QStringView line, bool dropped)
{
    const auto task = TaskLine::parse(line, referenceDay);
    QString edited = line.toString();
    if (!task || task->dropped == dropped || task->capture.titleStart < 0)
        return edited;
    const qsizetype start = task->capture.titleStart;
    const qsizetype end = task->capture.titleEnd;
    if (dropped) {
        edited.insert(end, QLatin1String("~~"));
        edited.insert(start, QLatin1String("~~"));
    } else {
        // The title's first word starts with "~~" and its last word ends with it.
        edited.remove(end - 2, 2);
        edited.remove(start, 2);
    }
    return edited;
}

QString TaskLineWriter::withDueDate(QStringView line, const QDate &date)
{
    const QString token = date.isValid() ? QStringLiteral("due:") + DueDateParser::format(date) : QString();
    return replaceToken(line, CaptureToken::Kind::Due, token);
}

QString TaskLineWriter::withPriority(QStringView line, ActionPriority priority)
{
    const auto task = TaskLine::parse(line, referenceDay);
    if (task && priority == ActionPriority::Normal && !task->capture.token(CaptureToken::Kind::Priority))
        return line.toString();
    return replaceToken(line, CaptureToken::Kind::Priority, QuickCaptureParser::priorityToken(priority));
}

QString TaskLineWriter::format(const ActionItem &item)
{
    const QString title = item.title.simplified();
    QStringList parts{item.status == ActionStatus::Done ? QStringLiteral("- [x]") : QStringLiteral("- [ ]"),
                      item.status == ActionStatus::Dropped ? QStringLiteral("~~%1~~").arg(title) : title};
    if (!item.ownerText.isEmpty())
        parts.append(QuickCaptureParser::ownerToken(item.ownerText));
    if (item.dueDate.isValid())
        parts.append(QStringLiteral("due:") + DueDateParser::format(item.dueDate));
    if (item.priority != ActionPriority::Normal)
        parts.append(QuickCaptureParser::priorityToken(item.priority));
    if (!item.ticketUrl.isEmpty())
        parts.append(item.ticketUrl);
    return parts.join(QLatin1Char(' '));
}

} // namespace debrief
