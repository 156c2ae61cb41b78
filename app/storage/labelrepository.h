#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace debrief {

class Database;

/// The Chatham House labels given to a meetup's participants ("Speaker A", "Participant 3"),
/// one set per label style. Kept so that every export of a meetup labels a person the same
/// way; the mapping itself is never exported.
class LabelRepository
{
    Q_DECLARE_TR_FUNCTIONS(debrief::LabelRepository)
public:
    explicit LabelRepository(Database &database)
        : m_db(database)
    {}

    /// Participant id → label for @p meetupId in @p style (empty when none were given yet).
    Result<QHash<qint64, QString>> labels(qint64 meetupId, const QString &style) const;
    /// Stores labels for participants that have none yet in this meetup and style; labels
    /// already given are never changed.
    Status addLabels(qint64 meetupId, const QString &style, const QHash<qint64, QString> &labels);
    /// Forgets the meetup's labels in every style (the next export numbers afresh).
    Status clear(qint64 meetupId);

private:
    Database &m_db;
};

} // namespace debrief
