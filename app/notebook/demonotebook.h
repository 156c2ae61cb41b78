#pragma once

#include "storage/result.h"

#include <QDate>

namespace debrief {

class Notebook;

/// Fills an empty notebook with a realistic example so a new user sees every feature at
/// once: a meetup with its roster, a Google-SRE-style postmortem, meetup notes that name
/// the participants, and action items with owners and due dates, some overdue relative
/// to @p today. Runs in one transaction: all or nothing.
Status createDemoNotebook(Notebook &notebook, const QDate &today);

} // namespace debrief
