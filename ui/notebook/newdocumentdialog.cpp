#include "notebook/newdocumentdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace debrief {

namespace {

QString templateLabel(const DocumentTemplate &entry)
{
    static const QHash<QString, const char *> builtIns = {
        {QStringLiteral("postmortem-sre"), QT_TRANSLATE_NOOP("debrief::NewDocumentDialog", "Postmortem (Google SRE)")},
        {QStringLiteral("meetup-notes"), QT_TRANSLATE_NOOP("debrief::NewDocumentDialog", "Meetup notes")},
        {QStringLiteral("talk-notes"), QT_TRANSLATE_NOOP("debrief::NewDocumentDialog", "Talk notes")},
        {QStringLiteral("reading-notes"), QT_TRANSLATE_NOOP("debrief::NewDocumentDialog", "Reading notes")},
    };
    if (entry.builtIn && builtIns.contains(entry.name))
        return QCoreApplication::translate("debrief::NewDocumentDialog", builtIns.value(entry.name));
    return entry.builtIn
               ? entry.name
               : QCoreApplication::translate("debrief::NewDocumentDialog", "%1 (your template)").arg(entry.name);
}

QString builtInTemplateFor(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Postmortem:
        return TemplateLibrary::defaultPostmortem();
    case DocumentKind::MeetupNotes:
        return QStringLiteral("meetup-notes");
    case DocumentKind::TalkNotes:
        return QStringLiteral("talk-notes");
    case DocumentKind::Reading:
        return QStringLiteral("reading-notes");
    }
    return {};
}

} // namespace

NewDocumentDialog::NewDocumentDialog(const QList<Meetup> &meetups, std::optional<qint64> meetupId,
                                     const QList<DocumentTemplate> &templates, QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_template(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_meetup(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Document"));
    for (DocumentKind kind :
         {DocumentKind::Postmortem, DocumentKind::MeetupNotes, DocumentKind::TalkNotes, DocumentKind::Reading})
        m_kind->addItem(displayName(kind), int(kind));

    m_template->addItem(tr("Blank document"), QString());
    for (const DocumentTemplate &entry : templates)
        m_template->addItem(templateLabel(entry), entry.name);
    m_template->setCurrentIndex(qMax(0, m_template->findData(builtInTemplateFor(kind()))));
    connect(m_kind, &QComboBox::activated, this, [this] { setKind(kind()); });
    connect(m_template, &QComboBox::activated, this, [this] {
        // A template says what it is for: the kind follows it.
        if (!templateName().isEmpty())
            m_kind->setCurrentIndex(m_kind->findData(int(TemplateLibrary::kindForName(templateName()))));
    });

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
    form->addRow(tr("Te&mplate:"), m_template);
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

QString NewDocumentDialog::templateName() const
{
    return m_template->currentData().toString();
}

void NewDocumentDialog::setKind(DocumentKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    if (m_template) {
        if (const int row = m_template->findData(builtInTemplateFor(kind)); row >= 0)
            m_template->setCurrentIndex(row);
    }
}

void NewDocumentDialog::setTemplateName(const QString &name)
{
    m_template->setCurrentIndex(qMax(0, m_template->findData(name)));
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
