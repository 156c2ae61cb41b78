// `debrief actions`: the action tracker from the command line, for scripts and reminders.
#include "actions/actioncsvexporter.h"
#include "actions/actiondigest.h"
#include "actions/actionfilter.h"
#include "actions/actionicalendarexporter.h"
#include "actions/actiontext.h"
#include "actions/ownernames.h"
#include "cli/cli.h"
#include "notebook/notebook.h"

#include <QCommandLineParser>

namespace debrief::cli {

namespace {

enum class Format
{
    Table,
    Csv,
    ICalendar,
    Digest
};

/// The verb's texts, in the "debrief::cli" translation context like every verb.
class ActionsVerb
{
    Q_DECLARE_TR_FUNCTIONS(debrief::cli)
public:
    explicit ActionsVerb(Context &context)
        : m_context(context)
    {}

    int run();

private:
    void printUsage(QTextStream &stream) const;
    int usageError(const QString &message) const;
    void printTable(const QList<ActionItem> &items, const OwnerNames &owners, const QDate &today) const;

    Context &m_context;
};

void ActionsVerb::printUsage(QTextStream &stream) const
{
    stream << tr("Usage: debrief actions [--notebook PATH] [--overdue] [--owner NAME] [--csv|--ics|--digest]") << '\n'
           << tr("Lists the notebook's action items; by default as a table.") << "\n\n"
           << "  --overdue      " << tr("only open actions past their due date") << '\n'
           << "  --owner NAME   " << tr("only actions owned by NAME (a name, alias, handle or unique first name)")
           << '\n'
           << "  --csv          " << tr("write CSV (RFC 4180, UTF-8)") << '\n'
           << "  --ics          " << tr("write iCalendar (one VTODO per action)") << '\n'
           << "  --digest       " << tr("write a Markdown digest of open actions per owner") << '\n'
           << "  --notebook PATH  " << tr("the notebook to read (it must exist)") << '\n';
}

int ActionsVerb::usageError(const QString &message) const
{
    m_context.err << "debrief actions: " << message << '\n';
    m_context.err << tr("Run 'debrief actions --help' for the options.") << '\n';
    return UsageError;
}

void ActionsVerb::printTable(const QList<ActionItem> &items, const OwnerNames &owners, const QDate &today) const
{
    QTextStream &out = m_context.out;
    if (items.isEmpty()) {
        out << tr("No action items.") << '\n';
        return;
    }
    const QStringList header{tr("ID"), tr("Due"), tr("Status"), tr("Priority"), tr("Owner"), tr("Title")};
    QList<QStringList> rows;
    int open = 0;
    int overdue = 0;
    for (const auto &item : items) {
        QString due = item.dueDate.isValid() ? item.dueDate.toString(Qt::ISODate) : QStringLiteral("-");
        if (item.isOverdue(today)) {
            due += QLatin1Char(' ') + tr("overdue");
            ++overdue;
        }
        if (!isClosed(item.status))
            ++open;
        const QString owner = owners.nameFor(item);
        rows.append({QString::number(item.id), due, displayName(item.status), displayName(item.priority),
                     owner.isEmpty() ? QStringLiteral("-") : singleLine(owner), singleLine(item.title)});
    }
    QList<qsizetype> widths;
    for (qsizetype column = 0; column < header.size(); ++column) {
        qsizetype width = header.at(column).size();
        for (const auto &row : rows)
            width = std::max(width, row.at(column).size());
        widths.append(width);
    }
    auto printRow = [&](const QStringList &row) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column == row.size() - 1;
            // Numbers align right; the title, last, is never padded.
            const QString cell = column == 0 ? row.at(column).rightJustified(widths.at(column))
                                 : last      ? row.at(column)
                                             : row.at(column).leftJustified(widths.at(column));
            line += cell;
            if (!last)
                line += QLatin1String("  ");
        }
        out << line << '\n';
    };
    printRow(header);
    for (const auto &row : rows)
        printRow(row);
    out << '\n' << tr("%1 listed, %2 open, %3 overdue").arg(items.size()).arg(open).arg(overdue) << '\n';
}

int ActionsVerb::run()
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption notebook(QStringLiteral("notebook"), QString(), QStringLiteral("path"));
    const QCommandLineOption overdue(QStringLiteral("overdue"), QString());
    const QCommandLineOption owner(QStringLiteral("owner"), QString(), QStringLiteral("name"));
    const QCommandLineOption csv(QStringLiteral("csv"), QString());
    const QCommandLineOption ics(QStringLiteral("ics"), QString());
    const QCommandLineOption digest(QStringLiteral("digest"), QString());
    parser.addOptions({help, notebook, overdue, owner, csv, ics, digest});
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);

    if (!parser.parse(QStringList{QStringLiteral("debrief actions")} + m_context.arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        printUsage(m_context.out);
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    const int formats = int(parser.isSet(csv)) + int(parser.isSet(ics)) + int(parser.isSet(digest));
    if (formats > 1)
        return usageError(tr("choose one of --csv, --ics and --digest"));
    if (parser.isSet(owner) && parser.value(owner).trimmed().isEmpty())
        return usageError(tr("--owner needs a name"));
    const Format format = parser.isSet(csv)      ? Format::Csv
                          : parser.isSet(ics)    ? Format::ICalendar
                          : parser.isSet(digest) ? Format::Digest
                                                 : Format::Table;

    Database::Options options;
    options.mustExist = true; // a mistyped path must not create an empty notebook
    auto opened = openNotebook(parser.value(notebook), options);
    if (!opened) {
        m_context.err << "debrief actions: " << opened.error().message() << '\n';
        return UsageError;
    }
    Notebook &book = *opened.value();

    const auto roster = book.participants().list();
    if (!roster) {
        m_context.err << "debrief actions: " << roster.error().message() << '\n';
        return UsageError;
    }
    const auto all = book.actionItems().list();
    if (!all) {
        m_context.err << "debrief actions: " << all.error().message() << '\n';
        return UsageError;
    }
    // Identifies the notebook in iCalendar UIDs, the same in every copy of it, so calendar
    // programs update their tasks instead of adding new ones.
    const auto key = book.database().notebookKey();
    if (!key) {
        m_context.err << "debrief actions: " << key.error().message() << '\n';
        return UsageError;
    }

    const QDate today = QDate::currentDate();
    const ActionFilter filter({parser.isSet(overdue), parser.value(owner)}, roster.value(), today);
    if (!filter.problem().isEmpty())
        return usageError(filter.problem());
    const QList<ActionItem> items = filter.apply(all.value());
    const OwnerNames owners(roster.value());

    switch (format) {
    case Format::Csv:
        m_context.out << QString::fromUtf8(ActionCsvExporter::toCsv(items, owners, today));
        break;
    case Format::ICalendar:
        m_context.out << QString::fromUtf8(
            ActionICalendarExporter::toICalendar(items, owners, {key.value(), QDateTime::currentDateTimeUtc()}));
        break;
    case Format::Digest:
        m_context.out << ActionDigest::toMarkdown(items, owners, today);
        break;
    case Format::Table:
        printTable(items, owners, today);
        break;
    }
    return Ok;
}

} // namespace

int runActionsVerb(Context &context)
{
    return ActionsVerb(context).run();
}

} // namespace debrief::cli
