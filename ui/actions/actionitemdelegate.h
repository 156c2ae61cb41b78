#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace debrief {

/// Editors for the action-items table: the owner with completion from the roster, the due
/// date with a calendar (clearable), status and priority as combo boxes, the title as text.
class ActionItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ActionItemDelegate(QObject *parent = nullptr);

    /// Names offered while typing an owner.
    void setOwnerNames(const QStringList &names) { m_ownerNames = names; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList m_ownerNames;
};

} // namespace debrief
