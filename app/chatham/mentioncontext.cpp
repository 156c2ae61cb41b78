#include "chatham/mentioncontext.h"

#include "chatham/wordlist.h"

#include <QChar>
#include <QLatin1String>

namespace debrief {

namespace {

bool isInlineMarkup(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'\t':
    case u'*':
    case u'_':
    case u'~':
    case u'"':
    case u'\'':
    case u'`':
    case u'(':
    case u'[':
    case u'{':
    case u'\u201C':
    case u'\u2018':
        return true;
    default:
        return false;
    }
}

bool isBlockMarker(QChar c)
{
    return c == QLatin1Char('#') || c == QLatin1Char('>') || c == QLatin1Char('-') || c == QLatin1Char('+') ||
           c == QLatin1Char('|');
}

bool isTerminator(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char(':') ||
           c == QChar(0x2026);
}

// Words after which a capitalised common word at a sentence start is a person speaking or acting.
constexpr const char *kReportingVerbs[] = {
    "said",      "says",    "asked",        "asks",   "explained", "explains",  "noted",    "mentioned", "suggested",
    "suggests",  "thinks",  "thought",      "added",  "replied",   "presented", "presents", "talked",    "showed",
    "described", "pointed", "argued",       "agreed", "disagreed", "proposed",  "recalled", "shared",    "wrote",
    "joined",    "demoed",  "demonstrated", "told",   "tells",     "admitted",  "answered", "confirmed", "reported",
};

bool isReportingVerb(QStringView word)
{
    for (const char *verb : kReportingVerbs) {
        if (word.compare(QLatin1String(verb), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/// The word starting at the first letter or digit at or after @p from, skipping spaces only.
QStringView nextWord(QStringView text, qsizetype from)
{
    qsizetype i = from;
    while (i < text.size() && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('\t')))
        ++i;
    qsizetype end = i;
    while (end < text.size() && text.at(end).isLetterOrNumber())
        ++end;
    return text.mid(i, end - i);
}

QStringView previousWord(QStringView text, qsizetype before)
{
    qsizetype end = before;
    while (end > 0 && (text.at(end - 1) == QLatin1Char(' ') || text.at(end - 1) == QLatin1Char('\t')))
        --end;
    qsizetype start = end;
    while (start > 0 && text.at(start - 1).isLetterOrNumber())
        --start;
    return text.mid(start, end - start);
}

bool isMonth(QStringView word)
{
    for (const char *month : {"April", "May", "June", "July", "August"}) {
        if (word.compare(QLatin1String(month), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// "last May", "in June": words after which a month name is a month.
bool introducesMonth(QStringView word)
{
    for (const char *before : {"in", "last", "next", "this", "since", "until", "till", "early", "mid", "late", "during",
                               "every", "of", "each"}) {
        if (word.compare(QLatin1String(before), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isNumber(QStringView word)
{
    if (word.isEmpty())
        return false;
    for (const QChar c : word) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

bool isPossessive(QStringView text, qsizetype end)
{
    if (end >= text.size())
        return false;
    const QChar c = text.at(end);
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

/// Words that, following a capitalised sentence-start word, show its ordinary use:
/// pronouns and determiners after a modal ("Will we", "May I", "Can the"), "be"/"not",
/// and the fixed phrases the roster names of failure-modes meetups run into.
bool showsOrdinaryUse(QStringView next)
{
    static constexpr const char *followers[] = {
        "i",     "we",   "you", "they", "he",    "she",   "it",     "this",   "that",    "these", "those",
        "there", "the",  "a",   "an",   "be",    "not",   "have",   "our",    "your",    "their", "my",
        "his",   "her",  "its", "also", "still", "never", "always", "period", "periods", "of",    "as",
        "all",   "some", "any", "each", "every", "one",   "to",     "and",    "or",      "if",    "so",
    };
    for (const char *word : followers) {
        if (next.compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

bool MentionContext::mayBeNameAtSentenceStart(QStringView text, qsizetype start, qsizetype end) const
{
    const QStringView word = text.mid(start, end - start);
    if (word.isEmpty() || !word.front().isUpper() || (word.size() > 1 && word.toString().toUpper() == word))
        return false;
    if (!isSentenceStart(text, start))
        return false;
    const QStringView next = nextWord(text, end);
    if (isNumber(next) || isNumber(previousWord(text, start)))
        return false;
    return !showsOrdinaryUse(next);
}

bool MentionContext::isSentenceStart(QStringView text, qsizetype position)
{
    qsizetype k = position - 1;
    bool blockMarker = false;
    while (k >= 0 && (isInlineMarkup(text.at(k)) || isBlockMarker(text.at(k)))) {
        if (text.at(k) == QLatin1Char('|'))
            return true;
        blockMarker = blockMarker || isBlockMarker(text.at(k));
        --k;
    }
    if (k < 0)
        return true;
    const QChar c = text.at(k);
    if (isTerminator(c))
        return true;
    if (c != QLatin1Char('\n') && c != QLatin1Char('\r'))
        return false;
    // At a line start: a new block, or a wrapped line of the same paragraph?
    if (blockMarker)
        return true;
    --k;
    while (k >= 0 &&
           (text.at(k) == QLatin1Char(' ') || text.at(k) == QLatin1Char('\t') || text.at(k) == QLatin1Char('\r')))
        --k;
    return k < 0 || text.at(k) == QLatin1Char('\n') || isTerminator(text.at(k));
}

bool MentionContext::readsAsName(QStringView text, qsizetype start, qsizetype end) const
{
    const QStringView word = text.mid(start, end - start);
    if (!word.front().isUpper())
        return false;
    // "WILL" or "MAY" in capitals is emphasis or an acronym, not a name.
    if (word.size() > 1 && word.toString().toUpper() == word)
        return false;
    // Months: "May 2025", "3 May".
    if (isNumber(nextWord(text, end)) || isNumber(previousWord(text, start)))
        return false;
    if (isMonth(word) && introducesMonth(previousWord(text, start)))
        return false;
    if (isPossessive(text, end))
        return true;
    const QStringView next = nextWord(text, end);
    if (isSentenceStart(text, start)) {
        // "Will: let's roll back" in a chat log, or "Will said …".
        if (end < text.size() && text.at(end) == QLatin1Char(':'))
            return true;
        return isReportingVerb(next);
    }
    // Title case: "Grace Period" in a heading is two words, not a person.
    if (!next.isEmpty() && next.front().isUpper() && m_words.isCommonWord(next) && end < text.size() &&
        text.at(end) == QLatin1Char(' '))
        return false;
    return true;
}

} // namespace debrief
