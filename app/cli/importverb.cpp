// `debrief import PATH...`: Markdown files and folders (Jekyll posts too) into the notebook,
// one line per file; a file that cannot be imported does not stop the others.
#include "cli/cli.h"
#include "importer/markdownimporter.h"
#include "notebook/notebook.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace debrief::cli {

namespace {

class ImportVerb
{
    Q_DECLARE_TR_FUNCTIONS(debrief::cli)
public:
    explicit ImportVerb(Context &context)
        : m_context(context)
    {}

    int run();

private:
    void printUsage(QTextStream &stream) const;
    void print(const ImportReport &report) const;

    Context &m_context;
};

void ImportVerb::printUsage(QTextStream &stream) const
{
    stream << tr("Usage: debrief import [--notebook PATH] PATH...") << '\n'
           << tr("Imports Markdown files, and the *.md files in folders (Jekyll's _posts included), into the "
                 "notebook. Importing a file again updates its document; task lines become action items.")
           << "\n\n"
           << "  --notebook PATH  " << tr("the notebook to import into (created when missing)") << "\n\n"
           << tr("Exit codes: 0 every file imported, 1 some files could not be imported, 2 usage error.") << '\n';
}

void ImportVerb::print(const ImportReport &report) const
{
    const QString path = QDir::toNativeSeparators(report.path);
    switch (report.outcome) {
    case ImportReport::Outcome::Imported:
        m_context.out << tr("imported: %1 (document %2, %n new action(s))", nullptr, report.actionsCreated)
                             .arg(path)
                             .arg(report.documentId)
                      << '\n';
        break;
    case ImportReport::Outcome::Updated:
        m_context.out << tr("updated: %1 (document %2, %3 new and %4 changed actions)")
                             .arg(path)
                             .arg(report.documentId)
                             .arg(report.actionsCreated)
                             .arg(report.actionsUpdated)
                      << '\n';
        break;
    case ImportReport::Outcome::Unchanged:
        m_context.out << tr("unchanged: %1 (document %2)").arg(path).arg(report.documentId) << '\n';
        break;
    case ImportReport::Outcome::Failed:
        m_context.err << tr("skipped: %1").arg(report.message) << '\n';
        break;
    }
}

int ImportVerb::run()
{
    QCommandLineParser parser;
    const QCommandLineOption notebookOption(QStringLiteral("notebook"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({notebookOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("debrief import")} + m_context.arguments)) {
        m_context.err << "debrief import: " << parser.errorText() << '\n';
        printUsage(m_context.err);
        return UsageError;
    }
    if (parser.isSet(helpOption)) {
        printUsage(m_context.out);
        return Ok;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        m_context.err << "debrief import: " << tr("expected at least one file or folder") << '\n';
        printUsage(m_context.err);
        return UsageError;
    }
    // Importing into a new notebook is fine; say where it is so the files are not lost.
    Database::Options options;
    options.mustExist = false;
    auto opened = openNotebook(parser.value(notebookOption), options); // a file or a team server
    if (!opened) {
        m_context.err << "debrief import: " << opened.error().message() << '\n';
        return UsageError;
    }
    const QString location = opened.value()->location();
    const bool server = NotebookLocation::parse(location).value_or(NotebookLocation()).isServer();
    m_context.out
        << tr("notebook: %1").arg(server ? location : QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath()))
        << '\n';
    MarkdownImporter importer(*opened.value());
    bool failed = false;
    for (const ImportReport &report : importer.importPaths(paths)) {
        print(report);
        failed = failed || report.failed();
    }
    return failed ? Findings : Ok;
}

} // namespace

int runImportVerb(Context &context)
{
    return ImportVerb(context).run();
}

} // namespace debrief::cli
