#include "actions/actioncsvexporter.h"

namespace debrief {

namespace {

QString utcTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")) : QString();
}

QString optionalId(const std::optional<qint64> &id)
{
    return id ? QString::number(*id) : QString();
}

} // namespace

QStringList ActionCsvExporter::columns()
{
    return {QStringLiteral("id"),        QStringLiteral("title"),      QStringLiteral("owner"),
            QStringLiteral("due_date"),  QStringLiteral("status"),     QStringLiteral("priority"),
            QStringLiteral("ticket"),    QStringLiteral("overdue"),    QStringLiteral("document_id"),
            QStringLiteral("meetup_id"), QStringLiteral("created_at"), QStringLiteral("completed_at")};
}

QString ActionCsvExporter::field(const QString &value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray ActionCsvExporter::toCsv(const QList<ActionItem> &items, const OwnerNames &owners, const QDate &today)
{
    const QLatin1String recordEnd("\r\n");
    QString csv = columns().join(QLatin1Char(',')) + recordEnd;
    for (const auto &item : items) {
        const QStringList record{
            QString::number(item.id),
            item.title,
            owners.nameFor(item),
            item.dueDate.isValid() ? item.dueDate.toString(Qt::ISODate) : QString(),
            toStorageString(item.status),
            toStorageString(item.priority),
            item.ticketUrl,
            item.isOverdue(today) ? QStringLiteral("yes") : QStringLiteral("no"),
            optionalId(item.documentId),
            optionalId(item.meetupId),
            utcTime(item.createdAt),
            utcTime(item.completedAt),
        };
        QStringList fields;
        for (const auto &value : record)
            fields.append(field(value));
        csv += fields.join(QLatin1Char(',')) + recordEnd;
    }
    return csv.toUtf8();
}

} // namespace debrief
