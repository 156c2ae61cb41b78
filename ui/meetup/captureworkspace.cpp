#include "meetup/captureworkspace.h"

#include "actions/actionitemsdock.h"
#include "actions/actionitemspanel.h"
#include "actions/quickcapturedialog.h"
#include "actions/tasklistbridge.h"
#include "editor/documenteditor.h"
#include "mainwindow/appactions.h"
#include "meetup/livesession.h"
#include "meetup/livetoolbar.h"
#include "meetup/meetupview.h"
#include "meetup/paragraphtimestamper.h"
#include "notebook/notebook.h"
#include "notebook/notebookview.h"
#include "settings/appsettings.h"
#include "tracker/meetupagenda.h"

#include <QAction>
#include <QDialog>
#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QVBoxLayout>

namespace debrief {

CaptureWorkspace::CaptureWorkspace(QMainWindow *window, DocumentEditor *editor, NotebookView *tree,
                                   ActionItemsDock *actionsDock, AppSettings &settings)
    : QObject(window)
    , m_window(window)
    , m_editor(editor)
    , m_tree(tree)
    , m_actionsDock(actionsDock)
    , m_settings(settings)
    , m_meetupView(new MeetupView)
    , m_meetupDock(new QDockWidget(tr("Meetup"), window))
    , m_session(new LiveSession(this))
    , m_liveBar(new LiveToolBar(m_session, window))
    , m_stamper(new ParagraphTimestamper(this))
    , m_bridge(new TaskListBridge(editor, actionsDock->controller(), this))
{
    m_actionsDock->setSettings(&m_settings);

    m_meetupDock->setObjectName(QStringLiteral("meetupDock"));
    m_meetupDock->setWidget(m_meetupView);
    window->addDockWidget(Qt::RightDockWidgetArea, m_meetupDock);
    m_meetupDock->hide(); // shown when a meetup is chosen

    window->addToolBar(Qt::TopToolBarArea, m_liveBar);
    m_liveBar->hide();
    m_stamper->setEditor(editor->bodyEdit());

    connect(m_meetupView, &MeetupView::startLiveRequested, this, &CaptureWorkspace::startLive);
    connect(m_meetupView, &MeetupView::talkActivated, this, [this](qint64 id) { m_tree->selectDocument(id); });
    connect(m_liveBar->stopAction(), &QAction::triggered, this, &CaptureWorkspace::stopLive);
    connect(m_liveBar->captureAction(), &QAction::triggered, this, &CaptureWorkspace::openQuickCapture);
    connect(m_liveBar->timestampAction(), &QAction::toggled, this,
            [this](bool on) { m_stamper->setEnabled(on && m_session->isActive()); });
    connect(m_session, &LiveSession::currentEntryChanged, this, [this] {
        if (m_session->isActive())
            m_window->statusBar()->showMessage(m_session->currentTalkText(), 5000);
    });
}

CaptureWorkspace::~CaptureWorkspace() = default;

QuickCaptureDialog *CaptureWorkspace::quickCaptureDialog() const
{
    return m_captureDialog;
}

ActionItemsPanel *CaptureWorkspace::trackerPanel() const
{
    return m_trackerPanel;
}

void CaptureWorkspace::setNotebook(Notebook *notebook)
{
    stopLive();
    if (m_notebook)
        disconnect(m_notebook, nullptr, this, nullptr);
    m_notebook = notebook;
    if (m_notebook) {
        // Talk notes written during the evening and speakers put on the roster join "Now speaking".
        connect(m_notebook, &Notebook::documentsChanged, this, &CaptureWorkspace::refreshLiveAgenda);
        connect(m_notebook, &Notebook::participantsChanged, this, &CaptureWorkspace::refreshLiveAgenda);
    }
    m_meetupView->setNotebook(notebook);
    m_bridge->setNotebook(notebook);
    if (m_trackerPanel)
        m_trackerPanel->setNotebook(notebook);
}

void CaptureWorkspace::addMenuEntries(QMenuBar *menuBar, AppActions &actions)
{
    // Share the Edit menu with the editor when it has one; otherwise make it, after File.
    QMenu *edit = nullptr;
    for (QAction *top : menuBar->actions()) {
        if (top->menu() && top->menu()->title() == tr("&Edit"))
            edit = top->menu();
    }
    if (!edit) {
        edit = new QMenu(tr("&Edit"), menuBar);
        edit->setObjectName(QStringLiteral("editMenu"));
        const QList<QAction *> top = menuBar->actions();
        menuBar->insertMenu(top.size() > 1 ? top.at(1) : nullptr, edit);
    } else {
        edit->addSeparator();
    }
    edit->addAction(m_actionsDock->undoAction());
    edit->addAction(m_actionsDock->redoAction());
    edit->addSeparator();
    edit->addAction(actions.action(QStringLiteral("actions.quick-capture")));

    for (QAction *top : menuBar->actions()) {
        if (top->menu() &&
            top->menu()->actions().contains(actions.action(QStringLiteral("view.toggle-actions-dock")))) {
            top->menu()->addAction(actions.action(QStringLiteral("view.action-tracker")));
            top->menu()->addAction(actions.action(QStringLiteral("meetup.start-live")));
        }
    }
}

void CaptureWorkspace::connectActions(AppActions &actions)
{
    connect(actions.action(QStringLiteral("actions.quick-capture")), &QAction::triggered, this,
            &CaptureWorkspace::openQuickCapture);
    connect(actions.action(QStringLiteral("view.action-tracker")), &QAction::triggered, this,
            &CaptureWorkspace::showTrackerWindow);
    connect(actions.action(QStringLiteral("meetup.start-live")), &QAction::triggered, this, [this] {
        const auto meetup =
            m_meetupView->meetupId() ? std::optional<qint64>(m_meetupView->meetupId()) : m_tree->currentMeetupId();
        if (meetup)
            startLive(*meetup);
        else
            m_window->statusBar()->showMessage(tr("Select a meetup to take live notes."), 5000);
    });
}

void CaptureWorkspace::showMeetup(qint64 id)
{
    m_meetupView->showMeetup(id);
    m_meetupDock->show();
    m_meetupDock->raise();
}

bool CaptureWorkspace::startLive(qint64 meetupId)
{
    if (!m_notebook)
        return false;
    auto meetup = m_notebook->meetups().get(meetupId);
    if (!meetup.ok())
        return false;
    std::optional<qint64> notes = MeetupAgenda::notesDocument(*m_notebook, meetupId);
    if (!notes) {
        Document document;
        document.kind = DocumentKind::MeetupNotes;
        document.title = tr("Notes: %1").arg(meetup.value().title);
        document.meetupId = meetupId;
        document.rule = meetup.value().rule;
        auto created = m_notebook->documents().create(document);
        if (!created.ok()) {
            QMessageBox::warning(m_window, tr("Live Notes"), created.error().message());
            return false;
        }
        notes = created.value().id;
        m_notebook->notifyDocumentsChanged();
    }
    m_tree->selectDocument(*notes);
    if (!m_editor->openDocument(*notes))
        return false;
    auto agenda = MeetupAgenda::read(*m_notebook, meetupId);
    m_session->start(meetupId, *notes, agenda.ok() ? agenda.value() : QList<AgendaEntry>());
    m_stamper->setEnabled(m_liveBar->timestampAction()->isChecked());
    m_liveBar->show();
    showMeetup(meetupId);
    // Put the cursor at the end, ready to type.
    QPlainTextEdit *body = m_editor->bodyEdit();
    body->moveCursor(QTextCursor::End);
    body->setFocus(Qt::OtherFocusReason);
    return true;
}

void CaptureWorkspace::refreshLiveAgenda()
{
    if (!m_notebook || !m_session->isActive())
        return;
    if (auto agenda = MeetupAgenda::read(*m_notebook, m_session->meetupId()); agenda.ok())
        m_session->setAgenda(agenda.value());
}

void CaptureWorkspace::stopLive()
{
    m_stamper->setEnabled(false);
    m_liveBar->hide();
    m_session->stop();
    m_editor->flush();
}

void CaptureWorkspace::openQuickCapture()
{
    if (!m_notebook)
        return;
    CaptureTarget target;
    QString context;
    QString suggestion;
    if (m_session->isActive()) {
        target = m_session->captureTarget();
        context = m_session->currentTalkText();
        suggestion = m_session->ownerSuggestion();
    } else {
        if (m_editor->documentId() != 0)
            target.documentId = m_editor->documentId();
        target.meetupId = m_editor->documentId() != 0 ? m_editor->meetupId() : m_tree->currentMeetupId();
        if (m_editor->documentId() != 0)
            context = tr("Document: %1").arg(m_editor->titleEdit()->text());
    }
    if (m_captureDialog)
        m_captureDialog->close();
    auto *dialog = new QuickCaptureDialog(m_actionsDock->controller(), target, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setContextText(context);
    dialog->captureEdit()->setOwnerSuggestion(suggestion);
    if (m_askAddOwner)
        dialog->captureEdit()->setAddOwnerQuestion(m_askAddOwner);
    m_captureDialog = dialog;
    // Back to the notes after capturing: the note-taker never leaves the keyboard.
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_session->isActive()) {
            m_window->activateWindow();
            m_editor->bodyEdit()->setFocus(Qt::OtherFocusReason);
        }
    });
    dialog->open();
}

void CaptureWorkspace::showTrackerWindow()
{
    if (!m_trackerWindow) {
        auto *window = new QDialog(m_window, Qt::Window);
        window->setObjectName(QStringLiteral("actionTrackerWindow"));
        window->setWindowTitle(tr("Action Items"));
        auto *panel = new ActionItemsPanel(window);
        panel->setController(m_actionsDock->controller());
        panel->setSettings(&m_settings);
        panel->setNotebook(m_notebook);
        auto *layout = new QVBoxLayout(window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(panel);
        m_actionsDock->routeUndoShortcuts(window);
        window->resize(qMax(900, m_window->width() * 4 / 5), qMax(560, m_window->height() * 4 / 5));
        m_trackerWindow = window;
        m_trackerPanel = panel;
    }
    m_trackerPanel->setContext(m_editor->documentId(),
                               m_editor->documentId() != 0 ? m_editor->meetupId() : m_tree->currentMeetupId());
    m_trackerWindow->show();
    m_trackerWindow->raise();
    m_trackerWindow->activateWindow();
}

} // namespace debrief
