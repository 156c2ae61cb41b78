#include "roster/chathamworkspace.h"

#include "chatham/meetuproster.h"
#include "editor/documenteditor.h"
#include "export/anonymisedpreview.h"
#include "export/exportdialog.h"
#include "export/meetupexportdialog.h"
#include "mainwindow/appactions.h"
#include "notebook/notebook.h"
#include "notebook/notebookview.h"
#include "roster/rosterdock.h"
#include "roster/rostermodel.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace debrief {

ChathamWorkspace::ChathamWorkspace(QMainWindow *window, DocumentEditor *editor, NotebookView *notebookView)
    : QObject(window)
    , m_window(window)
    , m_editor(editor)
    , m_notebookView(notebookView)
    , m_rosterDock(new RosterDock(window))
    , m_preview(new AnonymisedPreview(editor->preview(), editor->bodyEdit(), this))
{
    window->addDockWidget(Qt::RightDockWidgetArea, m_rosterDock);
    m_rosterDock->hide(); // shown from the View menu; most evenings it is filled once
    connect(m_notebookView, &NotebookView::meetupActivated, this, [this](qint64 id) { m_rosterDock->setMeetup(id); });
    connect(m_editor, &DocumentEditor::documentOpened, this, [this](qint64 id) {
        if (id != 0 && m_editor->meetupId())
            m_rosterDock->setMeetup(m_editor->meetupId());
        loadPreviewRoster();
    });
    connect(m_rosterDock, &RosterDock::rosterChanged, this, &ChathamWorkspace::loadPreviewRoster);
}

void ChathamWorkspace::setNotebook(Notebook *notebook)
{
    m_notebook = notebook;
    m_rosterDock->setNotebook(notebook);
    if (m_notebook)
        connect(m_notebook, &Notebook::participantsChanged, this, &ChathamWorkspace::loadPreviewRoster);
    loadPreviewRoster();
}

void ChathamWorkspace::loadPreviewRoster()
{
    MeetupRoster roster;
    AnonymiserOptions options;
    if (m_notebook && m_editor->meetupId()) {
        if (auto loaded = MeetupRoster::load(m_notebook->meetups(), *m_editor->meetupId()); loaded.ok())
            roster = loaded.value();
        if (auto labels = roster.storedLabels(m_notebook->labels(), options.labelStyle); labels.ok())
            options.presetLabels = labels.value();
    } else if (m_notebook) {
        QList<RosterEntry> everyone;
        if (auto people = m_notebook->participants().list(); people.ok()) {
            for (const Participant &participant : people.value())
                everyone.append(RosterEntry{participant, MeetupRole::Attendee});
        }
        roster = MeetupRoster(0, everyone);
    }
    m_preview->setRoster(roster.roster(), options);
}

void ChathamWorkspace::addMenuEntries(QMenuBar *menuBar, AppActions &actions)
{
    // The menus are found by an action they hold, so their order and titles may change.
    QAction *quit = actions.action(QStringLiteral("file.quit"));
    QAction *actionsDock = actions.action(QStringLiteral("view.toggle-actions-dock"));
    for (QAction *menuAction : menuBar->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        if (menu->actions().contains(quit)) {
            menu->insertAction(quit, actions.action(QStringLiteral("file.export-chatham")));
            menu->insertAction(quit, actions.action(QStringLiteral("file.export-meetup")));
            menu->insertSeparator(quit);
        } else if (menu->actions().contains(actionsDock)) {
            menu->insertAction(actionsDock, m_rosterDock->toggleViewAction());
            menu->addSeparator();
            menu->addAction(actions.action(QStringLiteral("view.anonymised-preview")));
        }
    }
}

void ChathamWorkspace::connectActions(AppActions &actions)
{
    m_rosterDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(actions.action(QStringLiteral("file.export-chatham")), &QAction::triggered, this,
            &ChathamWorkspace::exportOpenDocument);
    connect(actions.action(QStringLiteral("file.export-meetup")), &QAction::triggered, this, [this] {
        const std::optional<qint64> meetup =
            m_notebookView->currentMeetupId() ? m_notebookView->currentMeetupId() : m_editor->meetupId();
        if (meetup)
            exportMeetup(*meetup);
        else
            QMessageBox::information(m_window, tr("Export Meetup"),
                                     tr("Select a meetup, or one of its documents, to export it."));
    });
    connect(actions.action(QStringLiteral("view.anonymised-preview")), &QAction::toggled, m_preview,
            &AnonymisedPreview::setEnabled);
}

void ChathamWorkspace::exportOpenDocument()
{
    if (!m_notebook)
        return;
    const qint64 documentId = m_editor->documentId();
    if (documentId == 0) {
        QMessageBox::information(m_window, tr("Chatham House Export"), tr("Open a document to export it."));
        return;
    }
    // The export reads the stored document: the latest keystrokes must be in it.
    if (!m_editor->flush()) {
        QMessageBox::warning(m_window, tr("Chatham House Export"),
                             tr("The document could not be saved, so it cannot be exported yet."));
        return;
    }
    ExportDialog dialog(*m_notebook, documentId, m_window);
    dialog.exec();
    m_rosterDock->model()->reload(); // "Add to roster" may have changed it
}

void ChathamWorkspace::exportMeetup(qint64 meetupId)
{
    if (!m_notebook)
        return;
    // The export reads the stored documents: the latest keystrokes must be in them.
    if (!m_editor->flush()) {
        QMessageBox::warning(m_window, tr("Export Meetup"),
                             tr("The open document could not be saved, so the meetup cannot be exported yet."));
        return;
    }
    MeetupExportDialog dialog(*m_notebook, meetupId, m_window);
    dialog.exec();
}

} // namespace debrief
