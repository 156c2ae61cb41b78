#include "actions/actionitemsmodel.h"

#include "actions/ownermatcher.h"
#include "common/themeicon.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace debrief {

ActionItemsModel::ActionItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{}

void ActionItemsModel::setItems(const QList<ActionItem> &items)
{
    const bool sameRows = items.size() == m_items.size() &&
                          std::equal(items.cbegin(), items.cend(), m_items.cbegin(),
                                     [](const ActionItem &a, const ActionItem &b) { return a.id == b.id; });
    if (sameRows && !items.isEmpty()) {
        m_items = items;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_items = items;
    endResetModel();
}

void ActionItemsModel::setRoster(const QList<Participant> &roster)
{
    m_roster = roster;
    QHash<qint64, QString> names;
    for (const Participant &person : roster)
        names.insert(person.id, person.displayName);
    setOwnerNames(names);
}

void ActionItemsModel::setOwnerNames(const QHash<qint64, QString> &names)
{
    m_ownerNames = names;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, OwnerColumn), index(rowCount() - 1, OwnerColumn));
}

void ActionItemsModel::setToday(const QDate &today)
{
    if (m_today == today)
        return;
    m_today = today;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ActionItemsModel::openCount() const
{
    return int(
        std::count_if(m_items.cbegin(), m_items.cend(), [](const auto &item) { return !isClosed(item.status); }));
}

int ActionItemsModel::overdueCount() const
{
    return int(
        std::count_if(m_items.cbegin(), m_items.cend(), [this](const auto &item) { return item.isOverdue(m_today); }));
}

QColor ActionItemsModel::overdueColor()
{
    return QColor(0xe0, 0x40, 0x38);
}

int ActionItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ActionItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActionItemsModel::ownerName(const ActionItem &item) const
{
    if (!item.ownerText.isEmpty())
        return item.ownerText;
    if (item.ownerParticipantId)
        return m_ownerNames.value(*item.ownerParticipantId);
    return {};
}

QVariant ActionItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionItem &item = m_items.at(index.row());
    const bool overdue = item.isOverdue(m_today);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(item, index.column());
    case Qt::ToolTipRole:
        if (overdue)
            return tr("Overdue since %1").arg(QLocale().toString(item.dueDate, QLocale::LongFormat));
        return index.column() == TitleColumn ? QVariant(item.title) : QVariant();
    case Qt::ForegroundRole:
        return overdue ? QVariant(overdueColor()) : QVariant();
    case Qt::DecorationRole:
        if (overdue && index.column() == DueColumn)
            return themeIcon(QStringLiteral("dialog-warning"), QStyle::SP_MessageBoxWarning);
        return {};
    case IdRole:
        return item.id;
    case OverdueRole:
        return overdue;
    case SortRole:
        return sortData(item, index.column());
    case Qt::EditRole:
        return editData(item, index.column());
    case OwnerKeyRole:
        if (item.ownerParticipantId)
            return QString(QLatin1Char('#') + QString::number(*item.ownerParticipantId));
        return OwnerMatcher::fold(item.ownerText.trimmed());
    default:
        return {};
    }
}

QVariant ActionItemsModel::displayData(const ActionItem &item, int column) const
{
    switch (column) {
    case TitleColumn:
        return item.title;
    case OwnerColumn: {
        const QString owner = ownerName(item);
        return owner.isEmpty() ? tr("(nobody)") : owner;
    }
    case DueColumn:
        return item.dueDate.isValid() ? QLocale().toString(item.dueDate, QLocale::ShortFormat) : QString();
    case StatusColumn:
        return displayName(item.status);
    case PriorityColumn:
        return displayName(item.priority);
    default:
        return {};
    }
}

QVariant ActionItemsModel::editData(const ActionItem &item, int column) const
{
    switch (column) {
    case TitleColumn:
        return item.title;
    case OwnerColumn:
        return ownerName(item);
    case DueColumn:
        return item.dueDate;
    case StatusColumn:
        return int(item.status);
    case PriorityColumn:
        return int(item.priority);
    default:
        return {};
    }
}

Qt::ItemFlags ActionItemsModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool ActionItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ActionItem &item = m_items.at(index.row());
    ActionItem edited = item;
    switch (index.column()) {
    case TitleColumn:
        edited.title = value.toString().trimmed();
        if (edited.title.isEmpty())
            return false; // an action needs a title
        break;
    case OwnerColumn: {
        const QString written = value.toString().trimmed();
        const OwnerMatch match = OwnerMatcher(m_roster).match(written);
        edited.ownerParticipantId = match.isMatched() ? match.participantId : std::nullopt;
        edited.ownerText = match.isMatched() ? match.displayName : written;
        break;
    }
    case DueColumn:
        edited.dueDate = value.toDate();
        break;
    case StatusColumn:
        edited.status = ActionStatus(qBound(0, value.toInt(), int(ActionStatus::Dropped)));
        break;
    case PriorityColumn:
        edited.priority = ActionPriority(qBound(0, value.toInt(), int(ActionPriority::Urgent)));
        break;
    default:
        return false;
    }
    if (edited.title == item.title && edited.ownerParticipantId == item.ownerParticipantId &&
        edited.ownerText == item.ownerText && edited.dueDate == item.dueDate && edited.status == item.status &&
        edited.priority == item.priority)
        return false;
    Q_EMIT editRequested(edited);
    return true;
}

QVariant ActionItemsModel::sortData(const ActionItem &item, int column) const
{
    switch (column) {
    case OwnerColumn:
        return ownerName(item);
    case DueColumn:
        return item.dueDate; // invalid for undated; the proxy keeps those last
    case StatusColumn:
        return int(item.status);
    case PriorityColumn:
        return int(item.priority);
    default:
        return item.title;
    }
}

QVariant ActionItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case PriorityColumn:
        return tr("Priority");
    default:
        return {};
    }
}

} // namespace debrief
