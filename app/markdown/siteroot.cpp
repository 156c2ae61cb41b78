#include "markdown/siteroot.h"

#include <QDir>
#include <QFileInfo>

namespace debrief {

namespace {
// A site is rarely deeper than this below its top; looking further would reach $HOME or /.
constexpr int kMaxLevels = 8;
} // namespace

QString SiteRoot::of(const QString &documentDirectory)
{
    if (documentDirectory.isEmpty())
        return {};
    const QString start = QFileInfo(documentDirectory).canonicalFilePath();
    if (start.isEmpty())
        return {};
    // Never the home folder or above: a home kept in git (dotfiles) is no site, and its
    // images would be everything the user has.
    const QString home = QFileInfo(QDir::homePath()).canonicalFilePath();
    QDir dir(start);
    for (int level = 0; level < kMaxLevels; ++level) {
        if (!home.isEmpty() && !dir.absolutePath().startsWith(home + QLatin1Char('/')) && start.startsWith(home))
            break;
        if (dir.exists(QStringLiteral("_config.yml")) || dir.exists(QStringLiteral("_config.toml")) ||
            dir.exists(QStringLiteral(".git")))
            return dir.absolutePath();
        if (dir.isRoot() || !dir.cdUp())
            break;
    }
    return start;
}

QString SiteRoot::resolve(const QString &path, const QString &documentDirectory, const QString &root)
{
    if (path.isEmpty() || root.isEmpty())
        return {};
    QString candidate;
    if (QDir::isAbsolutePath(path)) {
        const QString fromTop = QDir::cleanPath(root + QLatin1Char('/') + path);
        candidate = QFileInfo::exists(fromTop) ? fromTop : path;
    } else {
        candidate = QDir(documentDirectory).absoluteFilePath(path);
    }
    // Symbolic links and ../ are resolved first: only files really inside the root count.
    const QString resolved = QFileInfo(candidate).canonicalFilePath();
    if (resolved.isEmpty() || !resolved.startsWith(root + QLatin1Char('/')))
        return {};
    return resolved;
}

} // namespace debrief
