#include "actions/actionfilter.h"

namespace debrief {

ActionFilter::ActionFilter(Criteria criteria, const QList<Participant> &roster, const QDate &today)
    : m_criteria(std::move(criteria))
    , m_today(today)
{
    if (m_criteria.owner.trimmed().isEmpty())
        return;
    m_owner = OwnerMatcher(roster).match(m_criteria.owner);
    if (m_owner.kind == OwnerMatch::Kind::Ambiguous) {
        m_problem =
            tr("“%1” could be several people: %2").arg(m_criteria.owner, m_owner.candidates.join(QStringLiteral(", ")));
    }
}

bool ActionFilter::accepts(const ActionItem &item) const
{
    if (m_criteria.overdueOnly && !item.isOverdue(m_today))
        return false;
    if (m_criteria.owner.trimmed().isEmpty())
        return true;
    if (m_owner.isMatched() && item.ownerParticipantId)
        return item.ownerParticipantId == m_owner.participantId;
    if (item.ownerText.isEmpty())
        return false;
    // Free-text owners: the typed name must name them as the roster matcher would.
    Participant written;
    written.displayName = item.ownerText;
    const OwnerMatcher single({written});
    if (single.match(m_criteria.owner).isMatched())
        return true;
    return m_owner.isMatched() && single.match(m_owner.displayName).isMatched();
}

QList<ActionItem> ActionFilter::apply(const QList<ActionItem> &items) const
{
    QList<ActionItem> accepted;
    for (const auto &item : items) {
        if (accepts(item))
            accepted.append(item);
    }
    return accepted;
}

} // namespace debrief
