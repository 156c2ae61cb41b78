#pragma once

#include "model/enums.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace debrief {

struct RosterEntry;

/// One person as the anonymiser sees them: every way they can be written.
struct RosterPerson
{
    QString name;        ///< display name, e.g. "Priya Sharma"
    QStringList aliases; ///< nicknames and other spellings or scripts
    QStringList handles; ///< without the leading @
    QStringList emails;
    QStringList urls;               ///< profile URLs
    QString affiliation;            ///< e.g. "Acme Payments Ltd"
    QStringList affiliationAliases; ///< short forms, e.g. "Acme"
    MeetupRole role = MeetupRole::Attendee;

    friend bool operator==(const RosterPerson &, const RosterPerson &) = default;
};

/// The people of one meetup or export: the input of the anonymiser and the leak scanner.
class Roster
{
public:
    Roster() = default;
    explicit Roster(QList<RosterPerson> people)
        : m_people(std::move(people))
    {}

    /// Converts the notebook's roster (participants with their aliases and roles).
    [[nodiscard]] static Roster fromEntries(const QList<RosterEntry> &entries);

    [[nodiscard]] const QList<RosterPerson> &people() const { return m_people; }
    [[nodiscard]] qsizetype size() const { return m_people.size(); }
    [[nodiscard]] bool isEmpty() const { return m_people.isEmpty(); }
    [[nodiscard]] const RosterPerson &at(qsizetype index) const { return m_people.at(index); }
    void append(const RosterPerson &person) { m_people.append(person); }

private:
    QList<RosterPerson> m_people;
};

} // namespace debrief
