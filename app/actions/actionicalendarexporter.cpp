#include "actions/actionicalendarexporter.h"

namespace debrief {

namespace {

// RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break.
constexpr qsizetype maxLineOctets = 75;

QString utcStamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMddTHHmmssZ"));
}

bool isUtf8Continuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

/// Whether @p text can be a URI value as it is (URL properties are not escaped like TEXT).
bool isUri(const QString &text)
{
    if (!text.startsWith(QLatin1String("http://")) && !text.startsWith(QLatin1String("https://")))
        return false;
    return std::none_of(text.begin(), text.end(), [](QChar c) { return c.isSpace() || c.unicode() < 0x20; });
}

} // namespace

QString ActionICalendarExporter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            escaped += QLatin1String("\\\\");
        else if (c == QLatin1Char(';'))
            escaped += QLatin1String("\\;");
        else if (c == QLatin1Char(','))
            escaped += QLatin1String("\\,");
        else if (c == QLatin1Char('\r')) {
            escaped += QLatin1String("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n'))
            escaped += QLatin1String("\\n");
        else if (c == QLatin1Char('\t') || c.unicode() >= 0x20)
            escaped += c;
        // Other control characters are not allowed in TEXT values.
    }
    return escaped;
}

QByteArray ActionICalendarExporter::fold(const QByteArray &contentLine)
{
    QByteArray folded;
    qsizetype position = 0;
    qsizetype room = maxLineOctets;
    while (contentLine.size() - position > room) {
        qsizetype cut = position + room;
        while (cut > position && isUtf8Continuation(contentLine.at(cut)))
            --cut;
        folded += contentLine.mid(position, cut - position);
        folded += "\r\n ";
        position = cut;
        room = maxLineOctets - 1; // the leading space counts
    }
    folded += contentLine.mid(position);
    folded += "\r\n";
    return folded;
}

QString ActionICalendarExporter::uid(const ActionItem &item, const QString &notebookKey)
{
    return QStringLiteral("action-%1-%2@debrief").arg(item.id).arg(notebookKey);
}

int ActionICalendarExporter::priorityValue(ActionPriority priority)
{
    switch (priority) {
    case ActionPriority::Urgent:
        return 1;
    case ActionPriority::High:
        return 3;
    case ActionPriority::Normal:
        return 5;
    case ActionPriority::Low:
        return 9;
    }
    return 0;
}

QString ActionICalendarExporter::statusValue(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return QStringLiteral("NEEDS-ACTION");
    case ActionStatus::InProgress:
    case ActionStatus::Blocked: // work has started; X-DEBRIEF-STATUS keeps the difference
        return QStringLiteral("IN-PROCESS");
    case ActionStatus::Done:
        return QStringLiteral("COMPLETED");
    case ActionStatus::Dropped:
        return QStringLiteral("CANCELLED");
    }
    return QStringLiteral("NEEDS-ACTION");
}

QByteArray ActionICalendarExporter::toICalendar(const QList<ActionItem> &items, const OwnerNames &owners,
                                                const Options &options)
{
    QByteArray out;
    auto line = [&out](const QString &content) { out += fold(content.toUtf8()); };

    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Debrief//Debrief action items//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    for (const auto &item : items) {
        line(QStringLiteral("BEGIN:VTODO"));
        line(QStringLiteral("UID:") + uid(item, options.notebookKey));
        line(QStringLiteral("DTSTAMP:") + utcStamp(options.now));
        if (item.createdAt.isValid())
            line(QStringLiteral("CREATED:") + utcStamp(item.createdAt));
        line(QStringLiteral("SUMMARY:") + escapeText(item.title));
        QStringList description;
        const QString owner = owners.nameFor(item);
        if (!owner.isEmpty())
            description.append(tr("Owner: %1").arg(owner));
        if (!item.ticketUrl.isEmpty())
            description.append(tr("Ticket: %1").arg(item.ticketUrl));
        if (!description.isEmpty())
            line(QStringLiteral("DESCRIPTION:") + escapeText(description.join(QLatin1Char('\n'))));
        if (item.dueDate.isValid())
            line(QStringLiteral("DUE;VALUE=DATE:") + item.dueDate.toString(QStringLiteral("yyyyMMdd")));
        line(QStringLiteral("STATUS:") + statusValue(item.status));
        if (item.status == ActionStatus::Done && item.completedAt.isValid())
            line(QStringLiteral("COMPLETED:") + utcStamp(item.completedAt));
        line(QStringLiteral("PRIORITY:") + QString::number(priorityValue(item.priority)));
        if (isUri(item.ticketUrl))
            line(QStringLiteral("URL:") + item.ticketUrl);
        line(QStringLiteral("X-DEBRIEF-STATUS:") + toStorageString(item.status));
        line(QStringLiteral("END:VTODO"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace debrief
