#pragma once

#include <QSortFilterProxyModel>

namespace debrief {

/// Sorts action items by ActionItemsModel::SortRole; actions without a due date stay last
/// in both directions, since "no date" is neither early nor late.
class ActionItemsProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ActionItemsProxyModel(QObject *parent = nullptr);

protected:
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace debrief
