#pragma once

#include "actions/ownermatcher.h"
#include "model/actionitem.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace debrief {

/// Selects actions by owner and overdue state, as `debrief actions --owner --overdue` and
/// the tracker's filters do. An owner matches by roster identity (any alias, a unique first
/// name) and, for actions whose owner is free text, by that text.
class ActionFilter
{
    Q_DECLARE_TR_FUNCTIONS(debrief::ActionFilter)
public:
    struct Criteria
    {
        bool overdueOnly = false;
        /// As typed; empty for everyone.
        QString owner;
    };

    ActionFilter(Criteria criteria, const QList<Participant> &roster, const QDate &today);

    /// Why the criteria cannot be applied (an owner who could be several people), or empty.
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] bool accepts(const ActionItem &item) const;
    [[nodiscard]] QList<ActionItem> apply(const QList<ActionItem> &items) const;

private:
    Criteria m_criteria;
    QDate m_today;
    OwnerMatch m_owner;
    QString m_problem;
};

} // namespace debrief
