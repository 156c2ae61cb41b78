#include "model/enums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace debrief {

namespace {

template<typename Enum, std::size_t N>
QString storageName(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QLatin1String(name);
    }
    Q_UNREACHABLE();
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromStorageName(const std::array<std::pair<Enum, const char *>, N> &table, QStringView text)
{
    for (const auto &[candidate, name] : table) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Rule, const char *>, 3> kRules{{
    {Rule::OnRecord, "on-record"},
    {Rule::Chatham, "chatham"},
    {Rule::OffRecord, "off-record"},
}};

constexpr std::array<std::pair<DocumentKind, const char *>, 4> kKinds{{
    {DocumentKind::Postmortem, "postmortem"},
    {DocumentKind::MeetupNotes, "meetup-notes"},
    {DocumentKind::TalkNotes, "talk-notes"},
    {DocumentKind::Reading, "reading"},
}};

constexpr std::array<std::pair<MeetupRole, const char *>, 4> kRoles{{
    {MeetupRole::Speaker, "speaker"},
    {MeetupRole::Attendee, "attendee"},
    {MeetupRole::Organiser, "organiser"},
    {MeetupRole::NoteTaker, "note-taker"},
}};

constexpr std::array<std::pair<AliasKind, const char *>, 5> kAliasKinds{{
    {AliasKind::Name, "name"},
    {AliasKind::Handle, "handle"},
    {AliasKind::Email, "email"},
    {AliasKind::Url, "url"},
    {AliasKind::Affiliation, "affiliation"},
}};

constexpr std::array<std::pair<ActionStatus, const char *>, 5> kStatuses{{
    {ActionStatus::Open, "open"},
    {ActionStatus::InProgress, "in-progress"},
    {ActionStatus::Blocked, "blocked"},
    {ActionStatus::Done, "done"},
    {ActionStatus::Dropped, "dropped"},
}};

constexpr std::array<std::pair<ActionPriority, const char *>, 4> kPriorities{{
    {ActionPriority::Low, "low"},
    {ActionPriority::Normal, "normal"},
    {ActionPriority::High, "high"},
    {ActionPriority::Urgent, "urgent"},
}};

} // namespace

QString toStorageString(Rule value)
{
    return storageName(kRules, value);
}
QString toStorageString(DocumentKind value)
{
    return storageName(kKinds, value);
}
QString toStorageString(MeetupRole value)
{
    return storageName(kRoles, value);
}
QString toStorageString(AliasKind value)
{
    return storageName(kAliasKinds, value);
}
QString toStorageString(ActionStatus value)
{
    return storageName(kStatuses, value);
}
QString toStorageString(ActionPriority value)
{
    return storageName(kPriorities, value);
}

std::optional<Rule> ruleFromString(QStringView text)
{
    return fromStorageName(kRules, text);
}
std::optional<DocumentKind> documentKindFromString(QStringView text)
{
    return fromStorageName(kKinds, text);
}
std::optional<MeetupRole> meetupRoleFromString(QStringView text)
{
    return fromStorageName(kRoles, text);
}
std::optional<AliasKind> aliasKindFromString(QStringView text)
{
    return fromStorageName(kAliasKinds, text);
}
std::optional<ActionStatus> actionStatusFromString(QStringView text)
{
    return fromStorageName(kStatuses, text);
}
std::optional<ActionPriority> actionPriorityFromString(QStringView text)
{
    return fromStorageName(kPriorities, text);
}

QString displayName(Rule value)
{
    switch (value) {
    case Rule::OnRecord:
        return QCoreApplication::translate("debrief::Model", "On the record");
    case Rule::Chatham:
        return QCoreApplication::translate("debrief::Model", "Chatham House Rule");
    case Rule::OffRecord:
        return QCoreApplication::translate("debrief::Model", "Off the record");
    }
    return {};
}

QString displayName(DocumentKind value)
{
    switch (value) {
    case DocumentKind::Postmortem:
        return QCoreApplication::translate("debrief::Model", "Postmortem");
    case DocumentKind::MeetupNotes:
        return QCoreApplication::translate("debrief::Model", "Meetup notes");
    case DocumentKind::TalkNotes:
        return QCoreApplication::translate("debrief::Model", "Talk notes");
    case DocumentKind::Reading:
        return QCoreApplication::translate("debrief::Model", "Reading notes");
    }
    return {};
}

QString displayName(MeetupRole value)
{
    switch (value) {
    case MeetupRole::Speaker:
        return QCoreApplication::translate("debrief::Model", "Speaker");
    case MeetupRole::Attendee:
        return QCoreApplication::translate("debrief::Model", "Attendee");
    case MeetupRole::Organiser:
        return QCoreApplication::translate("debrief::Model", "Organiser");
    case MeetupRole::NoteTaker:
        return QCoreApplication::translate("debrief::Model", "Note-taker");
    }
    return {};
}

QString displayName(ActionStatus value)
{
    switch (value) {
    case ActionStatus::Open:
        return QCoreApplication::translate("debrief::Model", "Open");
    case ActionStatus::InProgress:
        return QCoreApplication::translate("debrief::Model", "In progress");
    case ActionStatus::Blocked:
        return QCoreApplication::translate("debrief::Model", "Blocked");
    case ActionStatus::Done:
        return QCoreApplication::translate("debrief::Model", "Done");
    case ActionStatus::Dropped:
        return QCoreApplication::translate("debrief::Model", "Dropped");
    }
    return {};
}

QString displayName(ActionPriority value)
{
    switch (value) {
    case ActionPriority::Low:
        return QCoreApplication::translate("debrief::Model", "Low");
    case ActionPriority::Normal:
        return QCoreApplication::translate("debrief::Model", "Normal");
    case ActionPriority::High:
        return QCoreApplication::translate("debrief::Model", "High");
    case ActionPriority::Urgent:
        return QCoreApplication::translate("debrief::Model", "Urgent");
    }
    return {};
}

} // namespace debrief
