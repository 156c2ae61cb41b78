#include "editing/spellingtokenizer.h"

namespace debrief {

namespace {

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark();
}

// A whitespace-separated token that is not prose as a whole.
bool isNonProseToken(QStringView token)
{
    if (token.contains(QLatin1String("://")) || token.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
        return true; // URL
    const int at = int(token.indexOf(QLatin1Char('@')));
    if (at >= 0)
        return true; // e-mail address or @handle
    if (token.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        return true;
    for (const QChar c : token)
        if (c.isDigit() || c == QLatin1Char('_') || c == QLatin1Char('/') || c == QLatin1Char('\\') ||
            c == QLatin1Char('='))
            return true; // identifiers, versions, paths, key=value
    return false;
}

} // namespace

QList<WordRange> SpellingTokenizer::words(QStringView line)
{
    QList<WordRange> result;
    const int n = int(line.size());
    int i = 0;
    while (i < n) {
        const QChar c = line[i];
        if (c == QLatin1Char('`')) {
            // A code span ends at the next run of the same number of backticks.
            int ticks = 0;
            while (i + ticks < n && line[i + ticks] == QLatin1Char('`'))
                ++ticks;
            const QString fence(ticks, QLatin1Char('`'));
            const int close = int(line.indexOf(fence, i + ticks));
            i = close < 0 ? n : close + ticks;
            continue;
        }
        if (c == QLatin1Char('<')) {
            // HTML tag or <autolink>
            const int close = int(line.indexOf(QLatin1Char('>'), i));
            if (close > i) {
                i = close + 1;
                continue;
            }
        }
        if (c == QLatin1Char(']') && i + 1 < n && line[i + 1] == QLatin1Char('(')) {
            const int close = int(line.indexOf(QLatin1Char(')'), i + 2));
            i = close < 0 ? n : close + 1; // link destination
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        // One whitespace-separated token, minus the markup around it.
        int end = i;
        while (end < n && !line[end].isSpace() && line[end] != QLatin1Char('`') &&
               !(line[end] == QLatin1Char(']') && end + 1 < n && line[end + 1] == QLatin1Char('(')))
            ++end;
        QStringView token = line.mid(i, end - i);
        // Emphasis and strike-through markers around a word are markup, not part of it.
        auto isMarkup = [](QChar ch) {
            return ch == QLatin1Char('_') || ch == QLatin1Char('*') || ch == QLatin1Char('~');
        };
        while (!token.isEmpty() && isMarkup(token.front()))
            token = token.mid(1);
        while (!token.isEmpty() && isMarkup(token.back()))
            token.chop(1);
        if (!isNonProseToken(token)) {
            int w = i;
            while (w < end) {
                if (!isWordChar(line[w])) {
                    ++w;
                    continue;
                }
                int we = w;
                while (we < end &&
                       (isWordChar(line[we]) || (isApostrophe(line[we]) && we + 1 < end && isWordChar(line[we + 1]))))
                    ++we;
                result.append({w, we - w});
                w = we;
            }
        }
        i = end;
    }
    return result;
}

} // namespace debrief
