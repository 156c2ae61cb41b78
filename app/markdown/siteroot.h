#pragma once

#include <QString>

namespace debrief {

/// The folder a document's local images may come from. Postmortem repositories and Jekyll
/// sites keep images beside the posts (`../assets/x.png`) or address them from the site's top
/// (`/assets/x.png`), so that is the top of the site or repository: the nearest folder at or
/// above the document's that holds `_config.yml` or `.git`, below the home folder. Without
/// one, the document's own folder. Nothing outside it is ever read.
class SiteRoot
{
public:
    /// The root for a document in @p documentDirectory (canonical; empty when that is empty).
    [[nodiscard]] static QString of(const QString &documentDirectory);
    /// Where image @p path of such a document is read from: `/x` from the site's top when
    /// that file exists there, a relative path from the document's folder, and an absolute
    /// path as it is. Empty when the result would lie outside @p root.
    [[nodiscard]] static QString resolve(const QString &path, const QString &documentDirectory, const QString &root);
};

} // namespace debrief
