// `debrief scan`: the leak scanner from the command line, meant for git pre-commit hooks.
#include "chatham/leakscanner.h"
#include "chatham/rostercsvreader.h"
#include "chatham/utf8filereader.h"
#include "cli/cli.h"

#include <QCommandLineParser>

namespace debrief::cli {

namespace {

/// The verb's texts, in the "debrief::cli" translation context like every verb.
class ScanVerb
{
    Q_DECLARE_TR_FUNCTIONS(debrief::cli)
public:
    explicit ScanVerb(Context &context)
        : m_context(context)
    {}

    int run();

private:
    void printUsage(QTextStream &stream) const;
    int usageError(const QString &message) const;

    Context &m_context;
};

void ScanVerb::printUsage(QTextStream &stream) const
{
    stream << tr("Usage: debrief scan --roster ROSTER.csv [--strict] [--allow WORD]... FILE...") << '\n'
           << tr("Checks files for roster identities (errors) and for name-like words, e-mail addresses, "
                 "@handles, phone numbers and profile URLs (warnings).")
           << "\n\n"
           << "  --roster FILE  " << tr("the roster: CSV or a Meetup.com attendee export") << '\n'
           << "  --strict       " << tr("fail on warnings too") << '\n'
           << "  --allow WORD   " << tr("never report WORD as name-like (repeatable)") << "\n\n"
           << tr("Each finding is printed as file:line:column: kind: text; kind is identity (an error) or "
                 "name, email, handle, phone or url (warnings).")
           << '\n'
           << tr("Exit codes: 0 no identity found, 1 identities found (or warnings with --strict), 2 usage or "
                 "input error.")
           << '\n';
}

int ScanVerb::usageError(const QString &message) const
{
    m_context.err << "debrief scan: " << message << '\n';
    printUsage(m_context.err);
    return UsageError;
}

int ScanVerb::run()
{
    QCommandLineParser parser;
    const QCommandLineOption rosterOption(QStringLiteral("roster"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption strictOption(QStringLiteral("strict"));
    const QCommandLineOption allowOption(QStringLiteral("allow"), QString(), QStringLiteral("WORD"));
    const QCommandLineOption notebookOption(QStringLiteral("notebook"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({rosterOption, strictOption, allowOption, notebookOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("debrief scan")} + m_context.arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        printUsage(m_context.out);
        return Ok;
    }
    if (!parser.isSet(rosterOption))
        return usageError(tr("--roster is required"));
    if (parser.positionalArguments().isEmpty())
        return usageError(tr("no file to scan"));

    const RosterCsvResult roster = RosterCsvReader::readFile(parser.value(rosterOption));
    // A row that could not be read is a person who would not be found.
    if (!roster.isUsable() || !roster.rowErrors.isEmpty()) {
        for (const QString &problem : roster.problems(parser.value(rosterOption)))
            m_context.err << "debrief scan: " << problem << '\n';
        return UsageError;
    }
    LeakScanner scanner(roster.roster);
    scanner.setAllowedWords(parser.values(allowOption));

    bool inputError = false;
    bool identities = false;
    bool warnings = false;
    for (const QString &path : parser.positionalArguments()) {
        QString error;
        const std::optional<QString> text = Utf8FileReader::read(path, &error);
        if (!text) {
            m_context.err << "debrief scan: " << error << '\n';
            inputError = true;
            continue;
        }
        for (const LeakFinding &finding : scanner.scan(*text)) {
            m_context.out << path << ':' << finding.line << ':' << finding.column << ": "
                          << LeakFinding::kindName(finding.kind) << ": " << finding.text << '\n';
            (finding.isError() ? identities : warnings) = true;
        }
    }
    m_context.out.flush();
    if (inputError)
        return UsageError;
    if (identities || (warnings && parser.isSet(strictOption)))
        return Findings;
    return Ok;
}

} // namespace

int runScanVerb(Context &context)
{
    return ScanVerb(context).run();
}

} // namespace debrief::cli
