#pragma once

#include "model/actionitem.h"
#include "model/participant.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace debrief {

/// Action items as a table: title, owner, due date, status, priority. Open items past their
/// due date are marked overdue (colour, icon, tooltip) relative to an injectable "today".
/// Cells are editable; the model never writes itself but asks through editRequested(), and
/// shows the stored state once the caller sets the items again.
class ActionItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        PriorityColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles
    {
        IdRole = Qt::UserRole + 1, ///< qint64
        OverdueRole,               ///< bool
        SortRole,                  ///< a value that compares the way the column should sort
        OwnerKeyRole,              ///< groups one owner however linked ("#<id>" or folded text)
    };

    explicit ActionItemsModel(QObject *parent = nullptr);

    /// Replaces the items; the same actions in the same order are updated in place, so
    /// selection and scroll position survive a reload after an edit.
    void setItems(const QList<ActionItem> &items);
    [[nodiscard]] const QList<ActionItem> &items() const { return m_items; }
    [[nodiscard]] const ActionItem &item(int row) const { return m_items.at(row); }

    /// Display names of roster participants, for owners linked by id only.
    void setOwnerNames(const QHash<qint64, QString> &names);
    /// The notebook's participants: their names for owners, and for matching "mine".
    void setRoster(const QList<Participant> &roster);
    [[nodiscard]] const QList<Participant> &roster() const { return m_roster; }

    /// The day that decides what is overdue (the current date unless a test says otherwise).
    void setToday(const QDate &today);
    [[nodiscard]] QDate today() const { return m_today; }

    [[nodiscard]] int openCount() const;
    [[nodiscard]] int overdueCount() const;

    /// The colour of overdue rows: a red that stays readable on light and dark palettes.
    [[nodiscard]] static QColor overdueColor();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Edit values: the title and owner as text, the due date as a QDate (invalid clears it),
    /// status and priority as the enum's int.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The user changed a cell: @p edited is the action with the new value (and the
    /// revision that was shown, for the conflict check).
    void editRequested(const debrief::ActionItem &edited);

private:
    [[nodiscard]] QVariant editData(const ActionItem &item, int column) const;
    [[nodiscard]] QString ownerName(const ActionItem &item) const;
    [[nodiscard]] QVariant displayData(const ActionItem &item, int column) const;
    [[nodiscard]] QVariant sortData(const ActionItem &item, int column) const;

    QList<ActionItem> m_items;
    QHash<qint64, QString> m_ownerNames;
    QList<Participant> m_roster;
    QDate m_today;
};

} // namespace debrief
