#pragma once

#include <QDateEdit>

namespace debrief {

/// A due-date editor with a calendar popup that can also say "no due date": its minimum
/// date stands for none and is shown as such; Delete (or Backspace over the whole date) clears it.
class DueDateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit DueDateEdit(QWidget *parent = nullptr);

    /// Shows @p date, or "no due date" for an invalid one.
    void setDueDate(const QDate &date);
    /// The chosen date, invalid when cleared.
    [[nodiscard]] QDate dueDate() const;
    void clearDueDate();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace debrief
