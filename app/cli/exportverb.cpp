// `debrief export`: notebook documents or Markdown files to Markdown (Jekyll), HTML, PDF or
// ODT. A document under the Chatham House Rule (or --chatham) goes through the same pipeline
// as the export dialog: anonymise → leak scan → render → write atomically.
#include "chatham/rostercsvreader.h"
#include "cli/cli.h"
#include "export/chathamexport.h"
#include "export/exporter.h"
#include "export/exportfilename.h"
#include "export/notebookexport.h"
#include "importer/markdownfilereader.h"
#include "markdown/frontmatter.h"
#include "markdown/frontmatterfields.h"
#include "notebook/notebook.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace debrief::cli {

namespace {

/// A Markdown file to export.
struct Source
{
    QString name; ///< the path, for messages
    QString markdown;
    Rule rule = Rule::OnRecord;
    QString directory; ///< for relative images
    QDate date;        ///< from the front matter or a Jekyll file name
};

class ExportVerb
{
    Q_DECLARE_TR_FUNCTIONS(debrief::cli)
public:
    explicit ExportVerb(Context &context)
        : m_context(context)
    {}

    int run();

private:
    void printUsage(QTextStream &stream) const;
    int usageError(const QString &message) const;
    int exportOne(const Source &source, const Exporter &exporter, const QString &output, const QString &folder);
    int exportDocuments(Notebook &notebook, const QList<qint64> &ids, const QString &output, const QString &folder);
    void printFindings(const QString &name, const QList<LeakFinding> &findings);

    Context &m_context;
    QCommandLineParser m_parser;
    ExportOptions m_options;
    AnonymiserOptions m_anonymiser;
    Roster m_csvRoster;
    bool m_forceChatham = false;
    QString m_exporterId;
    /// Lower-case names written by this run, and the inputs' own names in the folder: no export
    /// replaces another of the same run, nor the file it was made from.
    QSet<QString> m_takenNames;
};

void ExportVerb::printUsage(QTextStream &stream) const
{
    stream << tr("Usage: debrief export --format md|html|pdf|odt [OPTIONS] (--document ID... | --meetup ID | "
                 "IN.md...) (-o OUT | --dir DIR)")
           << '\n'
           << tr("Exports notebook documents or Markdown files. Documents under the Chatham House Rule are "
                 "anonymised and checked for leaks first; nothing is written while a roster identity is left.")
           << "\n\n"
           << "  --format FORMAT          " << tr("md (Jekyll), html, pdf or odt") << '\n'
           << "  --document ID            " << tr("a notebook document (repeatable)") << '\n'
           << "  --meetup ID              " << tr("every document of a notebook meetup (with --dir)") << '\n'
           << "  -o, --output OUT         "
           << tr("the file to write (one input only; - for standard output, md "
                 "and html)")
           << '\n'
           << "  --dir DIR                " << tr("write into DIR, named from the title (YYYY-MM-DD-slug.md for md)")
           << '\n'
           << "  --chatham                " << tr("anonymise even when the document is on the record") << '\n'
           << "  --roster FILE            " << tr("roster CSV for anonymising (added to the meetup's roster)") << '\n'
           << "  --label-style STYLE      " << tr("letters (default), numbers, roles or remove") << '\n'
           << "  --page-size SIZE         " << tr("a4 (default) or letter, for pdf") << '\n'
           << "  --no-jekyll              " << tr("md: do not add layout, title and date to the front matter") << '\n'
           << "  --notebook PATH          " << tr("the notebook holding --document") << "\n\n"
           << tr("Exit codes: 0 written, 1 a roster identity would have leaked (that file not written), 2 usage or "
                 "input error.")
           << '\n';
}

int ExportVerb::usageError(const QString &message) const
{
    m_context.err << "debrief export: " << message << '\n';
    printUsage(m_context.err);
    return UsageError;
}

int ExportVerb::exportOne(const Source &source, const Exporter &exporter, const QString &output, const QString &folder)
{
    if (source.rule == Rule::OffRecord) {
        m_context.err << "debrief export: " << tr("%1 is off the record and is never exported").arg(source.name)
                      << '\n';
        return UsageError;
    }
    ExportOptions options = m_options;
    options.documentDirectory = source.directory;
    options.fallbackDate = source.date;
    const bool chatham = m_forceChatham || source.rule == Rule::Chatham;
    QString target = output;
    if (!chatham) {
        ExportOptions asWritten = options;
        asWritten.keepAuthors = true; // on the record: the byline is part of the post
        const ExportInput in = ExportInput::fromMarkdown(source.markdown, asWritten);
        if (target.isEmpty())
            target = QDir(folder).filePath(
                ExportFileName::unique(exporter.id() == QLatin1String("md")
                                           ? ExportFileName::jekyllPost(in.metadata.title, in.metadata.date)
                                           : ExportFileName::forTitle(in.metadata.title, exporter.fileSuffix()),
                                       m_takenNames));
        if (target == QLatin1String("-")) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QString error;
            if (!exporter.write(in, buffer, &error)) {
                m_context.err << "debrief export: " << error << '\n';
                return UsageError;
            }
            m_context.out << QString::fromUtf8(buffer.data());
            return Ok;
        }
        const ExportResult result = exporter.exportToFile(in, target);
        if (!result) {
            m_context.err << "debrief export: " << result.error << '\n';
            return UsageError;
        }
        m_context.out << tr("exported: %1 → %2").arg(source.name, QDir::toNativeSeparators(target)) << '\n';
        return Ok;
    }

    if (m_csvRoster.isEmpty()) {
        m_context.err << "debrief export: "
                      << tr("%1 is under the Chatham House Rule but there is no roster to anonymise it with; give "
                            "--roster ROSTER.csv")
                             .arg(source.name)
                      << '\n';
        return UsageError;
    }
    ChathamExport::Options chathamOptions;
    chathamOptions.anonymiser = m_anonymiser;
    chathamOptions.exportOptions = options;
    const ChathamExport pipeline(source.markdown, m_csvRoster, chathamOptions);
    printFindings(target == QLatin1String("-") ? tr("<output>") : source.name, pipeline.findings());
    if (!pipeline.canWrite()) {
        m_context.err << "debrief export: "
                      << tr("%1: a roster identity is still in the output; nothing was written").arg(source.name)
                      << '\n';
        return Findings;
    }
    if (target.isEmpty())
        target = QDir(folder).filePath(ExportFileName::unique(pipeline.suggestedFileName(exporter), m_takenNames));
    if (target == QLatin1String("-")) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!pipeline.write(exporter, buffer, &error)) {
            m_context.err << "debrief export: " << error << '\n';
            return UsageError;
        }
        m_context.out << QString::fromUtf8(buffer.data());
        return Ok;
    } else {
        const ExportResult result = pipeline.write(exporter, target);
        if (!result) {
            m_context.err << "debrief export: " << result.error << '\n';
            return UsageError;
        }
    }
    m_context.out << tr("exported (anonymised): %1 → %2").arg(source.name, QDir::toNativeSeparators(target)) << '\n';
    return Ok;
}

void ExportVerb::printFindings(const QString &name, const QList<LeakFinding> &findings)
{
    for (const LeakFinding &finding : findings)
        m_context.err << name << ':' << finding.line << ':' << finding.column << ": "
                      << LeakFinding::kindName(finding.kind) << ": " << finding.text << '\n';
}

int ExportVerb::exportDocuments(Notebook &notebook, const QList<qint64> &ids, const QString &output,
                                const QString &folder)
{
    NotebookExport::Options options;
    options.format = m_exporterId;
    options.anonymiser = m_anonymiser;
    options.exportOptions = m_options;
    options.anonymiseAll = m_forceChatham;
    options.extraPeople = m_csvRoster.people();
    auto prepared = NotebookExport::prepare(notebook, ids, options);
    if (!prepared) {
        m_context.err << "debrief export: " << prepared.error().message() << '\n';
        return UsageError;
    }
    NotebookExport &batch = prepared.value();
    QList<NotebookExport::Outcome> outcomes;
    if (output == QLatin1String("-")) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        outcomes.append(batch.write(0, buffer));
        if (outcomes.constFirst().written())
            m_context.out << QString::fromUtf8(buffer.data());
    } else if (!output.isEmpty()) {
        outcomes.append(batch.write(0, output));
    } else {
        outcomes = batch.writeAll(folder, &m_takenNames);
    }
    int worst = Ok;
    for (const NotebookExport::Outcome &outcome : std::as_const(outcomes)) {
        const QString name = tr("document %1").arg(outcome.documentId);
        printFindings(output == QLatin1String("-") ? tr("<output>") : name, outcome.findings);
        switch (outcome.kind) {
        case NotebookExport::OutcomeKind::Written:
        case NotebookExport::OutcomeKind::WrittenAnonymised:
            if (output != QLatin1String("-"))
                m_context.out << (outcome.kind == NotebookExport::OutcomeKind::Written
                                      ? tr("exported: %1 → %2")
                                      : tr("exported (anonymised): %1 → %2"))
                                     .arg(name, QDir::toNativeSeparators(outcome.path))
                              << '\n';
            break;
        case NotebookExport::OutcomeKind::OffRecord:
            m_context.err << "debrief export: " << tr("%1 is off the record and is never exported").arg(name) << '\n';
            worst = std::max(worst, int(UsageError));
            break;
        case NotebookExport::OutcomeKind::Leaked:
            m_context.err << "debrief export: "
                          << tr("%1: a roster identity is still in the output; nothing was written").arg(name) << '\n';
            worst = std::max(worst, int(Findings));
            break;
        case NotebookExport::OutcomeKind::NoRoster:
            m_context.err << "debrief export: "
                          << tr("%1 is under the Chatham House Rule but there is no roster to anonymise it with; "
                                "give --roster ROSTER.csv")
                                 .arg(name)
                          << '\n';
            worst = std::max(worst, int(UsageError));
            break;
        case NotebookExport::OutcomeKind::Failed:
            m_context.err << "debrief export: " << outcome.message << '\n';
            worst = std::max(worst, int(UsageError));
            break;
        }
    }
    if (!batch.rememberLabels(notebook))
        m_context.err << "debrief export: " << tr("the labels could not be remembered for the next export") << '\n';
    return worst;
}

int ExportVerb::run()
{
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption documentOption(QStringLiteral("document"), QString(), QStringLiteral("ID"));
    const QCommandLineOption meetupOption(QStringLiteral("meetup"), QString(), QStringLiteral("ID"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                          QStringLiteral("OUT"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption chathamOption(QStringLiteral("chatham"));
    const QCommandLineOption rosterOption(QStringLiteral("roster"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption labelOption(QStringLiteral("label-style"), QString(), QStringLiteral("STYLE"),
                                         QStringLiteral("letters"));
    const QCommandLineOption pageOption(QStringLiteral("page-size"), QString(), QStringLiteral("SIZE"),
                                        QStringLiteral("a4"));
    const QCommandLineOption noJekyllOption(QStringLiteral("no-jekyll"));
    const QCommandLineOption notebookOption(QStringLiteral("notebook"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    m_parser.addOptions({formatOption, documentOption, meetupOption, outputOption, dirOption, chathamOption,
                         rosterOption, labelOption, pageOption, noJekyllOption, notebookOption, helpOption});
    if (!m_parser.parse(QStringList{QStringLiteral("debrief export")} + m_context.arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(helpOption)) {
        printUsage(m_context.out);
        return Ok;
    }
    if (!m_parser.isSet(formatOption))
        return usageError(tr("--format is required"));
    const std::unique_ptr<Exporter> exporter = Exporter::create(m_parser.value(formatOption));
    if (!exporter)
        return usageError(tr("unknown format '%1'").arg(m_parser.value(formatOption)));
    m_exporterId = exporter->id();
    const QStringList documentIds = m_parser.values(documentOption);
    const QStringList meetupIds = m_parser.values(meetupOption);
    const QStringList files = m_parser.positionalArguments();
    const int inputs = int(documentIds.size() + meetupIds.size() + files.size());
    if (inputs == 0)
        return usageError(tr("expected --document ID, --meetup ID or a Markdown file"));
    if (m_parser.isSet(outputOption) == m_parser.isSet(dirOption))
        return usageError(tr("give either -o OUT or --dir DIR"));
    if (m_parser.isSet(outputOption) && (inputs != 1 || !meetupIds.isEmpty()))
        return usageError(tr("-o takes one input; use --dir for several"));
    const QString output = m_parser.value(outputOption);
    if (output == QLatin1String("-") &&
        (exporter->id() == QLatin1String("pdf") || exporter->id() == QLatin1String("odt")))
        return usageError(tr("%1 cannot be written to standard output").arg(exporter->id()));
    const QString page = m_parser.value(pageOption).toLower();
    if (page != QLatin1String("a4") && page != QLatin1String("letter"))
        return usageError(tr("unknown page size '%1'").arg(m_parser.value(pageOption)));
    m_options.pageSize = page == QLatin1String("letter") ? PageSize::Letter : PageSize::A4;
    m_options.jekyll = !m_parser.isSet(noJekyllOption);
    const std::optional<LabelStyle> style = Labeller::styleFromString(m_parser.value(labelOption));
    if (!style)
        return usageError(tr("unknown label style '%1'").arg(m_parser.value(labelOption)));
    m_anonymiser.labelStyle = *style;
    m_forceChatham = m_parser.isSet(chathamOption);
    if (m_parser.isSet(rosterOption)) {
        const RosterCsvResult roster = RosterCsvReader::readFile(m_parser.value(rosterOption));
        // A row that could not be read is a person who would not be anonymised.
        if (!roster.isUsable() || !roster.rowErrors.isEmpty()) {
            for (const QString &problem : roster.problems(m_parser.value(rosterOption)))
                m_context.err << "debrief export: " << problem << '\n';
            return UsageError;
        }
        m_csvRoster = roster.roster;
    }
    const QString folder = m_parser.value(dirOption);
    if (!folder.isEmpty() && !QDir().mkpath(folder))
        return usageError(tr("cannot create the folder %1").arg(folder));
    for (const QString &path : files) {
        const QFileInfo input(path);
        if (!folder.isEmpty() && input.absoluteDir() == QDir(folder))
            m_takenNames.insert(input.fileName().toLower());
        if (!output.isEmpty() && output != QLatin1String("-") && input.exists() &&
            input.canonicalFilePath() == QFileInfo(output).canonicalFilePath())
            return usageError(tr("-o %1 would replace the file it is exported from").arg(output));
    }

    int worst = Ok;
    if (!documentIds.isEmpty() || !meetupIds.isEmpty()) {
        Database::Options options;
        options.mustExist = true;
        auto opened = openNotebook(m_parser.value(notebookOption), options); // a file or a team server
        if (!opened) {
            m_context.err << "debrief export: " << opened.error().message() << '\n';
            return UsageError;
        }
        const std::unique_ptr<Notebook> notebook = std::move(opened).value();
        QList<qint64> ids;
        for (const QString &idText : meetupIds) {
            bool isNumber = false;
            const qint64 meetupId = idText.toLongLong(&isNumber);
            auto documents = isNumber
                                 ? NotebookExport::meetupDocuments(*notebook, meetupId)
                                 : Result<QList<qint64>>(StorageError(StorageError::Kind::Invalid,
                                                                      tr("no meetup %1 in the notebook").arg(idText)));
            if (!documents) {
                m_context.err << "debrief export: " << documents.error().message() << '\n';
                return UsageError;
            }
            ids += documents.value();
        }
        for (const QString &idText : std::as_const(documentIds)) {
            bool isNumber = false;
            const qint64 id = idText.toLongLong(&isNumber);
            if (!isNumber || id <= 0) {
                m_context.err << "debrief export: " << tr("no document %1 in the notebook").arg(idText) << '\n';
                return UsageError;
            }
            ids.append(id);
        }
        worst = exportDocuments(*notebook, ids, output, folder);
    }
    QList<Source> sources;
    for (const QString &path : files) {
        const MarkdownFile file = MarkdownFileReader::read(path);
        if (!file.ok()) {
            m_context.err << "debrief export: " << file.error << '\n';
            return UsageError;
        }
        // A file says its rule in its front matter; without one it is on the record.
        const std::optional<Rule> rule = ruleFromString(FrontMatter(file.text).rule());
        sources.append({path, file.text, rule.value_or(Rule::OnRecord), QFileInfo(path).absolutePath(), file.date});
    }
    for (const Source &source : sources)
        worst = std::max(worst, exportOne(source, *exporter, output, folder));
    return worst;
}

} // namespace

int runExportVerb(Context &context)
{
    return ExportVerb(context).run();
}

} // namespace debrief::cli
