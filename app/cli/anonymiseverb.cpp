// `debrief anonymise`: Chatham House export from the command line, the same pipeline as the
// GUI's: anonymise → leak scan → write atomically (nothing is written while a leak remains).
#include "chatham/anonymiser.h"
#include "chatham/leakscanner.h"
#include "chatham/rostercsvreader.h"
#include "chatham/utf8filereader.h"
#include "cli/cli.h"
#include "export/chathamexport.h"
#include "export/exporter.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QFileInfo>

namespace debrief::cli {

namespace {

/// The verb's texts, in the "debrief::cli" translation context like every verb.
class AnonymiseVerb
{
    Q_DECLARE_TR_FUNCTIONS(debrief::cli)
public:
    explicit AnonymiseVerb(Context &context)
        : m_context(context)
    {}

    int run();

private:
    void printUsage(QTextStream &stream) const;
    int usageError(const QString &message) const;
    int inputError(const QString &message) const;
    [[nodiscard]] bool write(const ChathamExport &pipeline, const Exporter &exporter, const QString &path) const;

    Context &m_context;
};

void AnonymiseVerb::printUsage(QTextStream &stream) const
{
    stream << tr("Usage: debrief anonymise --roster ROSTER.csv [--format md|html|pdf|odt] [--label-style STYLE] "
                 "[--affiliation-style STYLE] IN.md -o OUT")
           << '\n'
           << tr("Replaces every roster identity in IN.md with a label, leaves out off-record sections, checks "
                 "the result for leaks and only then writes OUT.")
           << "\n\n"
           << "  --roster FILE            " << tr("the roster: CSV or a Meetup.com attendee export") << '\n'
           << "  --format FORMAT          " << tr("the output format: md (default), html, pdf or odt") << '\n'
           << "  --label-style STYLE      "
           << tr("letters (Speaker A, Participant 1; the default), numbers, roles (a speaker) or remove") << '\n'
           << "  --affiliation-style S    " << tr("generic (a company; the default) or numbered (Organisation 1)")
           << '\n'
           << "  -o, --output OUT         " << tr("the file to write; - for standard output") << "\n\n"
           << tr("Exit codes: 0 written, 1 a roster identity would have leaked (nothing written), 2 usage or "
                 "input error.")
           << '\n';
}

int AnonymiseVerb::usageError(const QString &message) const
{
    m_context.err << "debrief anonymise: " << message << '\n';
    printUsage(m_context.err);
    return UsageError;
}

int AnonymiseVerb::inputError(const QString &message) const
{
    m_context.err << "debrief anonymise: " << message << '\n';
    return UsageError;
}

bool AnonymiseVerb::write(const ChathamExport &pipeline, const Exporter &exporter, const QString &path) const
{
    if (path == QLatin1String("-")) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!pipeline.write(exporter, buffer, &error)) {
            m_context.err << "debrief anonymise: " << error << '\n';
            return false;
        }
        m_context.out << QString::fromUtf8(buffer.data());
        m_context.out.flush();
        return true;
    }
    const ExportResult result = pipeline.write(exporter, path);
    if (!result)
        m_context.err << "debrief anonymise: " << result.error << '\n';
    return result.ok;
}

int AnonymiseVerb::run()
{
    QCommandLineParser parser;
    const QCommandLineOption rosterOption(QStringLiteral("roster"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"),
                                          QStringLiteral("md"));
    const QCommandLineOption labelOption(QStringLiteral("label-style"), QString(), QStringLiteral("STYLE"),
                                         QStringLiteral("letters"));
    const QCommandLineOption affiliationOption(QStringLiteral("affiliation-style"), QString(), QStringLiteral("STYLE"),
                                               QStringLiteral("generic"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                          QStringLiteral("OUT"));
    const QCommandLineOption notebookOption(QStringLiteral("notebook"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions(
        {rosterOption, formatOption, labelOption, affiliationOption, outputOption, notebookOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("debrief anonymise")} + m_context.arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        printUsage(m_context.out);
        return Ok;
    }
    if (!parser.isSet(rosterOption))
        return usageError(tr("--roster is required"));
    if (!parser.isSet(outputOption))
        return usageError(tr("-o OUT is required"));
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("expected exactly one input file"));
    const std::unique_ptr<Exporter> exporter = Exporter::create(parser.value(formatOption));
    if (!exporter)
        return usageError(tr("unknown format '%1'").arg(parser.value(formatOption)));
    const bool binary = exporter->id() == QLatin1String("pdf") || exporter->id() == QLatin1String("odt");
    if (binary && parser.value(outputOption) == QLatin1String("-"))
        return usageError(tr("%1 cannot be written to standard output").arg(exporter->id()));
    AnonymiserOptions options;
    const std::optional<LabelStyle> style = Labeller::styleFromString(parser.value(labelOption));
    if (!style)
        return usageError(tr("unknown label style '%1'").arg(parser.value(labelOption)));
    options.labelStyle = *style;
    if (parser.value(affiliationOption) == QLatin1String("numbered"))
        options.affiliationStyle = AffiliationStyle::Numbered;
    else if (parser.value(affiliationOption) != QLatin1String("generic"))
        return usageError(tr("unknown affiliation style '%1'").arg(parser.value(affiliationOption)));

    const QString rosterPath = parser.value(rosterOption);
    const RosterCsvResult roster = RosterCsvReader::readFile(rosterPath);
    // A row that could not be read is a person who would not be anonymised.
    if (!roster.isUsable() || !roster.rowErrors.isEmpty()) {
        for (const QString &problem : roster.problems(rosterPath))
            m_context.err << "debrief anonymise: " << problem << '\n';
        return UsageError;
    }
    const QString inputPath = parser.positionalArguments().constFirst();
    QString error;
    const std::optional<QString> input = Utf8FileReader::read(inputPath, &error);
    if (!input)
        return inputError(error);

    ChathamExport::Options exportOptions;
    exportOptions.anonymiser = options;
    exportOptions.exportOptions.jekyll = false; // the text as written, only anonymised
    exportOptions.exportOptions.documentDirectory = QFileInfo(inputPath).absolutePath();
    const ChathamExport pipeline(*input, roster.roster, exportOptions);
    const QString outputPath = parser.value(outputOption);
    const QString shownPath = outputPath == QLatin1String("-") ? tr("<output>") : outputPath;
    for (const LeakFinding &finding : pipeline.findings()) {
        m_context.err << shownPath << ':' << finding.line << ':' << finding.column << ": "
                      << LeakFinding::kindName(finding.kind) << ": " << finding.text << '\n';
    }
    if (!pipeline.canWrite()) {
        m_context.err << "debrief anonymise: " << tr("a roster identity is still in the output; nothing was written")
                      << '\n';
        return Findings;
    }
    return write(pipeline, *exporter, outputPath) ? Ok : UsageError;
}

} // namespace

int runAnonymiseVerb(Context &context)
{
    return AnonymiseVerb(context).run();
}

} // namespace debrief::cli
