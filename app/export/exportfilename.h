#pragma once

#include <QDate>
#include <QSet>
#include <QString>

namespace debrief {

/// File names for exports, built only from a slug of the title (which, in a Chatham House
/// export, is already anonymised) and the date: never from a person's name, never with a
/// path separator, `..` or a name Windows reserves (CON, NUL, COM1 ...).
class ExportFileName
{
public:
    /// `YYYY-MM-DD-slug.md`, the name Jekyll expects in `_posts/`; today when @p date is invalid.
    [[nodiscard]] static QString jekyllPost(const QString &title, const QDate &date);
    /// `slug.SUFFIX`.
    [[nodiscard]] static QString forTitle(const QString &title, const QString &suffix);
    /// The slug part: safe on every file system, `untitled` when nothing usable is left.
    [[nodiscard]] static QString safeSlug(const QString &title);
    /// @p name, or `base-2.suffix`, `base-3.suffix` … when @p taken (lower-case names already
    /// used by this export) has it; the name returned is added to @p taken. Two documents with
    /// one title must not end up in one file.
    [[nodiscard]] static QString unique(const QString &name, QSet<QString> &taken);
    /// True for names Windows refuses whatever the extension (`con`, `aux`, `lpt1` ...).
    [[nodiscard]] static bool isReserved(const QString &baseName);
};

} // namespace debrief
