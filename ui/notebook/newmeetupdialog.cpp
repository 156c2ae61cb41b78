#include "notebook/newmeetupdialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace debrief {

NewMeetupDialog::NewMeetupDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_startsAt(new QDateTimeEdit(this))
    , m_venue(new QLineEdit(this))
    , m_rule(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Meetup"));
    m_title->setPlaceholderText(tr("e.g. Failure Modes #12: Retry storms"));
    m_title->setMinimumWidth(320);

    // Meetups usually happen in the evening: start from today at 18:30.
    m_startsAt->setDateTime(QDateTime(QDate::currentDate(), QTime(18, 30)));
    m_startsAt->setCalendarPopup(true);
    m_startsAt->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));

    m_venue->setPlaceholderText(tr("Where it takes place"));
    for (Rule rule : {Rule::Chatham, Rule::OnRecord, Rule::OffRecord})
        m_rule->addItem(displayName(rule), int(rule));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Starts:"), m_startsAt);
    form->addRow(tr("&Venue:"), m_venue);
    form->addRow(tr("&Rule:"), m_rule);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &NewMeetupDialog::updateOkButton);
    updateOkButton();
    m_title->setFocus();
}

Meetup NewMeetupDialog::meetup() const
{
    Meetup meetup;
    meetup.title = m_title->text().trimmed();
    meetup.startsAt = m_startsAt->dateTime();
    meetup.venue = m_venue->text().trimmed();
    meetup.rule = Rule(m_rule->currentData().toInt());
    return meetup;
}

void NewMeetupDialog::setMeetupTitle(const QString &title)
{
    m_title->setText(title);
}

void NewMeetupDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
}

} // namespace debrief
