#include "chatham/labeller.h"

#include <QCoreApplication>

namespace debrief {

namespace {

/// 0 → "A", 25 → "Z", 26 → "AA": spreadsheet-style column letters.
QString letters(int index)
{
    QString result;
    int value = index + 1;
    while (value > 0) {
        const int remainder = (value - 1) % 26;
        result.prepend(QChar(u'A' + remainder));
        value = (value - 1) / 26;
    }
    return result;
}

QString roleLabel(MeetupRole role)
{
    switch (role) {
    case MeetupRole::Speaker:
        return Labeller::tr("a speaker");
    case MeetupRole::Attendee:
        return Labeller::tr("an attendee");
    case MeetupRole::Organiser:
        return Labeller::tr("an organiser");
    case MeetupRole::NoteTaker:
        return Labeller::tr("a note-taker");
    }
    return Labeller::tr("a participant");
}

} // namespace

Labeller::Labeller(const Roster &roster, LabelStyle style, AffiliationStyle affiliationStyle,
                   const QHash<int, QString> &presetLabels)
    : m_roster(roster)
    , m_style(style)
    , m_affiliationStyle(affiliationStyle)
{
    for (auto it = presetLabels.cbegin(); it != presetLabels.cend(); ++it) {
        if (it.key() < 0 || it.key() >= roster.size() || it.value().isEmpty())
            continue;
        m_people.insert(it.key(), it.value());
        m_presetLabels.insert(it.value());
    }
}

QString Labeller::styleName(LabelStyle style)
{
    switch (style) {
    case LabelStyle::Letters:
        return QStringLiteral("letters");
    case LabelStyle::Numbers:
        return QStringLiteral("numbers");
    case LabelStyle::Roles:
        return QStringLiteral("roles");
    case LabelStyle::Remove:
        return QStringLiteral("remove");
    }
    return QStringLiteral("letters");
}

std::optional<LabelStyle> Labeller::styleFromString(const QString &name)
{
    if (name == QLatin1String("letters"))
        return LabelStyle::Letters;
    if (name == QLatin1String("numbers"))
        return LabelStyle::Numbers;
    if (name == QLatin1String("roles"))
        return LabelStyle::Roles;
    if (name == QLatin1String("remove"))
        return LabelStyle::Remove;
    return std::nullopt;
}

QString Labeller::slug(const QString &label)
{
    QString result;
    for (const QChar c : label) {
        if (c.isLetterOrNumber())
            result.append(c.toLower());
        else if (!result.isEmpty() && !result.endsWith(QLatin1Char('-')))
            result.append(QLatin1Char('-'));
    }
    while (result.endsWith(QLatin1Char('-')))
        result.chop(1);
    return result;
}

QString Labeller::newPersonLabel(int person)
{
    // Role labels and "[removed]" are shared by design; only numbered labels are unique.
    if (m_style == LabelStyle::Roles || m_style == LabelStyle::Remove)
        return nextPersonLabel(person);
    // A label taken by an earlier export belongs to that person: numbering skips it.
    QString label;
    do
        label = nextPersonLabel(person);
    while (m_presetLabels.contains(label));
    return label;
}

QString Labeller::nextPersonLabel(int person)
{
    const MeetupRole role = m_roster.at(person).role;
    switch (m_style) {
    case LabelStyle::Letters:
        if (role == MeetupRole::Speaker)
            return Labeller::tr("Speaker %1").arg(letters(m_nextSpeaker++));
        return Labeller::tr("Participant %1").arg(m_nextParticipant++);
    case LabelStyle::Numbers:
        return Labeller::tr("Participant %1").arg(m_nextParticipant++);
    case LabelStyle::Roles:
        return roleLabel(role);
    case LabelStyle::Remove:
        return Labeller::tr("[removed]");
    }
    return Labeller::tr("[removed]");
}

QString Labeller::labelFor(MentionOwner owner)
{
    switch (owner.type) {
    case MentionOwner::Type::Person: {
        auto it = m_people.find(owner.index);
        if (it == m_people.end())
            it = m_people.insert(owner.index, newPersonLabel(owner.index));
        return it.value();
    }
    case MentionOwner::Type::SeveralPeople:
        // The same name belongs to several people: a label for one of them could be wrong.
        return m_style == LabelStyle::Remove ? Labeller::tr("[removed]") : Labeller::tr("a participant");
    case MentionOwner::Type::Affiliation: {
        if (m_affiliationStyle == AffiliationStyle::Generic)
            return Labeller::tr("a company");
        auto it = m_affiliations.find(owner.index);
        if (it == m_affiliations.end())
            it = m_affiliations.insert(owner.index, Labeller::tr("Organisation %1").arg(m_nextOrganisation++));
        return it.value();
    }
    }
    return Labeller::tr("[removed]");
}

} // namespace debrief
