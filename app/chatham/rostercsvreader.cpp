#include "chatham/rostercsvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace debrief {

namespace {

enum class Column
{
    Ignored,
    Name,
    Aliases,
    Affiliation,
    AffiliationAliases,
    Handles,
    Emails,
    Urls,
    Role,
    EventHost
};

Column columnFor(const QString &header)
{
    QString key = header.trimmed().toLower();
    key.replace(QLatin1Char('_'), QLatin1Char(' '));
    key.replace(QLatin1Char('-'), QLatin1Char(' '));
    static const QList<QPair<QLatin1String, Column>> names = {
        {QLatin1String("name"), Column::Name},
        {QLatin1String("display name"), Column::Name},
        {QLatin1String("full name"), Column::Name},
        {QLatin1String("aliases"), Column::Aliases},
        {QLatin1String("alias"), Column::Aliases},
        {QLatin1String("nicknames"), Column::Aliases},
        {QLatin1String("affiliation"), Column::Affiliation},
        {QLatin1String("company"), Column::Affiliation},
        {QLatin1String("organisation"), Column::Affiliation},
        {QLatin1String("organization"), Column::Affiliation},
        {QLatin1String("affiliation aliases"), Column::AffiliationAliases},
        {QLatin1String("affiliation short forms"), Column::AffiliationAliases},
        {QLatin1String("handles"), Column::Handles},
        {QLatin1String("handle"), Column::Handles},
        {QLatin1String("emails"), Column::Emails},
        {QLatin1String("email"), Column::Emails},
        {QLatin1String("e mail"), Column::Emails},
        {QLatin1String("urls"), Column::Urls},
        {QLatin1String("url"), Column::Urls},
        {QLatin1String("profile urls"), Column::Urls},
        {QLatin1String("url of member profile"), Column::Urls},
        {QLatin1String("role"), Column::Role},
        {QLatin1String("event host"), Column::EventHost},
    };
    for (const auto &[name, column] : names) {
        if (key == name)
            return column;
    }
    return Column::Ignored;
}

/// One parsed record with the line it starts on.
struct Record
{
    int line = 0;
    QStringList fields;
    bool unterminatedQuote = false;
};

/// RFC 4180: fields may be quoted, quotes doubled inside, line breaks allowed inside quotes.
QList<Record> parseRecords(const QString &text, QChar delimiter)
{
    QList<Record> records;
    Record current;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    const qsizetype n = text.size();
    auto endRecord = [&] {
        current.fields.append(field);
        const bool blank = current.fields.size() == 1 && current.fields.front().trimmed().isEmpty();
        if (!blank)
            records.append(current);
        current = Record{};
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            current.fields.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
            continue;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            endRecord();
            ++line;
            current.line = line;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (inQuotes)
        current.unterminatedQuote = true;
    if (!field.isEmpty() || !current.fields.isEmpty() || current.unterminatedQuote) {
        current.fields.append(field);
        records.append(current);
    }
    return records;
}

QStringList splitList(const QString &value)
{
    QStringList items;
    for (const QString &part : value.split(QLatin1Char(';'))) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

} // namespace

RosterCsvResult RosterCsvReader::read(const QByteArray &data)
{
    RosterCsvResult result;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        result.fatalError = RosterCsvReader::tr("The roster is not valid UTF-8 text.");
        return result;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    const QStringView firstLine = QStringView(text).left(firstLineEnd < 0 ? text.size() : firstLineEnd);
    const QChar delimiter = (firstLine.contains(QLatin1Char('\t')) && !firstLine.contains(QLatin1Char(',')))
                                ? QLatin1Char('\t')
                                : QLatin1Char(',');

    const QList<Record> records = parseRecords(text, delimiter);
    if (records.isEmpty()) {
        result.fatalError = RosterCsvReader::tr("The roster is empty: it needs a header row with a name column.");
        return result;
    }
    QList<Column> columns;
    for (const QString &header : records.front().fields)
        columns.append(columnFor(header));
    if (!columns.contains(Column::Name)) {
        result.fatalError = RosterCsvReader::tr("The roster has no name column (expected a header such as "
                                                "\"name, aliases, affiliation, handles, emails\").");
        return result;
    }

    for (qsizetype r = 1; r < records.size(); ++r) {
        const Record &record = records.at(r);
        if (record.unterminatedQuote) {
            result.rowErrors.append({record.line, RosterCsvReader::tr("A quoted field is not closed.")});
            continue;
        }
        if (record.fields.size() > columns.size()) {
            result.rowErrors.append({record.line, RosterCsvReader::tr("The row has %1 fields but the header has %2.")
                                                      .arg(record.fields.size())
                                                      .arg(columns.size())});
            continue;
        }
        RosterPerson person;
        QString error;
        for (qsizetype c = 0; c < record.fields.size(); ++c) {
            const QString value = record.fields.at(c).trimmed();
            switch (columns.at(c)) {
            case Column::Ignored:
                break;
            case Column::Name:
                person.name = value;
                break;
            case Column::Aliases:
                person.aliases = splitList(value);
                break;
            case Column::Affiliation: {
                // "Kestrel Pay;Kestrel": the affiliation, then its short forms, like every list.
                const QStringList names = splitList(value);
                person.affiliation = names.value(0);
                person.affiliationAliases.append(names.mid(1));
                break;
            }
            case Column::AffiliationAliases:
                person.affiliationAliases = splitList(value);
                break;
            case Column::Handles:
                for (QString handle : splitList(value)) {
                    if (handle.startsWith(QLatin1Char('@')))
                        handle.remove(0, 1);
                    if (!handle.isEmpty())
                        person.handles.append(handle);
                }
                break;
            case Column::Emails:
                person.emails = splitList(value);
                for (const QString &email : std::as_const(person.emails)) {
                    if (!email.contains(QLatin1Char('@')) && error.isEmpty())
                        error = RosterCsvReader::tr("\"%1\" is not an e-mail address.").arg(email);
                }
                break;
            case Column::Urls:
                person.urls.append(splitList(value));
                break;
            case Column::Role:
                if (!value.isEmpty()) {
                    QString roleName = value.toLower();
                    if (roleName == QLatin1String("organizer") || roleName == QLatin1String("host"))
                        roleName = QStringLiteral("organiser");
                    else if (roleName == QLatin1String("notetaker") || roleName == QLatin1String("note taker"))
                        roleName = QStringLiteral("note-taker");
                    const auto role = meetupRoleFromString(roleName);
                    if (role)
                        person.role = *role;
                    else if (error.isEmpty())
                        error = RosterCsvReader::tr(
                                    "Unknown role \"%1\" (expected speaker, attendee, organiser or note-taker).")
                                    .arg(value);
                }
                break;
            case Column::EventHost:
                if (value.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0)
                    person.role = MeetupRole::Organiser;
                break;
            }
        }
        if (error.isEmpty() && person.name.isEmpty())
            error = RosterCsvReader::tr("The row has no name.");
        if (!error.isEmpty()) {
            result.rowErrors.append({record.line, error});
            continue;
        }
        result.roster.append(person);
    }
    return result;
}

QStringList RosterCsvResult::problems(const QString &path) const
{
    if (!fatalError.isEmpty())
        return {fatalError};
    QStringList lines;
    for (const RosterRowError &error : rowErrors)
        lines.append(path + QLatin1Char(':') + QString::number(error.line) + QStringLiteral(": ") + error.message);
    return lines;
}

RosterCsvResult RosterCsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        RosterCsvResult result;
        result.fatalError = RosterCsvReader::tr("Cannot read the roster %1: %2").arg(path, file.errorString());
        return result;
    }
    return read(file.readAll());
}

} // namespace debrief
