#pragma once

// Runs the command line in-process, as `debrief ARGS...`, and captures what it prints.

#include "cli/cli.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace debrief::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = cli::run(QStringList{QStringLiteral("debrief")} + arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

} // namespace debrief::test
