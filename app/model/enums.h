#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace debrief {

/// How a meetup or document may be quoted: the Chatham House Rule by default.
enum class Rule
{
    OnRecord,
    Chatham,
    OffRecord
};

enum class DocumentKind
{
    Postmortem,
    MeetupNotes,
    TalkNotes,
    Reading
};

enum class MeetupRole
{
    Speaker,
    Attendee,
    Organiser,
    NoteTaker
};

/// Affiliation aliases are the short forms of the participant's affiliation ("Kestrel" for
/// "Kestrel Pay"), so they are anonymised with it.
enum class AliasKind
{
    Name,
    Handle,
    Email,
    Url,
    Affiliation
};

enum class ActionStatus
{
    Open,
    InProgress,
    Blocked,
    Done,
    Dropped
};

enum class ActionPriority
{
    Low,
    Normal,
    High,
    Urgent
};

// Stable storage spellings (never translated: they are written to the database and to files).
[[nodiscard]] QString toStorageString(Rule value);
[[nodiscard]] QString toStorageString(DocumentKind value);
[[nodiscard]] QString toStorageString(MeetupRole value);
[[nodiscard]] QString toStorageString(AliasKind value);
[[nodiscard]] QString toStorageString(ActionStatus value);
[[nodiscard]] QString toStorageString(ActionPriority value);

[[nodiscard]] std::optional<Rule> ruleFromString(QStringView text);
[[nodiscard]] std::optional<DocumentKind> documentKindFromString(QStringView text);
[[nodiscard]] std::optional<MeetupRole> meetupRoleFromString(QStringView text);
[[nodiscard]] std::optional<AliasKind> aliasKindFromString(QStringView text);
[[nodiscard]] std::optional<ActionStatus> actionStatusFromString(QStringView text);
[[nodiscard]] std::optional<ActionPriority> actionPriorityFromString(QStringView text);

// Translated names for the user interface.
[[nodiscard]] QString displayName(Rule value);
[[nodiscard]] QString displayName(DocumentKind value);
[[nodiscard]] QString displayName(MeetupRole value);
[[nodiscard]] QString displayName(ActionStatus value);
[[nodiscard]] QString displayName(ActionPriority value);

/// Done and dropped actions need no more work; everything else is still open.
[[nodiscard]] constexpr bool isClosed(ActionStatus status)
{
    return status == ActionStatus::Done || status == ActionStatus::Dropped;
}

} // namespace debrief
