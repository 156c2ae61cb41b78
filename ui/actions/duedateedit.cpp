#include "actions/duedateedit.h"

#include <QCalendarWidget>
#include <QKeyEvent>

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
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        clearDueDate();
        event->accept();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

} // namespace debrief
