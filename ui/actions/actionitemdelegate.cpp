#include "actions/actionitemdelegate.h"

#include "actions/actionitemsmodel.h"
#include "actions/duedateedit.h"
#include "model/enums.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace debrief {

ActionItemDelegate::ActionItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *ActionItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    switch (index.column()) {
    case ActionItemsModel::OwnerColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(tr("Nobody"));
        auto *completer = new QCompleter(m_ownerNames, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
        return edit;
    }
    case ActionItemsModel::DueColumn:
        return new DueDateEdit(parent);
    case ActionItemsModel::StatusColumn: {
        auto *combo = new QComboBox(parent);
        for (ActionStatus status : {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Blocked,
                                    ActionStatus::Done, ActionStatus::Dropped})
            combo->addItem(displayName(status), int(status));
        return combo;
    }
    case ActionItemsModel::PriorityColumn: {
        auto *combo = new QComboBox(parent);
        for (ActionPriority priority :
             {ActionPriority::Low, ActionPriority::Normal, ActionPriority::High, ActionPriority::Urgent})
            combo->addItem(displayName(priority), int(priority));
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ActionItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *due = qobject_cast<DueDateEdit *>(editor)) {
        due->setDueDate(value.toDate());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(value.toInt()));
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(value.toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ActionItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *due = qobject_cast<DueDateEdit *>(editor))
        model->setData(index, due->dueDate());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData());
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        model->setData(index, edit->text());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace debrief
