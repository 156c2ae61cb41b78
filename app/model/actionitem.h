#pragma once

#include "model/enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace debrief {

/// A follow-up action: every action has an owner and a due date, and nothing is forgotten.
struct ActionItem
{
    qint64 id = 0;
    std::optional<qint64> documentId;
    std::optional<qint64> meetupId;
    QString title;
    std::optional<qint64> ownerParticipantId;
    /// The owner as written when no roster participant is linked (or a cached display name).
    QString ownerText;
    QDate dueDate;
    ActionStatus status = ActionStatus::Open;
    ActionPriority priority = ActionPriority::Normal;
    QString ticketUrl;
    /// Created from a `- [ ]` line of its document (and kept in step with that line).
    bool fromTaskLine = false;
    QDateTime createdAt;
    QDateTime completedAt;
    qint64 revision = 0;

    [[nodiscard]] bool isOverdue(const QDate &today) const
    {
        return !isClosed(status) && dueDate.isValid() && dueDate < today;
    }
};

} // namespace debrief
