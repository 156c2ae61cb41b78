#pragma once

#include "actions/quickcaptureedit.h"

#include <QObject>
#include <QPointer>

class QDialog;
class QDockWidget;
class QMainWindow;
class QMenuBar;

namespace debrief {

class ActionItemsDock;
class ActionItemsPanel;
class AppActions;
class AppSettings;
class DocumentEditor;
class LiveSession;
class LiveToolBar;
class MeetupView;
class Notebook;
class NotebookView;
class ParagraphTimestamper;
class QuickCaptureDialog;
class TaskListBridge;

/// Everything around the editor that serves capture: the meetup view (a dock), live notes
/// (toolbar, timer, timestamps), quick capture from anywhere, the task-list sync and the full
/// tracker window. The main window creates one and forwards a few events to it.
class CaptureWorkspace : public QObject
{
    Q_OBJECT
public:
    CaptureWorkspace(QMainWindow *window, DocumentEditor *editor, NotebookView *tree, ActionItemsDock *actionsDock,
                     AppSettings &settings);
    ~CaptureWorkspace() override;

    void setNotebook(Notebook *notebook);
    /// Adds the tracker's Undo/Redo to the Edit menu and the full tracker to the View menu.
    void addMenuEntries(QMenuBar *menuBar, AppActions &actions);
    void connectActions(AppActions &actions);

    /// Shows meetup @p id in the meetup view.
    void showMeetup(qint64 id);
    /// Opens (or creates) the meetup's notes and starts live mode; false when that failed.
    bool startLive(qint64 meetupId);
    void stopLive();
    /// Opens quick capture for the live talk, else the open document and its meetup.
    void openQuickCapture();
    /// The full tracker: a large window with every filter.
    void showTrackerWindow();

    /// Test seam: answers "add this owner to the roster?" in every quick capture.
    void setAddOwnerQuestion(QuickCaptureEdit::AddOwnerQuestion question) { m_askAddOwner = std::move(question); }

    [[nodiscard]] MeetupView *meetupView() const { return m_meetupView; }
    [[nodiscard]] QDockWidget *meetupDock() const { return m_meetupDock; }
    [[nodiscard]] LiveSession *liveSession() const { return m_session; }
    [[nodiscard]] LiveToolBar *liveToolBar() const { return m_liveBar; }
    [[nodiscard]] ParagraphTimestamper *timestamper() const { return m_stamper; }
    [[nodiscard]] TaskListBridge *taskListBridge() const { return m_bridge; }
    [[nodiscard]] QuickCaptureDialog *quickCaptureDialog() const;
    [[nodiscard]] ActionItemsPanel *trackerPanel() const;

private:
    /// Reads the live meetup's agenda again after the notebook changed.
    void refreshLiveAgenda();

    QMainWindow *m_window;
    DocumentEditor *m_editor;
    NotebookView *m_tree;
    ActionItemsDock *m_actionsDock;
    AppSettings &m_settings;
    QPointer<Notebook> m_notebook;
    MeetupView *m_meetupView;
    QDockWidget *m_meetupDock;
    LiveSession *m_session;
    LiveToolBar *m_liveBar;
    ParagraphTimestamper *m_stamper;
    TaskListBridge *m_bridge;
    QPointer<QuickCaptureDialog> m_captureDialog;
    QPointer<QDialog> m_trackerWindow;
    QPointer<ActionItemsPanel> m_trackerPanel;
    QuickCaptureEdit::AddOwnerQuestion m_askAddOwner;
};

} // namespace debrief
