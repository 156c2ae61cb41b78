#pragma once

#include <QString>
#include <QStringView>

namespace debrief {

/// File-name and URL slugs: lowercase ASCII letters, digits and single dashes, accents folded
/// ("Ünïcode façade" → "unicode-facade"). Safe as a file name on every system: no dots, no
/// slashes, never empty.
class Slug
{
public:
    /// The slug of @p title, cut at a word boundary to at most @p maxLength characters;
    /// @p fallback when nothing usable is left (a title in a non-Latin script).
    [[nodiscard]] static QString fromTitle(QStringView title, int maxLength = 60,
                                           const QString &fallback = QStringLiteral("untitled"));
};

} // namespace debrief
