#pragma once

#include "model/actionitem.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace debrief {

class Database;

/// Follow-up actions.
class ActionItemRepository
{
    Q_DECLARE_TR_FUNCTIONS(debrief::ActionItemRepository)
public:
    struct Filter
    {
        std::optional<qint64> documentId;
        std::optional<qint64> meetupId;
        bool openOnly = false;
    };

    explicit ActionItemRepository(Database &database)
        : m_db(database)
    {}

    Result<ActionItem> create(const ActionItem &item);
    Result<ActionItem> get(qint64 id) const;
    /// Matching actions ordered by due date (undated last), then creation.
    Result<QList<ActionItem>> list(const Filter &filter) const;
    Result<QList<ActionItem>> list() const { return list(Filter{}); }
    /// Saves @p item if its revision is still the stored one; sets or clears completedAt
    /// when the status closes or reopens the action.
    Result<ActionItem> update(const ActionItem &item);
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace debrief
