#pragma once

#include "notebook/documentautosaver.h"

#include <optional>

class QWidget;

namespace debrief {

/// Asks how to end a save conflict (someone saved the document first): keep my version,
/// take theirs, or keep both with mine as a copy. Nothing is lost by any answer but
/// "theirs", which says so. Returns nothing when the user postpones the decision.
std::optional<DocumentAutosaver::Resolution> askConflictResolution(const QString &documentTitle, QWidget *parent);

} // namespace debrief
