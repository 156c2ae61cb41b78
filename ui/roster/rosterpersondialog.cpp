#include "roster/rosterpersondialog.h"

#include "roster/rosterpersonform.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace debrief {

RosterPersonDialog::RosterPersonDialog(const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_form(new RosterPersonForm(this))
{
    setObjectName(QStringLiteral("rosterPersonDialog"));
    setWindowTitle(tr("Add to Roster"));
    RosterEntry entry;
    entry.participant.displayName = name;
    m_form->setEntry(entry);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Add"));
    const auto update = [this, ok] { ok->setEnabled(!m_form->nameEdit()->text().trimmed().isEmpty()); };
    connect(m_form->nameEdit(), &QLineEdit::textChanged, this, update);
    update();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
}

RosterEntry RosterPersonDialog::entry() const
{
    return m_form->entry();
}

} // namespace debrief
