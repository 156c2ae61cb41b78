#pragma once

#include "actions/ownernames.h"
#include "model/actionitem.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace debrief {

/// A per-owner Markdown summary of open actions to send after a meetup:
/// "## Priya Sharma — 3 open, 1 overdue" and then each action with its due date, overdue ones
/// marked. Owners are sorted by name, actions by due date (undated last); actions without an
/// owner come last. Closed actions are left out.
class ActionDigest
{
    Q_DECLARE_TR_FUNCTIONS(debrief::ActionDigest)
public:
    [[nodiscard]] static QString toMarkdown(const QList<ActionItem> &items, const OwnerNames &owners,
                                            const QDate &today);
};

} // namespace debrief
