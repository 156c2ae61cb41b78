#include "chatham/leakscanner.h"

#include "chatham/mentioncontext.h"
#include "chatham/recordsections.h"
#include "chatham/wordlist.h"

#include <algorithm>

namespace debrief {

namespace {

/// Sorted, non-overlapping ranges with a containment test.
class RangeSet
{
public:
    void add(qsizetype start, qsizetype end) { m_ranges.append({start, end}); }
    void sort()
    {
        std::sort(m_ranges.begin(), m_ranges.end(),
                  [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    }
    [[nodiscard]] bool contains(qsizetype position) const
    {
        auto it = std::upper_bound(m_ranges.cbegin(), m_ranges.cend(), position,
                                   [](qsizetype pos, const TextRange &r) { return pos < r.start; });
        if (it == m_ranges.cbegin())
            return false;
        --it;
        return position < it->end;
    }

private:
    QList<TextRange> m_ranges;
};

/// Fenced code blocks and inline code spans, where only roster identities are reported.
RangeSet codeRanges(QStringView text)
{
    RangeSet ranges;
    qsizetype lineStart = 0;
    qsizetype fenceStart = -1;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = text.mid(lineStart, lineEnd - lineStart).trimmed();
        if (line.startsWith(QLatin1String("```")) || line.startsWith(QLatin1String("~~~"))) {
            if (fenceStart < 0) {
                fenceStart = lineStart;
            } else {
                ranges.add(fenceStart, lineEnd);
                fenceStart = -1;
            }
        } else if (fenceStart < 0) {
            // Search within the line only: searching the rest of the text would be quadratic.
            const QStringView whole = text.mid(lineStart, lineEnd - lineStart);
            qsizetype open = whole.indexOf(QLatin1Char('`'));
            while (open >= 0) {
                const qsizetype close = whole.indexOf(QLatin1Char('`'), open + 1);
                if (close < 0)
                    break;
                ranges.add(lineStart + open, lineStart + close + 1);
                open = whole.indexOf(QLatin1Char('`'), close + 1);
            }
        }
        lineStart = lineEnd + 1;
    }
    if (fenceStart >= 0)
        ranges.add(fenceStart, text.size());
    ranges.sort();
    return ranges;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isLocalPartChar(QChar c)
{
    return isWordChar(c) || QStringView(u"._%+-").contains(c);
}

/// The whitespace-delimited chunk around @p position contains a URL or address.
bool inUrlOrAddress(QStringView text, qsizetype start, qsizetype end)
{
    qsizetype from = start;
    while (from > 0 && !text.at(from - 1).isSpace() && start - from < 200)
        --from;
    qsizetype to = end;
    while (to < text.size() && !text.at(to).isSpace() && to - end < 200)
        ++to;
    const QStringView chunk = text.mid(from, to - from);
    return chunk.contains(QLatin1String("://")) || chunk.contains(QLatin1String("www.")) ||
           chunk.contains(QLatin1Char('@')) || chunk.contains(QLatin1Char('/')) || chunk.contains(QLatin1String("]("));
}

bool looksLikeProfileUrl(QStringView url)
{
    QString lower = url.toString().toLower();
    for (const QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (lower.startsWith(scheme))
            lower.remove(0, scheme.size());
    }
    if (lower.startsWith(QLatin1String("www.")))
        lower.remove(0, 4);
    const qsizetype slash = lower.indexOf(QLatin1Char('/'));
    const QString host = slash < 0 ? lower : lower.left(slash);
    if (host.contains(QLatin1Char('@')))
        return true; // user@host
    const QString path = slash < 0 ? QString() : lower.mid(slash + 1);
    if (path.isEmpty())
        return false;
    for (const char *marker : {"~", "@", "u/", "user/", "users/", "members/", "profile/", "people/", "in/"}) {
        if (path.startsWith(QLatin1String(marker)) || path.contains(QLatin1Char('/') + QLatin1String(marker)))
            return true;
    }
    static const QStringList profileHosts = {
        QStringLiteral("github.com"),   QStringLiteral("gitlab.com"),   QStringLiteral("twitter.com"),
        QStringLiteral("x.com"),        QStringLiteral("facebook.com"), QStringLiteral("instagram.com"),
        QStringLiteral("medium.com"),   QStringLiteral("codeberg.org"), QStringLiteral("keybase.io"),
        QStringLiteral("linkedin.com"), QStringLiteral("bsky.app"),     QStringLiteral("dev.to"),
    };
    return profileHosts.contains(host) || host.startsWith(QLatin1String("mastodon."));
}

} // namespace

QString LeakFinding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Identity:
        return QStringLiteral("identity");
    case Kind::NameLike:
        return QStringLiteral("name");
    case Kind::Email:
        return QStringLiteral("email");
    case Kind::Handle:
        return QStringLiteral("handle");
    case Kind::Phone:
        return QStringLiteral("phone");
    case Kind::UserUrl:
        return QStringLiteral("url");
    }
    return QString();
}

LeakScanner::LeakScanner(const Roster &roster)
    : LeakScanner(roster, WordList::english())
{}

LeakScanner::LeakScanner(const Roster &roster, const WordList &words)
    : m_matcher(roster, words)
    , m_words(words)
{}

void LeakScanner::setAllowedWords(const QStringList &words)
{
    m_allowed.clear();
    for (const QString &word : words)
        m_allowed.insert(word.toLower());
}

QList<LeakFinding> LeakScanner::scan(QStringView text) const
{
    QList<LeakFinding> findings;
    const RecordSections sections = RecordSections::find(text);
    for (const Mention &mention : m_matcher.find(text, sections.onRecord)) {
        LeakFinding finding;
        finding.kind = LeakFinding::Kind::Identity;
        finding.offset = mention.start;
        finding.length = mention.length;
        finding.owner = mention.owner;
        findings.append(finding);
    }
    const qsizetype identities = findings.size();
    findNameLikeWords(text, findings);
    findShapes(text, findings);
    // A roster identity is reported once, as an error, not again as a warning.
    RangeSet identityRanges;
    for (qsizetype i = 0; i < identities; ++i)
        identityRanges.add(findings.at(i).offset, findings.at(i).offset + findings.at(i).length);
    identityRanges.sort();
    RangeSet onRecord;
    for (const TextRange &range : sections.onRecord)
        onRecord.add(range.start, range.end);
    onRecord.sort();
    QList<LeakFinding> result;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const LeakFinding &f = findings.at(i);
        if (i >= identities && (identityRanges.contains(f.offset) || onRecord.contains(f.offset)))
            continue;
        result.append(f);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const LeakFinding &a, const LeakFinding &b) { return a.offset < b.offset; });

    // Line and column of each finding, in one walk over the text.
    int line = 1;
    qsizetype lineStart = 0;
    qsizetype position = 0;
    for (LeakFinding &finding : result) {
        for (; position < finding.offset; ++position) {
            if (text.at(position) == QLatin1Char('\n')) {
                ++line;
                lineStart = position + 1;
            }
        }
        finding.line = line;
        finding.column = static_cast<int>(finding.offset - lineStart + 1);
        finding.text = text.mid(finding.offset, finding.length).toString().simplified();
    }
    return result;
}

void LeakScanner::findNameLikeWords(QStringView text, QList<LeakFinding> &findings) const
{
    const RangeSet code = codeRanges(text);
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        bool digits = false;
        int upper = 0;
        while (i < n && isWordChar(text.at(i))) {
            digits = digits || text.at(i).isDigit();
            upper += text.at(i).isUpper() ? 1 : 0;
            ++i;
        }
        const QStringView word = text.mid(start, i - start);
        // Capitalised words only: not acronyms, not CamelCase identifiers, not "A" of "Speaker A".
        if (word.size() < 2 || digits || !word.front().isUpper() || upper != 1)
            continue;
        if (start > 0 && (text.at(start - 1) == QLatin1Char('-') || text.at(start - 1) == QLatin1Char('\'') ||
                          text.at(start - 1) == QChar(0x2019) || text.at(start - 1) == QLatin1Char('_')))
            continue;
        if (MentionContext::isSentenceStart(text, start) || m_words.contains(word) ||
            m_allowed.contains(word.toString().toLower()) || code.contains(start) || inUrlOrAddress(text, start, i))
            continue;
        LeakFinding finding;
        finding.kind = LeakFinding::Kind::NameLike;
        finding.offset = start;
        finding.length = word.size();
        findings.append(finding);
    }
}

void LeakScanner::findShapes(QStringView text, QList<LeakFinding> &findings) const
{
    const RangeSet code = codeRanges(text);
    const qsizetype n = text.size();
    auto add = [&](LeakFinding::Kind kind, qsizetype start, qsizetype end) {
        if (code.contains(start))
            return;
        LeakFinding finding;
        finding.kind = kind;
        finding.offset = start;
        finding.length = end - start;
        findings.append(finding);
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('@')) {
            qsizetype localStart = i;
            while (localStart > 0 && isLocalPartChar(text.at(localStart - 1)))
                --localStart;
            qsizetype end = i + 1;
            while (end < n && (isWordChar(text.at(end)) || text.at(end) == QLatin1Char('.') ||
                               text.at(end) == QLatin1Char('-') || text.at(end) == QLatin1Char('_')))
                ++end;
            while (end > i + 1 && !isWordChar(text.at(end - 1)))
                --end;
            const QStringView after = text.mid(i + 1, end - i - 1);
            if (localStart < i && after.contains(QLatin1Char('.'))) {
                add(LeakFinding::Kind::Email, localStart, end);
                i = end - 1;
            } else if (localStart == i && after.size() >= 2) {
                add(LeakFinding::Kind::Handle, i, end);
                i = end - 1;
            }
        } else if ((c == QLatin1Char('h') &&
                    (text.mid(i, 7) == QLatin1String("http://") || text.mid(i, 8) == QLatin1String("https://"))) ||
                   (c == QLatin1Char('w') && text.mid(i, 4) == QLatin1String("www.") &&
                    (i == 0 || !isWordChar(text.at(i - 1))))) {
            qsizetype end = i;
            while (end < n && !text.at(end).isSpace() && !QStringView(u"<>\"'`)]|").contains(text.at(end)))
                ++end;
            while (end > i && QStringView(u".,;:!?*_").contains(text.at(end - 1)))
                --end;
            if (looksLikeProfileUrl(text.mid(i, end - i)))
                add(LeakFinding::Kind::UserUrl, i, end);
            i = end - 1;
        } else if ((c.isDigit() || c == QLatin1Char('+') || c == QLatin1Char('(')) &&
                   (i == 0 || !(isWordChar(text.at(i - 1)) || text.at(i - 1) == QLatin1Char('.')))) {
            // Phone numbers: 8 to 15 digits with spaces, dashes or brackets, or a leading +.
            qsizetype end = i;
            int digitCount = 0;
            while (end < n) {
                const QChar d = text.at(end);
                const bool separator = d == QLatin1Char(' ') || d == QLatin1Char('-') || d == QLatin1Char('(') ||
                                       d == QLatin1Char(')') || (d == QLatin1Char('+') && end == i);
                if (d.isDigit())
                    ++digitCount;
                else if (!separator)
                    break;
                ++end;
            }
            while (end > i && !text.at(end - 1).isDigit())
                --end;
            const QStringView number = text.mid(i, end - i);
            // Spaces after the number were read too: only separators inside it count.
            const bool separated = std::any_of(number.begin(), number.end(),
                                               [](QChar d) { return !d.isDigit() && d != QLatin1Char('+'); });
            const bool isDate =
                number.size() == 10 && number.at(4) == QLatin1Char('-') && number.at(7) == QLatin1Char('-');
            const bool wordAfter = end < n && (isWordChar(text.at(end)) || text.at(end) == QLatin1Char('.'));
            if (digitCount >= 8 && digitCount <= 15 && (separated || c == QLatin1Char('+')) && !isDate && !wordAfter)
                add(LeakFinding::Kind::Phone, i, end);
            if (end > i)
                i = end - 1;
        }
    }
}

} // namespace debrief
