#include "files/recentfiles.h"

#include "settings/appsettings.h"

#include <QFileInfo>

namespace debrief {

QStringList RecentFiles::added(QStringList list, const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maximum)
        list.removeLast();
    return list;
}

void RecentFiles::add(const QString &path)
{
    m_settings.setRecentFiles(added(m_settings.recentFiles(), path));
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = m_settings.recentFiles();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings.setRecentFiles(list);
}

void RecentFiles::clear()
{
    m_settings.setRecentFiles({});
}

QStringList RecentFiles::files() const
{
    QStringList existing;
    for (const QString &path : m_settings.recentFiles()) {
        if (QFileInfo::exists(path))
            existing.append(path);
    }
    return existing;
}

} // namespace debrief
