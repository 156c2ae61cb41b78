#include "common/warningtint.h"

namespace debrief {

QColor warningTint(const QColor &window)
{
    const QColor warning(0xf6, 0x74, 0x00);
    QColor tint;
    tint.setRgbF(window.redF() * 0.8 + warning.redF() * 0.2, window.greenF() * 0.8 + warning.greenF() * 0.2,
                 window.blueF() * 0.8 + warning.blueF() * 0.2);
    return tint;
}

} // namespace debrief
