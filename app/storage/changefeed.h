#pragma once

#include "storage/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace debrief {

class Database;

/// Cheap fingerprints of what is in a notebook, to notice writes by other programs or
/// other team members. One small aggregate query per table; no triggers, no server setup.
/// Nothing here trusts a client's clock: team members' clocks disagree, by minutes at times.
class ChangeFeed
{
public:
    struct Stamp
    {
        QString meetups;
        QString participants;
        QString documents;
        QString actionItems;

        friend bool operator==(const Stamp &, const Stamp &) = default;
    };

    /// What a reader knows of the documents; kept by the reader between changedDocuments() calls.
    struct DocumentState
    {
        /// Every document's revision, by id.
        QHash<qint64, qint64> revisions;
        /// Stamp::documents as of revisions.
        QString documents;
        /// The database's clock when revisions were read; empty until they are.
        QString readAt;
    };

    explicit ChangeFeed(Database &database)
        : m_db(database)
    {}

    [[nodiscard]] Result<Stamp> stamp() const;
    /// Brings @p state up to date with the notebook and returns the documents whose content
    /// changed meanwhile (new ones included, deleted ones not), by ascending id. The first
    /// call, on an empty state, reads every document's revision and returns none.
    [[nodiscard]] Result<QList<qint64>> changedDocuments(DocumentState &state) const;

private:
    Database &m_db;
};

} // namespace debrief
