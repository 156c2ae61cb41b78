#include "actions/actionitemsproxymodel.h"

#include "actions/actionfilter.h"
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

void ActionItemsProxyModel::setQuickFilter(QuickFilter filter)
{
    if (m_quick == filter)
        return;
    m_quick = filter;
    invalidateFilter();
}

void ActionItemsProxyModel::setMyName(const QString &name)
{
    if (m_myName == name)
        return;
    m_myName = name;
    invalidateFilter();
}

void ActionItemsProxyModel::setOwnerKey(const QString &key)
{
    if (m_ownerKey == key)
        return;
    m_ownerKey = key;
    invalidateFilter();
}

void ActionItemsProxyModel::setStatusFilter(std::optional<ActionStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateFilter();
}

bool ActionItemsProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const ActionItemsModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const ActionItem &item = model->item(sourceRow);
    const QDate today = model->today();
    if (m_status && item.status != *m_status)
        return false;
    if (!m_ownerKey.isEmpty() &&
        model->index(sourceRow, 0).data(ActionItemsModel::OwnerKeyRole).toString() != m_ownerKey)
        return false;
    switch (m_quick) {
    case QuickFilter::All:
        return true;
    case QuickFilter::Open:
        return !isClosed(item.status);
    case QuickFilter::Mine: {
        if (m_myName.trimmed().isEmpty())
            return false;
        // Built per row: rosters are small, and the filter stays free of stale copies.
        const ActionFilter mine(ActionFilter::Criteria{false, m_myName}, model->roster(), today);
        return mine.accepts(item);
    }
    case QuickFilter::Overdue:
        return item.isOverdue(today);
    case QuickFilter::DueThisWeek: {
        // Monday to Sunday of today's week, open actions only.
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        return !isClosed(item.status) && item.dueDate.isValid() && item.dueDate >= monday &&
               item.dueDate <= monday.addDays(6);
    }
    }
    return true;
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
