#pragma once

#include <QMenu>

namespace debrief {

class AppSettings;

/// File ▸ Open Recent: the Markdown files edited last, newest first, each opened in place in
/// its own window; rebuilt each time it opens, so files that went away are not offered.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT
public:
    RecentFilesMenu(AppSettings &settings, QWidget *parent = nullptr);

    /// Fills the menu from the settings now (also done before it shows).
    void rebuild();

Q_SIGNALS:
    void fileChosen(const QString &path);

private:
    AppSettings &m_settings;
};

} // namespace debrief
