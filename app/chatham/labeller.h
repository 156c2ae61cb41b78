#pragma once

#include <QCoreApplication>

#include "chatham/roster.h"
#include "chatham/tokentrie.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace debrief {

/// How people are named in an anonymised text.
enum class LabelStyle
{
    Letters, ///< speakers "Speaker A", "Speaker B"; everyone else "Participant 1", "Participant 2"
    Numbers, ///< everyone "Participant 1", "Participant 2"
    Roles,   ///< "a speaker", "an attendee"
    Remove,  ///< "[removed]"
};

/// How affiliations are named: "a company", or "Organisation 1", "Organisation 2".
enum class AffiliationStyle
{
    Generic,
    Numbered
};

/// Gives each person and affiliation one label, in order of first mention, and keeps it for
/// every later mention (also across documents anonymised by the same Anonymiser).
class Labeller
{
    Q_DECLARE_TR_FUNCTIONS(debrief::Labeller)
public:
    /// @p presetLabels (roster index → label) are labels given in earlier exports of the same
    /// meetup: they are kept, and new labels never reuse them.
    Labeller(const Roster &roster, LabelStyle style, AffiliationStyle affiliationStyle,
             const QHash<int, QString> &presetLabels = {});

    /// The label of @p owner, assigning the next free one on first use.
    [[nodiscard]] QString labelFor(MentionOwner owner);
    /// The labels given so far to people, by roster index. Never exported.
    [[nodiscard]] const QHash<int, QString> &personLabels() const { return m_people; }

    [[nodiscard]] static std::optional<LabelStyle> styleFromString(const QString &name);
    /// The stable name of @p style ("letters", "numbers", "roles", "remove"), as stored.
    [[nodiscard]] static QString styleName(LabelStyle style);
    /// "Speaker A" → "speaker-a": the form used inside URLs and file names.
    [[nodiscard]] static QString slug(const QString &label);

private:
    [[nodiscard]] QString newPersonLabel(int person);
    [[nodiscard]] QString nextPersonLabel(int person);

    const Roster &m_roster;
    LabelStyle m_style;
    AffiliationStyle m_affiliationStyle;
    QHash<int, QString> m_people;
    QHash<int, QString> m_affiliations;
    QSet<QString> m_presetLabels; ///< numbered labels taken by earlier exports
    int m_nextSpeaker = 0;
    int m_nextParticipant = 1;
    int m_nextOrganisation = 1;
};

} // namespace debrief
