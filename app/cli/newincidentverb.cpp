// `debrief new-incident`: a new postmortem from a template, into the notebook or as a file
// in a postmortem repository (`make new-incident` in such a repository calls it).
#include "cli/cli.h"
#include "markdown/slug.h"
#include "markdown/templatelibrary.h"
#include "notebook/notebook.h"
#include "settings/appsettings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace debrief::cli {

namespace {

/// The verb's texts, in the "debrief::cli" translation context like every verb.
class NewIncidentVerb
{
    Q_DECLARE_TR_FUNCTIONS(debrief::cli)
public:
    explicit NewIncidentVerb(Context &context)
        : m_context(context)
    {}

    int run();

private:
    void printUsage(QTextStream &stream) const;
    int usageError(const QString &message) const;
    int inputError(const QString &message) const;
    int writeFile(const QString &folder, const QDate &date, const FilledTemplate &filled) const;
    int addToNotebook(const QString &notebookOption, const FilledTemplate &filled) const;

    Context &m_context;
};

void NewIncidentVerb::printUsage(QTextStream &stream) const
{
    stream << tr("Usage: debrief new-incident --title TITLE [--template NAME] [--dir DIR | --notebook PATH] "
                 "[--date YYYY-MM-DD] [--author NAME]")
           << '\n'
           << tr("Creates a postmortem (or any document) from a template.") << "\n\n"
           << "  --title TITLE      " << tr("the document's title (required)") << '\n'
           << "  --template NAME    "
           << tr("the template to use (default: %1)").arg(TemplateLibrary::defaultPostmortem()) << '\n'
           << "  --dir DIR          "
           << tr("write DIR/YYYY-MM-DD-slug.md instead of adding to the notebook; prints the file's path") << '\n'
           << "  --notebook PATH    " << tr("the notebook to add the document to; prints its id and title") << '\n'
           << "  --date YYYY-MM-DD  " << tr("the document's date (default: today)") << '\n'
           << "  --author NAME      " << tr("fills the template's author (default: your name as set in Debrief)")
           << "\n\n"
           << tr("Templates: %1 (your own go in %2).")
                  .arg(TemplateLibrary().names().join(QLatin1String(", ")),
                       QDir::toNativeSeparators(TemplateLibrary::defaultUserFolder()))
           << '\n'
           << tr("An existing file is never overwritten: a -2, -3 ... suffix is added instead.") << '\n';
}

int NewIncidentVerb::usageError(const QString &message) const
{
    m_context.err << "debrief new-incident: " << message << '\n'
                  << tr("Run 'debrief new-incident --help' for the options.") << '\n';
    return UsageError;
}

int NewIncidentVerb::inputError(const QString &message) const
{
    m_context.err << "debrief new-incident: " << message << '\n';
    return UsageError;
}

int NewIncidentVerb::writeFile(const QString &folder, const QDate &date, const FilledTemplate &filled) const
{
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral(".")))
        return inputError(tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(folder)));
    const QString base = date.toString(Qt::ISODate) + QLatin1Char('-') + Slug::fromTitle(filled.document.title);

    // Creating the file exclusively claims its name, so two runs at once never share one.
    QString path;
    for (int attempt = 1; attempt <= 1000 && path.isEmpty(); ++attempt) {
        const QString candidate = dir.filePath(
            base + (attempt > 1 ? QLatin1Char('-') + QString::number(attempt) : QString()) + QLatin1String(".md"));
        QFile claim(candidate);
        if (claim.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            path = candidate;
        else if (!QFileInfo::exists(candidate))
            return inputError(
                tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(candidate), claim.errorString()));
    }
    if (path.isEmpty())
        return inputError(tr("too many files named %1-N.md already").arg(base));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(filled.text.toUtf8()) < 0 || !file.commit()) {
        const QString problem = file.errorString();
        QFile::remove(path);
        return inputError(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), problem));
    }
    m_context.out << QDir::toNativeSeparators(path) << '\n';
    return Ok;
}

int NewIncidentVerb::addToNotebook(const QString &notebookOption, const FilledTemplate &filled) const
{
    auto opened = openNotebook(notebookOption);
    if (!opened)
        return inputError(opened.error().message());
    Notebook &book = *opened.value();
    const auto created = book.documents().create(filled.document);
    if (!created)
        return inputError(created.error().message());
    book.notifyDocumentsChanged();
    m_context.out << created.value().id << '\t' << created.value().title << '\n';
    return Ok;
}

int NewIncidentVerb::run()
{
    QCommandLineParser parser;
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption title(QStringLiteral("title"), QString(), QStringLiteral("TITLE"));
    const QCommandLineOption templateName(QStringLiteral("template"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption dir(QStringLiteral("dir"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption notebook(QStringLiteral("notebook"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption date(QStringLiteral("date"), QString(), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption author(QStringLiteral("author"), QString(), QStringLiteral("NAME"));
    parser.addOptions({help, title, templateName, dir, notebook, date, author});
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);

    if (!parser.parse(QStringList{QStringLiteral("debrief new-incident")} + m_context.arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        printUsage(m_context.out);
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    const QString titleText = parser.value(title).simplified();
    if (titleText.isEmpty())
        return usageError(tr("--title is required"));
    if (parser.isSet(dir) && parser.value(dir).isEmpty())
        return usageError(tr("--dir needs a folder"));

    QDate day = QDate::currentDate();
    if (parser.isSet(date)) {
        day = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!day.isValid() || parser.value(date).size() != 10)
            return usageError(tr("--date must be a date written YYYY-MM-DD, not '%1'").arg(parser.value(date)));
    }

    // Without --author, the name the window knows the user by (Settings ▸ My Name), as a
    // document made from the window gets.
    const QString authorName =
        parser.isSet(author) ? parser.value(author).simplified() : AppSettings().myName().simplified();
    const TemplateLibrary library;
    const QString name = parser.isSet(templateName) ? parser.value(templateName) : TemplateLibrary::defaultPostmortem();
    QString problem;
    const auto filled = library.instantiate(name,
                                            {{QStringLiteral("title"), titleText},
                                             {QStringLiteral("date"), day.toString(Qt::ISODate)},
                                             {QStringLiteral("author"), authorName}},
                                            &problem);
    if (!filled)
        return inputError(problem);

    return parser.isSet(dir) ? writeFile(parser.value(dir), day, *filled)
                             : addToNotebook(parser.value(notebook), *filled);
}

} // namespace

int runNewIncidentVerb(Context &context)
{
    return NewIncidentVerb(context).run();
}

} // namespace debrief::cli
