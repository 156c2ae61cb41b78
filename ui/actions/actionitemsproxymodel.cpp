#include "actions/actionitemsproxymodel.h"

#include "actions/actionitemsmodel.h"

#include <QDate>

namespace debrief {

ActionItemsProxyModel::ActionItemsProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ActionItemsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

bool ActionItemsProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == ActionItemsModel::DueColumn) {
        const QDate a = left.data(sortRole()).toDate();
        const QDate b = right.data(sortRole()).toDate();
        if (a.isValid() != b.isValid()) {
            // The view reverses lessThan for descending order; answer so that undated ends last.
            const bool undatedIsGreater = sortOrder() == Qt::AscendingOrder;
            return a.isValid() == undatedIsGreater;
        }
        if (a != b)
            return a < b;
        // Same day: the earlier created (lower id) first, so the order is stable.
        return left.data(ActionItemsModel::IdRole).toLongLong() < right.data(ActionItemsModel::IdRole).toLongLong();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace debrief
