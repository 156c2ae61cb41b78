#pragma once

#include <QString>
#include <QStringView>

namespace debrief {

/// File-name and URL slugs: lowercase letters, digits and single dashes, Latin accents folded
/// to ASCII ("Ünïcode façade" → "unicode-facade"), other scripts kept ("障害報告",
/// "отказ-бд"). Safe as a file name on every system: no dots, no slashes, never empty.
class Slug
{
public:
    /// The slug of @p title, cut at a word boundary to at most @p maxLength characters;
    /// @p fallback when nothing usable is left (a title of emoji and punctuation).
    [[nodiscard]] static QString fromTitle(QStringView title, int maxLength = 60,
                                           const QString &fallback = QStringLiteral("untitled"));
};

} // namespace debrief
