#include "roster/rosterpersonform.h"

#include "roster/rostermodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace debrief {

RosterPersonForm::RosterPersonForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_affiliation(new QLineEdit(this))
    , m_aliases(listEdit(tr("Aliases")))
    , m_handles(listEdit(tr("Handles")))
    , m_emails(listEdit(tr("E-mails")))
    , m_urls(listEdit(tr("Profile URLs")))
{
    for (MeetupRole role : {MeetupRole::Speaker, MeetupRole::Attendee, MeetupRole::Organiser, MeetupRole::NoteTaker})
        m_role->addItem(displayName(role), int(role));
    m_name->setPlaceholderText(tr("Display name"));
    m_affiliation->setPlaceholderText(tr("Company or organisation"));
    m_aliases->setPlaceholderText(tr("Nicknames and other spellings, one per line"));
    m_handles->setPlaceholderText(tr("@handles, one per line"));
    m_emails->setPlaceholderText(tr("One address per line"));
    m_urls->setPlaceholderText(tr("github.com/…, linkedin.com/in/…, one per line"));

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(tr("&Role:"), m_role);
    layout->addRow(tr("A&ffiliation:"), m_affiliation);
    layout->addRow(tr("&Aliases:"), m_aliases);
    layout->addRow(tr("&Handles:"), m_handles);
    layout->addRow(tr("&E-mails:"), m_emails);
    layout->addRow(tr("Profile &URLs:"), m_urls);

    connect(m_name, &QLineEdit::textEdited, this, &RosterPersonForm::edited);
    connect(m_affiliation, &QLineEdit::textEdited, this, &RosterPersonForm::edited);
    connect(m_role, &QComboBox::activated, this, &RosterPersonForm::edited);
    for (QPlainTextEdit *edit : {m_aliases, m_handles, m_emails, m_urls}) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
            if (edit->document()->isModified())
                Q_EMIT edited();
        });
    }
}

QPlainTextEdit *RosterPersonForm::listEdit(const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Three lines are enough to see that there is a list without crowding the form.
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 2 * edit->frameWidth() + 8);
    return edit;
}

void RosterPersonForm::setEntry(const RosterEntry &entry)
{
    m_entry = entry;
    m_name->setText(entry.participant.displayName);
    m_role->setCurrentIndex(m_role->findData(int(entry.role)));
    m_affiliation->setText(entry.participant.affiliation);
    const auto show = [&](QPlainTextEdit *edit, AliasKind kind) {
        edit->setPlainText(RosterModel::aliasValues(entry.participant, kind).join(QLatin1Char('\n')));
        edit->document()->setModified(false);
    };
    show(m_aliases, AliasKind::Name);
    show(m_handles, AliasKind::Handle);
    show(m_emails, AliasKind::Email);
    show(m_urls, AliasKind::Url);
}

RosterEntry RosterPersonForm::entry() const
{
    RosterEntry result = m_entry;
    result.participant.displayName = m_name->text().simplified();
    result.participant.affiliation = m_affiliation->text().trimmed();
    result.role = static_cast<MeetupRole>(m_role->currentData().toInt());
    // The order of kinds is kept stable so that an unchanged form compares equal.
    Participant &p = result.participant;
    const QList<ParticipantAlias> before = p.aliases;
    p.aliases.clear();
    for (const auto &[kind, edit] : {std::pair{AliasKind::Name, m_aliases}, std::pair{AliasKind::Handle, m_handles},
                                     std::pair{AliasKind::Email, m_emails}, std::pair{AliasKind::Url, m_urls}}) {
        Participant one;
        RosterModel::setAliasValues(one, kind, RosterModel::splitList(edit->toPlainText()));
        p.aliases.append(one.aliases);
    }
    // Unchanged lists keep the stored order, so saving an untouched form writes nothing.
    auto sorted = [](QList<ParticipantAlias> list) {
        std::sort(list.begin(), list.end(), [](const ParticipantAlias &a, const ParticipantAlias &b) {
            return std::pair(int(a.kind), a.value) < std::pair(int(b.kind), b.value);
        });
        return list;
    };
    if (sorted(before) == sorted(p.aliases))
        p.aliases = before;
    return result;
}

void RosterPersonForm::clear()
{
    setEntry(RosterEntry{});
}

} // namespace debrief
