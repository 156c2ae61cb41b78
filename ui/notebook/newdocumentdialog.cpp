#include "notebook/newdocumentdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace debrief {

NewDocumentDialog::NewDocumentDialog(const QList<Meetup> &meetups, std::optional<qint64> meetupId, QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_meetup(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Document"));
    for (DocumentKind kind :
         {DocumentKind::Postmortem, DocumentKind::MeetupNotes, DocumentKind::TalkNotes, DocumentKind::Reading})
        m_kind->addItem(displayName(kind), int(kind));

    m_title->setPlaceholderText(tr("e.g. Checkout outage of 14 March"));
    m_title->setMinimumWidth(320);

    m_meetup->addItem(tr("No meetup"), QVariant());
    for (const Meetup &meetup : meetups)
        m_meetup->addItem(meetup.title, meetup.id);
    if (meetupId) {
        const int row = m_meetup->findData(*meetupId);
        m_meetup->setCurrentIndex(qMax(row, 0));
        // Notes written inside a meetup are most likely notes of that meetup.
        setKind(DocumentKind::MeetupNotes);
    }

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Meetup:"), m_meetup);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &NewDocumentDialog::updateOkButton);
    updateOkButton();
    m_title->setFocus();
}

DocumentKind NewDocumentDialog::kind() const
{
    return DocumentKind(m_kind->currentData().toInt());
}

QString NewDocumentDialog::title() const
{
    return m_title->text().trimmed();
}

std::optional<qint64> NewDocumentDialog::meetupId() const
{
    const QVariant id = m_meetup->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

void NewDocumentDialog::setKind(DocumentKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void NewDocumentDialog::setTitle(const QString &title)
{
    m_title->setText(title);
}

void NewDocumentDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!title().isEmpty());
}

} // namespace debrief
