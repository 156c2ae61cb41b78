#include "common/themeicon.h"

#include <QApplication>

namespace debrief {

QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return QApplication::style()->standardIcon(fallback);
}

} // namespace debrief
