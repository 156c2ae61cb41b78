#include "files/recentfilesmenu.h"

#include "files/recentfiles.h"
#include "settings/appsettings.h"

#include <QDir>
#include <QFileInfo>

namespace debrief {

RecentFilesMenu::RecentFilesMenu(AppSettings &settings, QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
    , m_settings(settings)
{
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = RecentFiles(m_settings).files();
    if (files.isEmpty()) {
        addAction(tr("No Recent Files"))->setEnabled(false);
        return;
    }
    int number = 0;
    for (const QString &path : files) {
        const QFileInfo info(path);
        // Numbered mnemonics as in Kate; the folder tells apart two postmortem.md files.
        QString label = info.fileName() + QStringLiteral("  —  ") + QDir::toNativeSeparators(info.absolutePath());
        label.replace(QLatin1Char('&'), QLatin1String("&&"));
        if (++number < 10)
            label = QStringLiteral("&%1  ").arg(number) + label;
        QAction *action = addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
    }
    addSeparator();
    connect(addAction(tr("&Clear List")), &QAction::triggered, this, [this] { RecentFiles(m_settings).clear(); });
}

} // namespace debrief
