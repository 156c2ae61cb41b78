#include "mainwindow/mainwindow.h"

#include "actions/actionitemsdock.h"
#include "cli/cli.h"
#include "editor/documenteditor.h"
#include "editor/editorstatisticslabel.h"
#include "editor/outlinedock.h"
#include "export/exportas.h"
#include "files/fileeditorwindow.h"
#include "files/recentfilesmenu.h"
#include "mainwindow/appactions.h"
#include "mainwindow/statusindicators.h"
#include "markdown/templatelibrary.h"
#include "meetup/captureworkspace.h"
#include "meetup/meetupview.h"
#include "notebook/markdownimport.h"
#include "notebook/newdocumentdialog.h"
#include "notebook/newmeetupdialog.h"
#include "notebook/notebook.h"
#include "notebook/notebookmodel.h"
#include "notebook/notebooktransfer.h"
#include "notebook/notebookview.h"
#include "notebook/notebookwatcher.h"
#include "preview/markdownpreview.h"
#include "roster/chathamworkspace.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "settings/teamnotebookdialog.h"
#include "tracker/actionscontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>

#include <QTimer>
#include <algorithm>

namespace debrief {

namespace {

// AppSettings stores the default notebook as an empty path.
QString notebookSettingFor(const QString &location)
{
    if (NotebookLocation::parse(location).value_or(NotebookLocation()).isServer())
        return location; // a postgresql:// address, never a path
    const QString path = QFileInfo(location).absoluteFilePath();
    return path == QFileInfo(cli::defaultNotebookPath()).absoluteFilePath() ? QString() : path;
}

void bindToggle(QAction *action, QDockWidget *dock)
{
    QObject::connect(action, &QAction::toggled, dock, &QDockWidget::setVisible);
    QObject::connect(dock, &QDockWidget::visibilityChanged, action,
                     [action, dock] { action->setChecked(!dock->isHidden()); });
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Notebook> notebook, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_actions(new AppActions(this))
    , m_editor(new DocumentEditor(this))
    , m_notebookView(new NotebookView(this))
    , m_status(new StatusIndicators(statusBar()))
    , m_secrets(new SecretStore(this))
    , m_transfer(new NotebookTransfer(settings, *m_secrets, this))
    , m_exportAs(new ExportAs(this))
    , m_import(new MarkdownImport(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_editor);
    m_editor->setSettings(&m_settings);
    statusBar()->addPermanentWidget(new EditorStatisticsLabel(m_editor, statusBar()));
    createDocks();
    createMenus();
    connectActions();
    attachNotebook(std::move(notebook));
    restoreSession();
    // Covers quitting without a close event (session logout, QCoreApplication::quit()).
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] { m_editor->flush(); });
}

MainWindow::~MainWindow()
{
    // Nothing may call back into this half-destroyed window while the children go.
    disconnect(m_notebookView, nullptr, this, nullptr);
    disconnect(m_editor, nullptr, this, nullptr);
    // The editor's autosaver flushes into the notebook, so it must go before the notebook.
    delete m_editor;
}

void MainWindow::createDocks()
{
    m_notebookDock = new QDockWidget(tr("Notebook"), this);
    m_notebookDock->setObjectName(QStringLiteral("notebookDock"));
    m_notebookDock->setWidget(m_notebookView);
    addDockWidget(Qt::LeftDockWidgetArea, m_notebookDock);
    m_outlineDock = new OutlineDock(m_editor, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_outlineDock); // under the notebook

    m_actionItemsDock = new ActionItemsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_actionItemsDock);
    m_capture = new CaptureWorkspace(this, m_editor, m_notebookView, m_actionItemsDock, m_settings);
    m_chatham = new ChathamWorkspace(this, m_editor, m_notebookView);

    // The notebook runs the full height; the action items sit under the editor only.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->action(QStringLiteral("file.new-document")));
    file->addAction(m_actions->action(QStringLiteral("file.new-meetup")));
    file->addSeparator();
    file->addAction(m_actions->action(QStringLiteral("file.open-notebook")));
    file->addAction(m_actions->action(QStringLiteral("file.open-file")));
    auto *recent = new RecentFilesMenu(m_settings, file);
    recent->setObjectName(QStringLiteral("recentFilesMenu"));
    connect(recent, &RecentFilesMenu::fileChosen, this,
            [this](const QString &path) { FileEditorWindow::open(path, &m_settings, this); });
    file->addMenu(recent);
    file->addAction(m_actions->action(QStringLiteral("file.team-notebook")));
    file->addAction(m_actions->action(QStringLiteral("file.publish")));
    file->addAction(m_actions->action(QStringLiteral("file.offline-copy")));
    file->addSeparator();
    file->addAction(m_actions->action(QStringLiteral("file.import-files")));
    file->addAction(m_actions->action(QStringLiteral("file.import-folder")));
    file->addAction(m_actions->action(QStringLiteral("file.export-as")));
    file->addSeparator();
    file->addAction(m_actions->action(QStringLiteral("file.quit")));

    menuBar()->addMenu(tr("&Edit"))->addActions(m_editor->editActions());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions->action(QStringLiteral("view.toggle-notebook-dock")));
    view->addAction(m_actions->action(QStringLiteral("view.toggle-actions-dock")));
    view->addAction(m_outlineDock->toggleViewAction());
    view->addAction(m_actions->action(QStringLiteral("view.show-preview")));
    view->addSeparator();
    view->addAction(m_actions->action(QStringLiteral("view.focus-filter")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->action(QStringLiteral("help.about")));
    m_capture->addMenuEntries(menuBar(), *m_actions);
    m_chatham->addMenuEntries(menuBar(), *m_actions);
}

void MainWindow::connectActions()
{
    connect(m_actions->action(QStringLiteral("file.new-document")), &QAction::triggered, this,
            &MainWindow::newDocument);
    connect(m_actions->action(QStringLiteral("file.new-meetup")), &QAction::triggered, this, &MainWindow::newMeetup);
    connect(m_actions->action(QStringLiteral("file.open-notebook")), &QAction::triggered, this,
            &MainWindow::chooseNotebook);
    connect(m_actions->action(QStringLiteral("file.team-notebook")), &QAction::triggered, this,
            &MainWindow::openTeamNotebook);
    connect(m_actions->action(QStringLiteral("file.publish")), &QAction::triggered, m_transfer,
            &NotebookTransfer::publish);
    connect(m_actions->action(QStringLiteral("file.offline-copy")), &QAction::triggered, m_transfer,
            &NotebookTransfer::saveOfflineCopy);
    connect(m_transfer, &NotebookTransfer::finished, this, [this](bool copied, const QString &message) {
        if (copied)
            statusBar()->showMessage(message, 15000);
        else
            QMessageBox::warning(this, tr("Copy Notebook"), message);
    });
    connect(m_transfer, &NotebookTransfer::openRequested, this, &MainWindow::switchTo);
    m_transfer->setBeforeCopy([this] { return m_editor->flush(); });
    connect(m_actions->action(QStringLiteral("file.export-as")), &QAction::triggered, this, &MainWindow::exportAs);
    connect(m_actions->action(QStringLiteral("file.import-files")), &QAction::triggered, m_import,
            &MarkdownImport::importFiles);
    connect(m_actions->action(QStringLiteral("file.import-folder")), &QAction::triggered, m_import,
            &MarkdownImport::importFolder);
    connect(m_import, &MarkdownImport::finished, this, [this](const QList<ImportReport> &reports) {
        for (const ImportReport &report : reports) {
            // The open document, updated from its file: the editor shows the new text.
            if (report.outcome == ImportReport::Outcome::Updated && report.documentId == m_editor->documentId())
                m_notebook->notifyDocumentChanged(report.documentId);
        }
        const QString failures = MarkdownImport::failuresOf(reports);
        if (failures.isEmpty()) {
            statusBar()->showMessage(MarkdownImport::summaryOf(reports), 15000);
            return;
        }
        QMessageBox box(QMessageBox::Warning, tr("Import"), MarkdownImport::summaryOf(reports), QMessageBox::Ok, this);
        box.setDetailedText(failures);
        box.exec();
    });
    connect(m_exportAs, &ExportAs::anonymisedExportWanted, m_actions->action(QStringLiteral("file.export-chatham")),
            &QAction::trigger);
    connect(m_exportAs, &ExportAs::finished, this, [this](bool written, const QString &pathOrError) {
        if (written)
            statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(pathOrError)), 10000);
        else
            QMessageBox::warning(this, tr("Export As"), pathOrError);
    });
    connect(m_actions->action(QStringLiteral("file.open-file")), &QAction::triggered, this,
            [this] { FileEditorWindow::openWithDialog(&m_settings, this); });
    connect(m_actions->action(QStringLiteral("file.quit")), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->action(QStringLiteral("help.about")), &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->action(QStringLiteral("view.focus-filter")), &QAction::triggered, this, [this] {
        m_notebookDock->show();
        m_notebookView->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_notebookView->filterEdit()->selectAll();
    });
    bindToggle(m_actions->action(QStringLiteral("view.toggle-notebook-dock")), m_notebookDock);
    bindToggle(m_actions->action(QStringLiteral("view.toggle-actions-dock")), m_actionItemsDock);
    connect(m_actions->action(QStringLiteral("view.show-preview")), &QAction::toggled, m_editor->preview(),
            &QWidget::setVisible);
    m_capture->connectActions(*m_actions);
    m_chatham->connectActions(*m_actions);
    connect(m_capture->meetupView(), &MeetupView::exportRequested, m_chatham, &ChathamWorkspace::exportMeetup);

    connect(m_notebookView, &NotebookView::documentActivated, this, &MainWindow::activateDocument);
    connect(m_notebookView, &NotebookView::meetupActivated, this, &MainWindow::activateMeetup);
    connect(m_editor, &DocumentEditor::documentOpened, this, &MainWindow::showDocumentContext);
    connect(m_editor, &DocumentEditor::saveStateChanged, this,
            [this](DocumentEditor::SaveState state, const QString &reason) {
                m_status->showSaveState(state, reason);
                setWindowModified(state == DocumentEditor::SaveState::Pending ||
                                  state == DocumentEditor::SaveState::Failed);
            });
    connect(m_actionItemsDock->controller(), &ActionsController::pendingChanged, m_status,
            &StatusIndicators::showPendingActionEdits);
    connect(m_editor, &DocumentEditor::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_notebookView->model(), &NotebookModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
}

bool MainWindow::attachNotebook(std::unique_ptr<Notebook> notebook)
{
    // The editor goes first: it refuses when the open document's edits cannot be saved.
    if (!m_editor->setNotebook(notebook.get()))
        return false;
    m_notebookView->setNotebook(notebook.get());
    m_actionItemsDock->setNotebook(notebook.get());
    m_capture->setNotebook(notebook.get());
    m_chatham->setNotebook(notebook.get());
    m_status->setNotebook(notebook.get());
    m_transfer->setNotebook(notebook.get());
    m_import->setNotebook(notebook.get());
    m_notebook = std::move(notebook); // the previous notebook closes only now
    setWindowFilePath(m_notebook ? m_notebook->location() : QString());
    // Publishing is for a notebook on this computer; a team notebook is published already.
    const bool isServer = m_notebook && m_notebook->database().handle().server;
    m_actions->action(QStringLiteral("file.publish"))->setEnabled(m_notebook && !isServer);
    m_actions->action(QStringLiteral("file.offline-copy"))->setEnabled(m_notebook != nullptr);
    if (m_notebook) // team members' and other programs' changes show up without a restart
        (new NotebookWatcher(*m_notebook, m_notebook.get()))->start();
    return true;
}

void MainWindow::restoreSession()
{
    if (!restoreGeometry(m_settings.windowGeometry())) {
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        resize(qMin(1280, screen.width() * 9 / 10), qMin(820, screen.height() * 9 / 10));
    }
    if (!restoreState(m_settings.windowState())) {
        // First start: room for meetup titles on the left and a handful of actions below.
        resizeDocks({m_notebookDock}, {qMax(280, width() / 4)}, Qt::Horizontal);
        resizeDocks({m_actionItemsDock}, {height() / 4}, Qt::Vertical);
    }
    // A dock hidden before the window is shown emits no visibilityChanged.
    m_actions->action(QStringLiteral("view.toggle-notebook-dock"))->setChecked(!m_notebookDock->isHidden());
    m_actions->action(QStringLiteral("view.toggle-actions-dock"))->setChecked(!m_actionItemsDock->isHidden());
    if (!m_notebook)
        return;
    qint64 toOpen = 0;
    if (m_settings.lastNotebook() == notebookSettingFor(m_notebook->location()))
        toOpen = m_settings.lastDocumentId();
    if (toOpen == 0) {
        // A first start shows a document rather than an empty editor: the newest postmortem,
        // or else the newest document.
        if (auto documents = m_notebook->documents().list(); documents && !documents.value().isEmpty()) {
            const auto &all = documents.value();
            const auto postmortem = std::find_if(
                all.cbegin(), all.cend(), [](const DocumentSummary &d) { return d.kind == DocumentKind::Postmortem; });
            toOpen = postmortem != all.cend() ? postmortem->id : all.constFirst().id;
        }
    }
    if (toOpen != 0)
        m_notebookView->selectDocument(toOpen);
}

void MainWindow::saveSession()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    if (m_notebook) {
        m_settings.setLastNotebook(notebookSettingFor(m_notebook->location()));
        m_settings.setLastDocumentId(m_editor->documentId());
    }
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_transfer->isBusy() || m_import->isBusy() || m_exportAs->isBusy()) {
        // Closing now would leave an invisible process finishing the job, or half of it.
        QMessageBox::information(this, tr("Still Working"),
                                 tr("A copy, import or export is still running. Close Debrief when it has finished."));
        event->ignore();
        return;
    }
    if (!mayDropActionEdits(tr("If you close Debrief now, they are lost."))) {
        event->ignore();
        return;
    }
    if (!m_editor->flush()) {
        const auto answer = QMessageBox::warning(
            this, tr("Unsaved Changes"),
            tr("The document could not be saved. If you close Debrief now, your latest edits are lost."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    saveSession();
    QMainWindow::closeEvent(event);
}

Result<Document> MainWindow::createDocument(const Document &document)
{
    auto created = m_notebook->documents().create(document);
    if (!created.ok())
        return created;
    m_notebook->notifyDocumentsChanged();
    m_notebookView->selectDocument(created.value().id);
    if (m_editor->openDocument(created.value().id))
        m_editor->bodyEdit()->setFocus(Qt::OtherFocusReason);
    return created;
}

Result<Meetup> MainWindow::createMeetup(const Meetup &meetup)
{
    auto created = m_notebook->meetups().create(meetup);
    if (!created.ok())
        return created;
    m_notebook->notifyMeetupsChanged();
    m_notebookView->selectMeetup(created.value().id);
    return created;
}

void MainWindow::newDocument()
{
    auto meetups = m_notebook->meetups().list();
    const QList<Meetup> known = meetups.ok() ? meetups.value() : QList<Meetup>();
    const TemplateLibrary library;
    NewDocumentDialog dialog(known, m_notebookView->currentMeetupId(), library.templates(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Document document;
    if (!dialog.templateName().isEmpty()) {
        QString meetupTitle;
        for (const Meetup &meetup : known) {
            if (meetup.id == dialog.meetupId())
                meetupTitle = meetup.title;
        }
        QString problem;
        const auto filled = library.instantiate(dialog.templateName(),
                                                {{QStringLiteral("title"), dialog.title()},
                                                 {QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate)},
                                                 {QStringLiteral("author"), m_settings.myName()},
                                                 {QStringLiteral("meetup"), meetupTitle}},
                                                &problem);
        if (!filled) {
            QMessageBox::warning(this, tr("New Document"), problem);
            return;
        }
        document = filled->document;
    }
    document.kind = dialog.kind();
    document.title = dialog.title();
    document.meetupId = dialog.meetupId();
    auto created = createDocument(document);
    if (!created.ok())
        showError(tr("The document could not be created."), created.error());
}

void MainWindow::newMeetup()
{
    NewMeetupDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto created = createMeetup(dialog.meetup());
    if (!created.ok())
        showError(tr("The meetup could not be created."), created.error());
}

void MainWindow::openTeamNotebook()
{
    TeamNotebookDialog dialog(m_settings, *m_secrets, this);
    if (dialog.exec() == QDialog::Accepted)
        switchTo(dialog.location(), dialog.password());
}

bool MainWindow::mayDropActionEdits(const QString &consequence)
{
    // Action edits kept for the server or waiting for a Keep Mine/Theirs/Both live in memory.
    const ActionsController *actions = m_actionItemsDock->controller();
    const qsizetype unsaved = actions->pendingEdits().size() + actions->conflicts().size();
    if (unsaved == 0)
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Action Edits"),
        tr("%n action edit(s) are not saved yet: the server has not answered, or someone else changed the action "
           "too.",
           nullptr, int(unsaved)) +
            QLatin1Char(' ') + consequence,
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

bool MainWindow::switchTo(const NotebookLocation &location, const QString &password)
{
    if (!mayDropActionEdits(tr("If you open another notebook now, they are lost.")))
        return false;
    if (!m_editor->flush()) {
        QMessageBox::warning(this, tr("Open Notebook"),
                             tr("The open document could not be saved, so the notebook stays open. "
                                "Copy your latest edits somewhere safe, or try again."));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Database::Options options;
    options.mustExist = !location.isServer();
    auto opened = Notebook::open(location, password, options);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        showError(tr("Could not open the notebook %1.").arg(location.toString()), opened.error());
        return false;
    }
    if (!attachNotebook(std::move(opened).value()))
        return false;
    m_settings.setLastNotebook(notebookSettingFor(location.isServer() ? location.toString() : location.path));
    m_settings.setLastDocumentId(0);
    statusBar()->showMessage(
        tr("Opened %1").arg(location.isServer() ? location.toString() : QDir::toNativeSeparators(location.path)), 5000);
    return true;
}

void MainWindow::exportAs()
{
    const qint64 id = m_editor->documentId();
    if (id == 0) {
        statusBar()->showMessage(tr("Open a document to export it."), 5000);
        return;
    }
    if (!m_editor->flush()) {
        QMessageBox::warning(this, tr("Export As"),
                             tr("The document could not be saved, so it cannot be exported yet."));
        return;
    }
    auto document = m_notebook->documents().get(id);
    if (!document) {
        showError(tr("The document could not be read."), document.error());
        return;
    }
    m_exportAs->run(ExportInput::fromDocument(document.value()), document.value().rule,
                    QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), true);
}

void MainWindow::chooseNotebook()
{
    const QString current = m_notebook ? m_notebook->location() : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Notebook"), QFileInfo(current).absolutePath(),
                                                      tr("Debrief notebooks (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openNotebook(path);
}

bool MainWindow::openNotebook(const QString &path)
{
    return switchTo(NotebookLocation::sqlite(path), QString());
}

void MainWindow::activateDocument(qint64 id)
{
    if (m_editor->openDocument(id))
        return;
    // The open document could not be saved (or the new one read): keep the tree truthful.
    const qint64 current = m_editor->documentId();
    QTimer::singleShot(0, this, [this, current] {
        if (current != 0)
            m_notebookView->selectDocument(current);
    });
}

void MainWindow::activateMeetup(qint64 id)
{
    m_actionItemsDock->setContext(m_editor->documentId(), id);
    m_capture->showMeetup(id);
}

void MainWindow::showDocumentContext(qint64 id)
{
    m_actionItemsDock->setContext(id, id != 0 ? m_editor->meetupId() : m_notebookView->currentMeetupId());
}

void MainWindow::showError(const QString &what, const StorageError &error)
{
    QMessageBox box(QMessageBox::Warning, windowTitle(), what, QMessageBox::Ok, this);
    box.setInformativeText(error.message());
    box.setDetailedText(error.detail());
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Debrief"),
                       tr("<h3>Debrief %1</h3><p>Blameless postmortems and Chatham House meetup notes.</p>"
                          "<p>Notebook: %2</p>")
                           .arg(QCoreApplication::applicationVersion(),
                                m_notebook ? m_notebook->location().toHtmlEscaped() : tr("none")));
}

} // namespace debrief
