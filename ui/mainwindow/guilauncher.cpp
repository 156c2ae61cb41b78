#include "mainwindow/guilauncher.h"

#include "mainwindow/mainwindow.h"
#include "notebook/demonotebook.h"
#include "notebook/notebook.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
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

std::unique_ptr<Notebook> openNotebook(QString path, bool isDefault)
{
    bool picked = false;
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
    if (isDefault && !last.isEmpty() && QFileInfo::exists(last)) {
        path = last;
        isDefault = false;
    }
    std::unique_ptr<Notebook> notebook = openNotebook(path, isDefault);
    if (!notebook)
        return 1;
    MainWindow window(std::move(notebook), settings);
    window.show();
    return QApplication::exec();
}

} // namespace debrief
