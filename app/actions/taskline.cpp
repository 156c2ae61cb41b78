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

// A title word starting with '@', '#' or '!' (after any backslashes), and one starting with
// "due:", "http:" or "https:" (backslashes allowed before the colon): the words the parser may
// read as metadata, and where an escaping backslash goes.
const QRegularExpression &prefixedWord()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\\\*)[@#!]"));
    return pattern;
}

const QRegularExpression &colonWord()
{
    static const QRegularExpression pattern(QStringLiteral("^(due|https?)(\\\\*):"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

bool readsAsToken(const QString &word)
{
    return !QuickCaptureParser::parse(word, referenceDay).tokens.isEmpty();
}

/// @p word written so that it stays in the title. A word that already starts with an escape
/// gets one more backslash, so that unescapedWord() gives back exactly @p word.
QString escapedWord(const QString &word)
{
    static const QRegularExpression quotedOwner(QStringLiteral("^@[\"\u201C]"));
    if (const auto match = prefixedWord().match(word); match.hasMatch()) {
        // `@"First` may be an owner together with the words up to its closing quote.
        if (match.capturedLength(1) > 0 || readsAsToken(word) || quotedOwner.match(word).hasMatch())
            return QLatin1Char('\\') + word;
        return word;
    }
    if (const auto match = colonWord().match(word); match.hasMatch()) {
        // "due:" is always escaped: "due:next" alone is no date, but "due:next week" is one.
        const bool due = match.capturedView(1).compare(QLatin1String("due"), Qt::CaseInsensitive) == 0;
        if (due || match.capturedLength(2) > 0 || readsAsToken(word))
            return QString(word).insert(match.capturedEnd(1), QLatin1Char('\\'));
    }
    return word;
}

/// The inverse of escapedWord(); also what a backslash escape means in Markdown.
QString unescapedWord(const QString &word)
{
    if (const auto match = prefixedWord().match(word); match.hasMatch() && match.capturedLength(1) > 0)
        return word.sliced(1);
    if (const auto match = colonWord().match(word); match.hasMatch() && match.capturedLength(2) > 0)
        return QString(word).remove(match.capturedEnd(1), 1);
    return word;
}

QString unescapedTitle(const QString &title)
{
    if (!title.contains(QLatin1Char('\\')))
        return title;
    QStringList words = title.split(QLatin1Char(' '));
    for (QString &word : words)
        word = unescapedWord(word);
    return words.join(QLatin1Char(' '));
}

} // namespace

bool TaskLine::isTemplatePlaceholder(QStringView line)
{
    // `due:YYYY-MM-DD` written in inline code documents the syntax; it is no blank.
    static const QRegularExpression code(QStringLiteral("`+[^`]*`+"));
    return line.toString().remove(code).contains(QLatin1String("due:YYYY-MM-DD"), Qt::CaseInsensitive);
}

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
    task.title = unescapedTitle(task.title);
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

QString TaskLineWriter::withTitle(QStringView line, const QString &title)
{
    const QStringView body = withoutCarriageReturn(line);
    const auto task = TaskLine::parse(body, referenceDay);
    const QString escaped = escapedTitle(title);
    if (!task || escaped.isEmpty())
        return line.toString();
    const QString written = task->dropped ? QStringLiteral("~~%1~~").arg(escaped) : escaped;
    QString edited = body.toString();
    const qsizetype start = task->capture.titleStart;
    const qsizetype end = task->capture.titleEnd;
    if (start < 0) {
        // Only metadata so far: the title goes first, where a new line has it.
        if (task->textStart < edited.size()) {
            edited.insert(task->textStart, written + QLatin1Char(' '));
        } else {
            if (!edited.back().isSpace())
                edited.append(QLatin1Char(' ')); // "- [ ]" with nothing behind the box
            edited.append(written);
        }
        return restoreCarriageReturn(line, edited);
    }
    // Tokens between the old title's words (`Migrate @will to v2`) stay on the line, behind the
    // new title: the title replaces words, never the metadata written among them.
    QStringList parts{written};
    for (const auto &token : task->capture.tokens) {
        if (token.start > start && token.start < end)
            parts.append(edited.mid(token.start, token.length));
    }
    edited.replace(start, end - start, parts.join(QLatin1Char(' ')));
    return restoreCarriageReturn(line, edited);
}

QString TaskLineWriter::withOwner(QStringView line, const QString &owner)
{
    const QString token = owner.isEmpty() ? QString() : ownerToken(owner);
    if (!owner.isEmpty() && token.isEmpty())
        return line.toString();
    const QStringView body = withoutCarriageReturn(line);
    const auto task = TaskLine::parse(body, referenceDay);
    if (!task)
        return line.toString();
    if (token.isEmpty() || task->capture.token(CaptureToken::Kind::Owner) || task->capture.titleStart < 0)
        return replaceToken(line, CaptureToken::Kind::Owner, token);
    // A new owner goes right behind the title, where format() puts it, rather than at the end.
    QString edited = body.toString();
    edited.insert(task->capture.titleEnd, QLatin1Char(' ') + token);
    return restoreCarriageReturn(line, edited);
}

QString TaskLineWriter::ownerToken(const QString &owner)
{
    // A line break would end the line in the middle of the token.
    if (owner.isEmpty() || owner.contains(QLatin1Char('\n')) || owner.contains(QLatin1Char('\r')))
        return {};
    // The parser trims a plain name's trailing punctuation ("@priya." is priya) and a quoted
    // name's spaces, and ends a quoted name at the first closing quote: try the forms in order
    // of plainness and keep the first that reads back as exactly this name.
    const QString candidates[] = {
        QuickCaptureParser::ownerToken(owner),
        QStringLiteral("@\"%1\"").arg(owner),
        QLatin1Char('@') + QChar(0x201C) + owner + QChar(0x201D),
    };
    for (const QString &candidate : candidates) {
        const QuickCapture read = QuickCaptureParser::parse(candidate, referenceDay);
        if (read.tokens.size() == 1 && read.tokens.front().kind == CaptureToken::Kind::Owner &&
            read.tokens.front().length == candidate.size() && read.ownerWritten == owner)
            return candidate;
    }
    return {};
}

QString TaskLineWriter::escapedTitle(const QString &title)
{
    QStringList words = title.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words)
        word = escapedWord(word);
    return words.join(QLatin1Char(' '));
}

QString TaskLineWriter::format(const ActionItem &item)
{
    const QString title = escapedTitle(item.title);
    QStringList parts{item.status == ActionStatus::Done ? QStringLiteral("- [x]") : QStringLiteral("- [ ]"),
                      item.status == ActionStatus::Dropped ? QStringLiteral("~~%1~~").arg(title) : title};
    if (!item.ownerText.isEmpty()) {
        const QString owner = ownerToken(item.ownerText);
        // A name no token reads back still shows who owns the action.
        parts.append(owner.isEmpty() ? QuickCaptureParser::ownerToken(item.ownerText) : owner);
    }
    if (item.dueDate.isValid())
        parts.append(QStringLiteral("due:") + DueDateParser::format(item.dueDate));
    if (item.priority != ActionPriority::Normal)
        parts.append(QuickCaptureParser::priorityToken(item.priority));
    if (!item.ticketUrl.isEmpty())
        parts.append(item.ticketUrl);
    return parts.join(QLatin1Char(' '));
}

} // namespace debrief
