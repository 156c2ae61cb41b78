#pragma once

#include "model/enums.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace debrief {

/// Sorts action items by ActionItemsModel::SortRole (actions without a due date stay last in
/// both directions, since "no date" is neither early nor late) and filters them: a quick
/// filter (open, mine, overdue, due this week), one owner and one status, all combined.
class ActionItemsProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class QuickFilter
    {
        All,
        Open,
        Mine,
        Overdue,
        DueThisWeek
    };
    Q_ENUM(QuickFilter)

    explicit ActionItemsProxyModel(QObject *parent = nullptr);

    void setQuickFilter(QuickFilter filter);
    [[nodiscard]] QuickFilter quickFilter() const { return m_quick; }
    /// Who "mine" means, matched against the roster like an owner (empty: nobody).
    void setMyName(const QString &name);
    [[nodiscard]] QString myName() const { return m_myName; }
    /// Only the owner with this ActionItemsModel::OwnerKeyRole (empty: everyone).
    void setOwnerKey(const QString &key);
    void setStatusFilter(std::optional<ActionStatus> status);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QuickFilter m_quick = QuickFilter::All;
    QString m_myName;
    QString m_ownerKey;
    std::optional<ActionStatus> m_status;
};

} // namespace debrief
