#pragma once

#include <QString>
#include <QStringList>

namespace debrief {

class AppSettings;

/// The files opened last (File ▸ Open Recent), newest first, kept in AppSettings.
class RecentFiles
{
public:
    static constexpr int maximum = 10;

    explicit RecentFiles(AppSettings &settings)
        : m_settings(settings)
    {}

    /// Puts @p path (made absolute) first, once, and drops the oldest beyond maximum.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    /// The list, without files that no longer exist.
    [[nodiscard]] QStringList files() const;

    /// The list after adding @p path to @p list.
    [[nodiscard]] static QStringList added(QStringList list, const QString &path);

private:
    AppSettings &m_settings;
};

} // namespace debrief
