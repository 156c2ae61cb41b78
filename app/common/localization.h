#pragma once

#include <QLocale>

class QCoreApplication;

namespace debrief {

/// Installs Debrief's and Qt's own translations for @p locale (the system locale by default).
/// Returns true when a Debrief translation for that language was found.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace debrief
