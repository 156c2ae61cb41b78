#pragma once

#include <QIcon>
#include <QStyle>

namespace debrief {

/// The icon theme's @p name where the desktop provides one, otherwise the style's own
/// @p fallback, so toolbars and menus never show blank squares (Xvfb, bare window managers).
[[nodiscard]] QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback);

} // namespace debrief
