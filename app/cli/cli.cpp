#include "cli/cli.h"

#include "secrets/secretstore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace debrief::cli {

namespace {

/// For texts marked with QT_TRANSLATE_NOOP("debrief::cli", ...) elsewhere.
QString translated(const char *text)
{
    return QCoreApplication::translate("debrief::cli", text);
}

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("-h") || argument == QLatin1String("--help") || argument == QLatin1String("help");
}

bool isVersion(const QString &argument)
{
    return argument == QLatin1String("-v") || argument == QLatin1String("--version");
}

const Verb *findVerb(const QString &name)
{
    for (const Verb &verb : verbs()) {
        if (name == QLatin1String(verb.name))
            return &verb;
    }
    return nullptr;
}

/// Arguments after the program name, with a leading `--notebook PATH` split off so that
/// `debrief --notebook X actions` and `debrief actions --notebook X` mean the same.
struct Split
{
    QStringList notebookOption;
    QStringList rest;
};

Split splitLeadingOptions(const QStringList &arguments)
{
    Split split;
    int i = 1;
    while (i < arguments.size()) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--notebook") && i + 1 < arguments.size()) {
            split.notebookOption << argument << arguments.at(i + 1);
            i += 2;
        } else if (argument.startsWith(QLatin1String("--notebook="))) {
            split.notebookOption << argument;
            ++i;
        } else {
            break;
        }
    }
    split.rest = arguments.mid(i);
    return split;
}

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("debrief::cli", "Usage: debrief [--notebook PATH] [COMMAND [ARGUMENTS...]]")
        << '\n'
        << QCoreApplication::translate("debrief::cli",
                                       "Blameless postmortems, action items and Chatham House meetup notes.")
        << '\n'
        << QCoreApplication::translate("debrief::cli", "Without a command, Debrief opens its window.") << "\n\n";
    if (!verbs().isEmpty()) {
        out << QCoreApplication::translate("debrief::cli", "Commands:") << '\n';
        for (const Verb &verb : verbs())
            out << "  " << QString::fromLatin1(verb.name).leftJustified(16) << translated(verb.summary) << '\n';
        out << '\n';
    }
    out << QCoreApplication::translate("debrief::cli", "Options:") << '\n'
        << "  --notebook PATH  "
        << QCoreApplication::translate("debrief::cli", "the notebook to use (default: $DEBRIEF_NOTEBOOK, then %1)")
               .arg(QDir::toNativeSeparators(defaultNotebookPath()))
        << '\n'
        << "  -h, --help       " << QCoreApplication::translate("debrief::cli", "show this help") << '\n'
        << "  -v, --version    " << QCoreApplication::translate("debrief::cli", "show the version") << "\n\n"
        << QCoreApplication::translate("debrief::cli", "Run 'debrief COMMAND --help' for the options of a command.")
        << '\n'
        << QCoreApplication::translate("debrief::cli", "Exit codes: 0 success, 1 findings, 2 usage or input error.")
        << '\n';
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    const Split split = splitLeadingOptions(arguments);
    if (split.rest.isEmpty())
        return false;
    const QString &first = split.rest.constFirst();
    if (isHelp(first) || isVersion(first) || findVerb(first))
        return true;
    // A word that is neither an option nor an existing file is a mistyped command: the
    // command line explains that better than a window would.
    return !first.startsWith(QLatin1Char('-')) && !first.contains(QLatin1Char('.')) &&
           !first.contains(QLatin1Char('/')) && !QFileInfo::exists(first);
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const Split split = splitLeadingOptions(arguments);
    if (split.rest.isEmpty() || isHelp(split.rest.constFirst())) {
        if (split.rest.size() > 1 && findVerb(split.rest.at(1))) {
            Context context{QStringList{QStringLiteral("--help")}, out, err};
            return findVerb(split.rest.at(1))->run(context);
        }
        printHelp(out);
        return Ok;
    }
    const QString &name = split.rest.constFirst();
    if (isVersion(name)) {
        out << "debrief " << QStringLiteral(DEBRIEF_VERSION) << '\n';
        return Ok;
    }
    const Verb *verb = findVerb(name);
    if (!verb) {
        err << QCoreApplication::translate(
                   "debrief::cli", "debrief: unknown command '%1'. Run 'debrief --help' for the list of commands.")
                   .arg(name)
            << '\n';
        return UsageError;
    }
    Context context{split.rest.mid(1) + split.notebookOption, out, err};
    const int code = verb->run(context);
    out.flush();
    err.flush();
    return code;
}

QString defaultNotebookPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/notebook.sqlite");
}

QString notebookPath(const QString &fromOption)
{
    if (!fromOption.isEmpty())
        return fromOption;
    const QString fromEnvironment = qEnvironmentVariable("DEBRIEF_NOTEBOOK");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultNotebookPath();
}

namespace {

// Long enough for a keychain that has to unlock, short enough that a script notices.
constexpr int kKeychainWaitMs = 5000;

/// Opens with libpq's own sources of a password first, then with the keychain's.
template<typename Opened, typename Open>
Result<Opened> withServerPassword(const NotebookLocation &location, Open open)
{
    Result<Opened> opened = open(QString());
    if (opened.ok() || opened.error().kind() != StorageError::Kind::PasswordRequired)
        return opened;
    // An explicit PGPASSWORD is what the user wants tried, even when it is wrong.
    if (!qEnvironmentVariableIsSet("PGPASSWORD")) {
        const QString stored = SecretStore::readPasswordAndWait(location.secretKey(), kKeychainWaitMs);
        if (!stored.isEmpty())
            opened = open(stored);
    }
    if (opened.ok() || opened.error().kind() != StorageError::Kind::PasswordRequired)
        return opened;
    return StorageError(
        StorageError::Kind::PasswordRequired,
        opened.error().message() + QLatin1Char(' ') +
            translated(QT_TRANSLATE_NOOP("debrief::cli", "Set PGPASSWORD, add the password to ~/.pgpass, or save it in "
                                                         "the system keychain from Debrief's Team Notebook dialog.")),
        opened.error().detail());
}

} // namespace

Result<std::unique_ptr<Notebook>> openNotebook(const QString &fromOption, const Database::Options &options)
{
    QString problem;
    const auto location = NotebookLocation::parse(notebookPath(fromOption), &problem);
    if (!location)
        return StorageError(StorageError::Kind::Invalid, problem);
    return withServerPassword<std::unique_ptr<Notebook>>(
        *location, [&](const QString &password) { return Notebook::open(*location, password, options); });
}

Result<std::unique_ptr<Database>> openDatabase(const NotebookLocation &location, const Database::Options &options)
{
    return withServerPassword<std::unique_ptr<Database>>(
        location, [&](const QString &password) { return Database::open(location, password, options); });
}

} // namespace debrief::cli
