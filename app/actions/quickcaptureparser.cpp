#include "actions/quickcaptureparser.h"

#include <QRegularExpression>

#include <algorithm>

namespace debrief {

namespace {

struct Word
{
    qsizetype start = 0;
    qsizetype end = 0; // one past the last character
};

bool isOpeningQuote(QChar c)
{
    return c == QLatin1Char('"') || c == QChar(0x201C);
}

QChar closingQuoteFor(QChar opening)
{
    return opening == QChar(0x201C) ? QChar(0x201D) : QLatin1Char('"');
}

/// Splits @p text at whitespace, keeping `@"First Last"` together as one word.
QList<Word> splitWords(QStringView text)
{
    QList<Word> words;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        while (i < size && text.at(i).isSpace())
            ++i;
        if (i >= size)
            break;
        Word word{i, i};
        qsizetype end = i;
        if (text.at(i) == QLatin1Char('@') && i + 1 < size && isOpeningQuote(text.at(i + 1))) {
            const qsizetype close = text.indexOf(closingQuoteFor(text.at(i + 1)), i + 2);
            if (close > 0)
                end = close + 1;
        }
        while (end < size && !text.at(end).isSpace())
            ++end;
        word.end = end;
        words.append(word);
        i = end;
    }
    return words;
}

QString trimTrailingPunctuation(QString text)
{
    while (!text.isEmpty() && QStringView(u".,;:!?)").contains(text.back()))
        text.chop(1);
    return text;
}

/// The owner named by an `@` word, or an empty string when it is not one.
QString ownerFromWord(QStringView word)
{
    if (word.size() < 2 || word.front() != QLatin1Char('@'))
        return {};
    if (isOpeningQuote(word.at(1))) {
        const qsizetype close = word.indexOf(closingQuoteFor(word.at(1)), 2);
        if (close < 0)
            return {};
        return word.mid(2, close - 2).trimmed().toString();
    }
    const QString name = trimTrailingPunctuation(word.mid(1).toString());
    // "Ask @priya's lead": a mention of someone, not who owns the action.
    static const QRegularExpression possessive(QStringLiteral("['\u2019]s$"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (possessive.match(name).hasMatch())
        return {};
    for (const QChar c : name) {
        if (!c.isLetterOrNumber() && !QStringView(u".-_'\u2019").contains(c))
            return {};
    }
    return name;
}

std::optional<ActionPriority> priorityFromWord(QStringView word)
{
    const QString body = word.mid(1).toString().toCaseFolded();
    if (body == QLatin1String("low") || body == QLatin1String("4"))
        return ActionPriority::Low;
    if (body == QLatin1String("normal") || body == QLatin1String("3"))
        return ActionPriority::Normal;
    if (body == QLatin1String("high") || body == QLatin1String("2") || body == QLatin1String("!"))
        return ActionPriority::High;
    if (body == QLatin1String("urgent") || body == QLatin1String("1") || body == QLatin1String("!!"))
        return ActionPriority::Urgent;
    return std::nullopt;
}

bool looksLikePriority(QStringView word)
{
    if (word.size() < 2 || word.front() != QLatin1Char('!'))
        return false;
    return word.at(1).isLetterOrNumber() || word.at(1) == QLatin1Char('!');
}

bool isTicket(QStringView word)
{
    static const QRegularExpression ticket(QStringLiteral("^(#\\d+|https?://\\S+)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return ticket.match(word).hasMatch();
}

bool isDueKey(QStringView word)
{
    return word.size() >= 4 && word.first(4).compare(QLatin1String("due:"), Qt::CaseInsensitive) == 0;
}

QString quoted(QStringView text)
{
    return QStringLiteral("'%1'").arg(text);
}

/// The [start, end) ranges of inline code (`` `…` ``) in @p text: what is written there is an
/// example, never an owner, a date or a priority.
QList<std::pair<qsizetype, qsizetype>> codeSpans(QStringView text)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    qsizetype i = 0;
    while ((i = text.indexOf(QLatin1Char('`'), i)) >= 0) {
        qsizetype run = i;
        while (run < text.size() && text.at(run) == QLatin1Char('`'))
            ++run;
        const QStringView fence = text.sliced(i, run - i);
        const qsizetype close = text.indexOf(fence, run);
        if (close < 0)
            break; // an unclosed backtick is a backtick
        spans.append({i, close + fence.size()});
        i = close + fence.size();
    }
    return spans;
}

} // namespace

std::optional<CaptureToken> QuickCapture::token(CaptureToken::Kind kind) const
{
    for (const auto &candidate : tokens) {
        if (candidate.kind == kind)
            return candidate;
    }
    return std::nullopt;
}

ActionItem QuickCapture::toActionItem() const
{
    ActionItem item;
    item.title = title;
    if (!ownerWritten.isEmpty()) {
        item.ownerParticipantId = owner.isMatched() ? owner.participantId : std::nullopt;
        item.ownerText = owner.isMatched() ? owner.displayName : ownerWritten;
    }
    if (due)
        item.dueDate = due->date;
    item.priority = priority.value_or(ActionPriority::Normal);
    item.ticketUrl = ticket;
    return item;
}

QString QuickCaptureParser::priorityToken(ActionPriority priority)
{
    return QLatin1Char('!') + toStorageString(priority);
}

QString QuickCaptureParser::ownerToken(const QString &name)
{
    // The parser trims a plain name's trailing punctuation ("@Jr." is "Jr"): such a name
    // needs quotes to read back whole.
    const bool plain = !name.isEmpty() && name.back().isLetterOrNumber() &&
                       std::all_of(name.begin(), name.end(),
                                   [](QChar c) { return c.isLetterOrNumber() || QStringView(u".-_").contains(c); });
    return plain ? QLatin1Char('@') + name : QStringLiteral("@\"%1\"").arg(name);
}

QuickCapture QuickCaptureParser::parse(QStringView line, const QDate &today, const OwnerMatcher &roster)
{
    QuickCapture result;
    const QList<Word> words = splitWords(line);
    const auto code = codeSpans(line);
    QStringList titleWords;

    for (qsizetype w = 0; w < words.size(); ++w) {
        const Word &word = words.at(w);
        const QStringView text = line.sliced(word.start, word.end - word.start);
        auto keep = [&](const QString &note) {
            titleWords.append(text.toString());
            if (result.titleStart < 0)
                result.titleStart = word.start;
            result.titleEnd = word.end;
            if (!note.isEmpty())
                result.notes.append(note);
        };
        auto take = [&](CaptureToken::Kind kind, qsizetype end) {
            result.tokens.append(CaptureToken{kind, word.start, end - word.start});
        };

        const bool inCode = std::any_of(code.cbegin(), code.cend(), [&](const auto &span) {
            return word.start < span.second && word.end > span.first;
        });
        if (inCode) {
            keep(QString());
            continue;
        }

        if (text.front() == QLatin1Char('@')) {
            const QString owner = ownerFromWord(text);
            if (owner.isEmpty()) {
                keep(text.size() > 1 ? tr("%1 is not an owner I understand — kept in the title").arg(quoted(text))
                                     : QString());
            } else if (!result.ownerWritten.isEmpty()) {
                keep(tr("%1: an action has one owner — kept in the title").arg(quoted(text)));
            } else {
                result.ownerWritten = owner;
                result.owner = roster.match(owner);
                take(CaptureToken::Kind::Owner, word.end);
            }
            continue;
        }

        if (isDueKey(text)) {
            if (result.due) {
                keep(tr("%1: an action has one due date — kept in the title").arg(quoted(text)));
                continue;
            }
            // "due:next week", "due:in 3 days": take the longest run of up to three words
            // that reads as a date.
            std::optional<DueDateParse> best;
            qsizetype bestLast = w;
            qsizetype bestEnd = word.end;
            for (qsizetype last = w; last < std::min(words.size(), w + 3); ++last) {
                const QStringView value = line.sliced(word.start + 4, words.at(last).end - word.start - 4);
                // "due:fri," and "due:2026-12-01." end a clause: the punctuation is not the date's.
                const QString trimmed = trimTrailingPunctuation(value.toString());
                DueDateParse parsed = DueDateParser::parse(value, today);
                qsizetype end = words.at(last).end;
                if (!parsed.ok() && !trimmed.isEmpty() && trimmed.size() < value.size()) {
                    parsed = DueDateParser::parse(trimmed, today);
                    end -= value.size() - trimmed.size();
                }
                if (parsed.ok()) {
                    best = parsed;
                    bestLast = last;
                    bestEnd = end;
                }
            }
            if (!best) {
                const QStringView value = text.sliced(4);
                const QString problem =
                    value.isEmpty() ? tr("no date follows “due:”") : DueDateParser::parse(value, today).problem;
                keep(tr("%1 kept in the title: %2").arg(quoted(text), problem));
                continue;
            }
            result.due = best;
            take(CaptureToken::Kind::Due, bestEnd);
            w = bestLast;
            continue;
        }

        if (looksLikePriority(text)) {
            const auto priority = priorityFromWord(text);
            if (!priority) {
                keep(tr("%1 is not a priority I understand (!low, !normal, !high, !urgent) — kept in the title")
                         .arg(quoted(text)));
            } else if (result.priority) {
                keep(tr("%1: an action has one priority — kept in the title").arg(quoted(text)));
            } else {
                result.priority = priority;
                take(CaptureToken::Kind::Priority, word.end);
            }
            continue;
        }

        if (isTicket(text)) {
            if (!result.ticket.isEmpty()) {
                keep(tr("%1: an action has one ticket — kept in the title").arg(quoted(text)));
            } else {
                result.ticket = text.toString();
                take(CaptureToken::Kind::Ticket, word.end);
            }
            continue;
        }

        keep(QString());
    }

    result.title = titleWords.join(QLatin1Char(' '));
    if (result.title.isEmpty() && !line.trimmed().isEmpty())
        result.notes.append(tr("the action has no title"));
    if (result.owner.kind == OwnerMatch::Kind::Ambiguous) {
        result.notes.append(tr("%1 could be %2 — choose one")
                                .arg(quoted(result.ownerWritten), result.owner.candidates.join(QStringLiteral(", "))));
    }
    return result;
}

} // namespace debrief
