#include "mainwindow/guilauncher.h"

#include "files/fileeditorwindow.h"
#include "mainwindow/mainwindow.h"
#include "notebook/demonotebook.h"
#include "notebook/notebook.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

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

/// A team notebook: the password comes from PGPASSWORD or ~/.pgpass (read by libpq), or
/// the user types it when the server asks for one. It is kept for this session only.
std::unique_ptr<Notebook> openServerNotebook(const NotebookLocation &location, QString &problemPath)
{
    QString password;
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto opened = Notebook::open(location, password);
        if (opened.ok())
            return std::move(opened).value();
        const bool needsPassword = opened.error().kind() == StorageError::Kind::Unreadable &&
                                   opened.error().message().contains(QLatin1String("password"), Qt::CaseInsensitive);
        if (attempt == 0 && needsPassword) {
            bool ok = false;
            password = QInputDialog::getText(nullptr, QApplication::translate("debrief::GuiLauncher", "Team Notebook"),
                                             QApplication::translate("debrief::GuiLauncher", "Password for %1 on %2:")
                                                 .arg(location.user, location.host),
                                             QLineEdit::Password, QString(), &ok);
            if (ok)
                continue;
        }
        problemPath = askForAnotherNotebook(QString(), opened.error());
        return nullptr;
    }
    return nullptr;
}

std::unique_ptr<Notebook> openNotebook(QString path, bool isDefault)
{
    bool picked = false;
    if (const auto location = NotebookLocation::parse(path); location && location->isServer()) {
        QString another;
        if (auto notebook = openServerNotebook(*location, another))
            return notebook;
        path = another;
        picked = true;
    }
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
    std::unique_ptr<Notebook> notebook = openNotebook(path, isDefault);
    if (!notebook)
        return 1;
    MainWindow window(std::move(notebook), settings);
    window.show();
    for (const QString &file : options.files)
        FileEditorWindow::open(file, &settings, &window);
    return QApplication::exec();
}

} // namespace debrief
