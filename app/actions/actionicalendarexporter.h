#pragma once

#include "actions/ownernames.h"
#include "model/actionitem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace debrief {

/// Writes actions as an iCalendar file (RFC 5545): one VTODO per action with a UID that is
/// stable for the action in this notebook (re-importing updates rather than duplicates),
/// DUE as a date, STATUS and PRIORITY mapped from ours, TEXT values escaped, CRLF line ends
/// and lines folded at 75 octets without splitting a UTF-8 sequence.
class ActionICalendarExporter
{
    Q_DECLARE_TR_FUNCTIONS(debrief::ActionICalendarExporter)
public:
    struct Options
    {
        /// Identifies the notebook in UIDs, so equal action ids of two notebooks differ.
        QString notebookKey;
        /// DTSTAMP of every VTODO (injected so output is reproducible).
        QDateTime now;
    };

    [[nodiscard]] static QByteArray toICalendar(const QList<ActionItem> &items, const OwnerNames &owners,
                                                const Options &options);

    /// RFC 5545 TEXT escaping: backslash, semicolon, comma, line breaks as \n; other
    /// control characters (not allowed in TEXT) are dropped.
    [[nodiscard]] static QString escapeText(const QString &text);
    /// Folds one content line (without CRLF) into lines of at most 75 octets, joined by CRLF
    /// and a space, never cutting a UTF-8 sequence; ends with CRLF.
    [[nodiscard]] static QByteArray fold(const QByteArray &contentLine);
    /// The UID of @p item: "action-<id>-<notebookKey>@debrief".
    [[nodiscard]] static QString uid(const ActionItem &item, const QString &notebookKey);
    /// RFC 5545 PRIORITY: urgent 1, high 3, normal 5, low 9.
    [[nodiscard]] static int priorityValue(ActionPriority priority);
    [[nodiscard]] static QString statusValue(ActionStatus status);
};

} // namespace debrief
