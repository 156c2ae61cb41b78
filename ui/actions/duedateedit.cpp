#include "actions/duedateedit.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

namespace debrief {

namespace {
// Far enough back that nobody sets it on purpose; the day before "none" is never shown.
const QDate kNone(2000, 1, 1);
} // namespace

DueDateEdit::DueDateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setMinimumDate(kNone);
    setSpecialValueText(tr("No due date"));
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setToolTip(tr("Pick a day from the calendar; Delete clears the due date"));
    setAccessibleName(tr("Due date"));
}

void DueDateEdit::setDueDate(const QDate &date)
{
    setDate(date.isValid() && date > kNone ? date : kNone);
    if (!date.isValid())
        calendarWidget()->setSelectedDate(QDate::currentDate());
}

QDate DueDateEdit::dueDate() const
{
    return date() <= kNone ? QDate() : date();
}

void DueDateEdit::clearDueDate()
{
    setDate(kNone);
}

void DueDateEdit::keyPressEvent(QKeyEvent *event)
{
    // Backspace corrects the digit before the cursor, as in any date field; it clears the
    // date only when all of it is selected. Delete always clears.
    const bool allSelected = lineEdit()->hasSelectedText() && lineEdit()->selectedText() == lineEdit()->text();
    if (event->key() == Qt::Key_Delete || (event->key() == Qt::Key_Backspace && allSelected)) {
        clearDueDate();
        event->accept();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

} // namespace debrief
