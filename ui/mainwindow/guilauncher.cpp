#include "mainwindow/guilauncher.h"

#include "files/fileeditorwindow.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/servernotebookopener.h"
#include "notebook/demonotebook.h"
#include "notebook/notebook.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace debrief {

namespace {

/// Asks what to do about a notebook that would not open: another file, or quit.
/// Returns the path to try next, empty to quit. The broken file is never touched.
QString askForAnotherNotebook(const QString &path, const StorageError &error)
{
    QMessageBox box(QMessageBox::Critical, QApplication::translate("debrief::GuiLauncher", "Debrief"), error.message());
    box.setInformativeText(
        QApplication::translate("debrief::GuiLauncher", "Open another notebook, or quit and try again later."));
    if (!error.detail().isEmpty())
        box.setDetailedText(error.detail());
    QPushButton *another = box.addButton(QApplication::translate("debrief::GuiLauncher", "Open Another Notebook…"),
                                         QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close)->setText(QApplication::translate("debrief::GuiLauncher", "Quit"));
    box.setDefaultButton(another);
    box.exec();
    if (box.clickedButton() != another)
        return {};
    return QFileDialog::getOpenFileName(
        nullptr, QApplication::translate("debrief::GuiLauncher", "Open Notebook"), QFileInfo(path).absolutePath(),
        QApplication::translate("debrief::GuiLauncher", "Debrief notebooks (*.sqlite *.db);;All files (*)"));
}

/// Opens the SQLite notebook at @p path, or another one the user picks when it will not open.
std::unique_ptr<Notebook> openFileNotebook(QString path, bool isDefault, bool picked)
{
    while (!path.isEmpty()) {
        const bool existed = QFileInfo::exists(path);
        if (isDefault && !existed)
            QDir().mkpath(QFileInfo(path).absolutePath()); // AppDataLocation may not exist yet
        Database::Options options;
        // A file picked in the dialog must exist; --notebook may name a new notebook.
        options.mustExist = picked;
        auto opened = Notebook::openSqlite(path, options);
        if (opened.ok()) {
            std::unique_ptr<Notebook> notebook = std::move(opened).value();
            if (isDefault && !existed) {
                const Status demo = createDemoNotebook(*notebook, QDate::currentDate());
                if (!demo.ok())
                    qWarning("Could not create the demo notebook: %s", qPrintable(demo.error().message()));
                notebook->notifyMeetupsChanged();
            }
            return notebook;
        }
        path = askForAnotherNotebook(path, opened.error());
        isDefault = false;
        picked = true;
    }
    return nullptr;
}

} // namespace

int runGui(const GuiOptions &options)
{
    AppSettings settings;
    QString path = options.notebookPath;
    bool isDefault = options.isDefaultNotebook;
    // Without an explicit choice, continue with the notebook of the last session.
    const QString last = settings.lastNotebook();
    const bool lastIsServer = NotebookLocation::parse(last).value_or(NotebookLocation()).isServer();
    if (isDefault && !last.isEmpty() && (lastIsServer || QFileInfo::exists(last))) {
        path = last;
        isDefault = false;
    }

    SecretStore secrets;
    std::unique_ptr<MainWindow> window;
    const auto showWindow = [&](std::unique_ptr<Notebook> notebook) {
        window = std::make_unique<MainWindow>(std::move(notebook), settings);
        window->show();
        for (const QString &file : options.files)
            FileEditorWindow::open(file, &settings, window.get());
    };

    const auto location = NotebookLocation::parse(path);
    if (!location || !location->isServer()) {
        std::unique_ptr<Notebook> notebook = openFileNotebook(path, isDefault, false);
        if (!notebook)
            return 1;
        showWindow(std::move(notebook));
        return QApplication::exec();
    }

    // A team notebook may wait for the keychain, which answers through the event loop.
    // Until the window shows, closing a password prompt must not end the application.
    QApplication::setQuitOnLastWindowClosed(false);
    ServerNotebookOpener opener(*location, secrets);
    QObject::connect(&opener, &ServerNotebookOpener::finished, &opener, [&](bool opened) {
        std::unique_ptr<Notebook> notebook;
        if (opened) {
            notebook = opener.takeNotebook();
        } else if (const QString another = askForAnotherNotebook(QString(), opener.error()); !another.isEmpty()) {
            notebook = openFileNotebook(another, false, true);
        }
        if (!notebook) {
            QApplication::exit(1);
            return;
        }
        showWindow(std::move(notebook));
        QApplication::setQuitOnLastWindowClosed(true);
        // A password typed at start-up may still be on its way to the keychain: say how it went.
        QObject::connect(&secrets, &SecretStore::passwordWritten, window.get(), [&window] {
            window->statusBar()->showMessage(
                QApplication::translate("debrief::GuiLauncher", "The password was saved in the system keychain."),
                10000);
        });
        QObject::connect(
            &secrets, &SecretStore::failed, window.get(),
            [&window](const QString &, SecretStore::Outcome, const QString &message) {
                window->statusBar()->showMessage(
                    QApplication::translate("debrief::GuiLauncher", "The password was not saved in the keychain: %1")
                        .arg(message),
                    15000);
            });
    });
    QTimer::singleShot(0, &opener, &ServerNotebookOpener::start);
    return QApplication::exec();
}

} // namespace debrief
