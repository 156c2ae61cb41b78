#pragma once

#include "model/actionitem.h"
#include "model/participant.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace debrief {

/// The name to show for an action's owner: the roster participant's current display name,
/// else the owner as written.
class OwnerNames
{
    Q_DECLARE_TR_FUNCTIONS(debrief::OwnerNames)
public:
    OwnerNames() = default;
    explicit OwnerNames(const QList<Participant> &roster);

    /// Empty when the action has no owner.
    [[nodiscard]] QString nameFor(const ActionItem &item) const;
    /// Groups the same owner however it is linked: "#<id>" for a participant, else the folded text.
    [[nodiscard]] QString keyFor(const ActionItem &item) const;
    /// What to call actions without an owner in a heading.
    [[nodiscard]] static QString noOwner();

private:
    QHash<qint64, QString> m_names;
};

} // namespace debrief
