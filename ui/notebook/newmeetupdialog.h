#pragma once

#include "model/meetup.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLineEdit;

namespace debrief {

/// Asks for a new meetup's title, start and venue, and the rule it runs under.
class NewMeetupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewMeetupDialog(QWidget *parent = nullptr);

    /// The meetup as entered (not stored yet).
    [[nodiscard]] Meetup meetup() const;
    void setMeetupTitle(const QString &title);

private:
    void updateOkButton();

    QLineEdit *m_title;
    QDateTimeEdit *m_startsAt;
    QLineEdit *m_venue;
    QComboBox *m_rule;
    QDialogButtonBox *m_buttons;
};

} // namespace debrief
