#pragma once

#include <QCoreApplication>

#include "chatham/roster.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace debrief {

/// A row of a roster file that could not be used, with its 1-based line number.
struct RosterRowError
{
    int line = 0;
    QString message;

    friend bool operator==(const RosterRowError &, const RosterRowError &) = default;
};

/// What reading a roster file gives: the people of the good rows and an error per bad row.
/// A fatal error (no name column, unreadable file, invalid UTF-8) leaves the roster empty.
struct RosterCsvResult
{
    Roster roster;
    QList<RosterRowError> rowErrors;
    QString fatalError;

    [[nodiscard]] bool isUsable() const { return fatalError.isEmpty(); }
    /// Everything wrong, one line each: the fatal error, or `PATH:LINE: message` per bad row.
    [[nodiscard]] QStringList problems(const QString &path) const;
};

/// Reads a roster from CSV (RFC 4180 quoting, UTF-8 with or without BOM, comma or tab):
/// Debrief's own columns `name, aliases, affiliation, handles, emails` (lists separated by
/// `;`; optional `urls`, `role`, `affiliation_aliases`) or a Meetup.com attendee export
/// (`Name`, `URL of Member Profile`, `Event Host`, …).
class RosterCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(debrief::RosterCsvReader)
public:
    [[nodiscard]] static RosterCsvResult read(const QByteArray &data);
    [[nodiscard]] static RosterCsvResult readFile(const QString &path);
};

} // namespace debrief
