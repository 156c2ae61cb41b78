// Debrief starts the GUI unless a command-line verb (or --help/--version) is given: both
// run the same core code.
#include "cli/cli.h"
#include "common/localization.h"
#include "mainwindow/guilauncher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
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

/// PDF and ODT exports lay out text, which needs fonts and so a QGuiApplication (without a
/// window); every other verb starts faster without one.
bool needsFonts(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString format;
        if (arguments.at(i).startsWith(QLatin1String("--format=")))
            format = arguments.at(i).mid(9);
        else if (arguments.at(i) == QLatin1String("--format") && i + 1 < arguments.size())
            format = arguments.at(i + 1);
        if (format == QLatin1String("pdf") || format == QLatin1String("odt"))
            return true;
    }
    return false;
}

int runCommandLine(int argc, char **argv, const QStringList &arguments)
{
    std::unique_ptr<QCoreApplication> application;
    if (needsFonts(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
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
    parser.addPositionalArgument(QStringLiteral("FILE.md"),
                                 QCoreApplication::translate("main", "Markdown files to edit in place."),
                                 QStringLiteral("[FILE.md...]"));
    parser.process(app);

    debrief::GuiOptions options;
    const QString requested = parser.value(notebookOption);
    options.notebookPath = debrief::cli::notebookPath(requested);
    options.isDefaultNotebook = options.notebookPath == debrief::cli::defaultNotebookPath();
    options.files = parser.positionalArguments();
    return debrief::runGui(options);
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (debrief::cli::wantsCommandLine(arguments))
        return runCommandLine(argc, argv, arguments);
    return runGraphical(argc, argv);
}
