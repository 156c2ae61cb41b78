#pragma once

#include <QColor>

namespace debrief {

/// The background of a bar that asks the user to decide (a conflict, say): a warm tint of
/// the surrounding @p window colour, which reads as a warning in light and dark themes alike.
[[nodiscard]] QColor warningTint(const QColor &window);

} // namespace debrief
