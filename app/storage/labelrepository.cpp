#include "storage/labelrepository.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace debrief {

Result<QHash<qint64, QString>> LabelRepository::labels(qint64 meetupId, const QString &style) const
{
    auto q = m_db.exec(QStringLiteral("SELECT participant_id, label FROM chatham_label "
                                      "WHERE meetup_id = ? AND label_style = ?"),
                       {meetupId, style});
    if (!q)
        return q.error();
    QHash<qint64, QString> result;
    while (q.value().next())
        result.insert(q.value().value(0).toLongLong(), q.value().value(1).toString());
    return result;
}

Status LabelRepository::addLabels(qint64 meetupId, const QString &style, const QHash<qint64, QString> &labels)
{
    return m_db.transaction([&]() -> Status {
        for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
            auto q = m_db.exec(QStringLiteral("INSERT INTO chatham_label (meetup_id, participant_id, label_style, "
                                              "label) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                               {meetupId, it.key(), style, it.value()});
            if (!q)
                return q.error();
        }
        return {};
    });
}

Status LabelRepository::clear(qint64 meetupId)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM chatham_label WHERE meetup_id = ?"), {meetupId});
    return q ? Status() : Status(q.error());
}

} // namespace debrief
