#pragma once

#include "storage/result.h"

#include <QList>
#include <QString>

namespace debrief {

class Database;

/// Cheap fingerprints of what is in a notebook, to notice writes by other programs or
/// other team members. One small aggregate query per table; no triggers, no server setup.
class ChangeFeed
{
public:
    struct Stamp
    {
        QString meetups;
        QString participants;
        QString documents;
        QString actionItems;
        QString lastDocumentUpdate; ///< newest document.updated_at seen

        friend bool operator==(const Stamp &, const Stamp &) = default;
    };

    explicit ChangeFeed(Database &database)
        : m_db(database)
    {}

    Result<Stamp> stamp() const;
    /// Documents updated at or after @p since (an updated_at value from a Stamp), oldest first.
    Result<QList<qint64>> documentsUpdatedAfter(const QString &since) const;

private:
    Database &m_db;
};

} // namespace debrief
