#pragma once

#include "notebook/notebook.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace debrief::cli {

/// Exit codes shared by every verb (DESIGN.md): 0 ok, 1 findings, 2 usage or input error.
enum ExitCode : int
{
    Ok = 0,
    Findings = 1,
    UsageError = 2
};

/// What a verb gets: its own arguments (without the verb) and the two output streams.
struct Context
{
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;
};

/// One command-line verb, such as `debrief scan`.
struct Verb
{
    const char *name;
    const char *summary; ///< one line for `debrief --help`, translated in the "debrief::cli" context
    std::function<int(Context &)> run;
};

/// Every verb, in the order `--help` lists them (cli/verbs.cpp).
[[nodiscard]] const QList<Verb> &verbs();

/// True when argv asks for a command-line verb, --help or --version rather than the GUI.
[[nodiscard]] bool wantsCommandLine(const QStringList &arguments);

/// Runs the command line; @p arguments is the full argv (program name first).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// Resolves the notebook to open: --notebook, then $DEBRIEF_NOTEBOOK, then the default.
[[nodiscard]] QString notebookPath(const QString &fromOption);
/// The embedded default: AppDataLocation/notebook.sqlite.
[[nodiscard]] QString defaultNotebookPath();

/// Opens the notebook named by --notebook (a file path or a postgresql:// URL), else
/// $DEBRIEF_NOTEBOOK, else the default. A server password comes from PGPASSWORD or
/// ~/.pgpass (read by libpq), or, when the server asks for one and PGPASSWORD is not set,
/// from the system keychain (waited for a few seconds at most; no keychain answers at once).
Result<std::unique_ptr<Notebook>> openNotebook(const QString &fromOption, const Database::Options &options = {});
/// Opens @p location's database the same way (for verbs that work below the Notebook).
Result<std::unique_ptr<Database>> openDatabase(const NotebookLocation &location, const Database::Options &options = {});

} // namespace debrief::cli
