// `debrief copy-notebook SRC DST`: publish a notebook to a team server or take an offline
// copy, with every row counted on both sides.
#include "cli/cli.h"
#include "storage/notebookcopier.h"

#include <QCommandLineParser>

namespace debrief::cli {

namespace {

class CopyNotebookVerb
{
    Q_DECLARE_TR_FUNCTIONS(debrief::cli)
public:
    explicit CopyNotebookVerb(Context &context)
        : m_context(context)
    {}

    int run()
    {
        QCommandLineParser parser;
        const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
        parser.addOption(help);
        if (!parser.parse(QStringList{QStringLiteral("debrief copy-notebook")} + m_context.arguments))
            return usageError(parser.errorText());
        if (parser.isSet(help)) {
            printUsage(m_context.out);
            return Ok;
        }
        const QStringList sides = parser.positionalArguments();
        if (sides.size() != 2)
            return usageError(tr("give the source and the destination notebook"));

        QString problem;
        const auto from = NotebookLocation::parse(sides.at(0), &problem);
        if (!from)
            return usageError(problem);
        const auto to = NotebookLocation::parse(sides.at(1), &problem);
        if (!to)
            return usageError(problem);
        if (from->toString() == to->toString())
            return usageError(tr("the source and the destination are the same notebook"));

        Database::Options mustExist;
        mustExist.mustExist = true; // a mistyped source must not become a new, empty notebook
        auto source = openDatabase(*from, mustExist);
        if (!source)
            return failure(source.error().message());
        auto target = openDatabase(*to);
        if (!target)
            return failure(target.error().message());

        auto copied = NotebookCopier::copy(*source.value(), *target.value());
        if (!copied)
            return failure(copied.error().message());
        m_context.out << tr("Copied %1 to %2:").arg(from->toString(), to->toString()) << '\n';
        for (const NotebookCopier::TableCount &table : copied.value())
            m_context.out << "  " << table.table.leftJustified(20) << table.rows << '\n';
        return Ok;
    }

private:
    void printUsage(QTextStream &stream) const
    {
        stream << tr("Usage: debrief copy-notebook SOURCE DESTINATION") << '\n'
               << tr("Copies a whole notebook into a new, empty one and checks the row counts.") << '\n'
               << tr("Each side is an SQLite file or postgresql://user@host:port/database; the server password "
                     "comes from PGPASSWORD, ~/.pgpass or the system keychain.")
               << '\n';
    }

    int usageError(const QString &message) const
    {
        m_context.err << "debrief copy-notebook: " << message << '\n';
        printUsage(m_context.err);
        return UsageError;
    }

    int failure(const QString &message) const
    {
        m_context.err << "debrief copy-notebook: " << message << '\n';
        return UsageError;
    }

    Context &m_context;
};

} // namespace

int runCopyNotebookVerb(Context &context)
{
    return CopyNotebookVerb(context).run();
}

} // namespace debrief::cli
