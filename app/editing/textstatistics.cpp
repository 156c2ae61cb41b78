#include "editing/textstatistics.h"

namespace debrief {

TextStatistics TextStatistics::count(QStringView text)
{
    TextStatistics stats;
    bool inWord = false;
    for (const QChar ch : text) {
        if (ch != QLatin1Char('\n') && ch != QChar(0x2029))
            ++stats.characters;
        if (ch.isLetterOrNumber()) {
            if (!inWord)
                ++stats.words;
            inWord = true;
        } else if (!(inWord && (ch == QLatin1Char('\'') || ch == QChar(0x2019) || ch == QLatin1Char('-')))) {
            inWord = false;
        }
    }
    return stats;
}

} // namespace debrief
