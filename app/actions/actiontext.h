#pragma once

#include <QString>

namespace debrief {

/// @p text on one line for tables and digests: line breaks and runs of whitespace become
/// one space and other control characters are dropped.
[[nodiscard]] inline QString singleLine(const QString &text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace())
            cleaned.append(QLatin1Char(' '));
        else if (c.category() != QChar::Other_Control)
            cleaned.append(c);
    }
    return cleaned.simplified();
}

} // namespace debrief
