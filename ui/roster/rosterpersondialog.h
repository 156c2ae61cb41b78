#pragma once

#include "model/participant.h"

#include <QDialog>

namespace debrief {

class RosterPersonForm;

/// A dialog around RosterPersonForm for a new person, e.g. a name the leak scan found.
class RosterPersonDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RosterPersonDialog(const QString &name, QWidget *parent = nullptr);

    [[nodiscard]] RosterEntry entry() const;
    [[nodiscard]] RosterPersonForm *form() const { return m_form; }

private:
    RosterPersonForm *m_form;
};

} // namespace debrief
