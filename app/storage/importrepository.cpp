#include "storage/importrepository.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace debrief {

Result<QList<ImportRepository::Candidate>> ImportRepository::documentsWithSlug(const QString &slug) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, title, front_matter_extra FROM document WHERE slug = ? ORDER BY id"),
                       {slug});
    if (!q)
        return q.error();
    QList<Candidate> result;
    while (q.value().next())
        result.append({q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toString()});
    return result;
}

} // namespace debrief
