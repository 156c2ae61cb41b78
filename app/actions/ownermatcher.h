#pragma once

#include "model/participant.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace debrief {

/// Who an owner written as "@priya", "Priya Sharma" or "priya.sharma" is on the roster.
struct OwnerMatch
{
    enum class Kind
    {
        Matched,   ///< exactly one participant
        Ambiguous, ///< several participants fit; candidates lists them
        Unmatched, ///< nobody on the roster: the UI may offer to add them
    };

    Kind kind = Kind::Unmatched;
    std::optional<qint64> participantId;
    /// The participant's display name when matched; the owner as written otherwise.
    QString displayName;
    /// Display names of every participant that fits, for an ambiguous owner.
    QStringList candidates;

    [[nodiscard]] bool isMatched() const { return kind == Kind::Matched; }
};

/// Resolves written owners against a roster: display names and aliases of kind name or
/// handle, ignoring case, accents, a leading '@' and separators ("priya.sharma" is
/// "Priya Sharma"); a first name alone is enough when only one participant has it.
class OwnerMatcher
{
public:
    OwnerMatcher() = default;
    explicit OwnerMatcher(QList<Participant> roster);

    [[nodiscard]] OwnerMatch match(QStringView written) const;
    [[nodiscard]] bool isEmpty() const { return m_roster.isEmpty(); }

    /// Case- and accent-insensitive form of @p text with runs of whitespace collapsed.
    [[nodiscard]] static QString fold(QStringView text);

private:
    QList<Participant> m_roster;
};

} // namespace debrief
