// Debrief starts the GUI unless a command-line verb (or --help/--version) is given: both
// run the same core code.
#include "cli/cli.h"
#include "common/localization.h"
#include "mainwindow/guilauncher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Debrief"));
    QCoreApplication::setApplicationName(QStringLiteral("debrief"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEBRIEF_VERSION));
}

int runCommandLine(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    debrief::installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return debrief::cli::run(app.arguments(), out, err);
}

int runGraphical(int argc, char **argv)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Debrief"));
    QApplication::setDesktopFileName(QStringLiteral(DEBRIEF_APP_ID));
    debrief::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Blameless postmortems and Chatham House meetup notes."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption notebookOption(QStringLiteral("notebook"),
                                      QCoreApplication::translate("main", "Open the notebook at PATH."),
                                      QStringLiteral("PATH"));
    parser.addOption(notebookOption);
    parser.process(app);

    debrief::GuiOptions options;
    const QString requested = parser.value(notebookOption);
    options.notebookPath = debrief::cli::notebookPath(requested);
    options.isDefaultNotebook = options.notebookPath == debrief::cli::defaultNotebookPath();
    return debrief::runGui(options);
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (debrief::cli::wantsCommandLine(arguments))
        return runCommandLine(argc, argv);
    return runGraphical(argc, argv);
}
