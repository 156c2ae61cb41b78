#pragma once

#include <QObject>
#include <QPointer>

class QMainWindow;
class QMenuBar;

namespace debrief {

class AnonymisedPreview;
class AppActions;
class DocumentEditor;
class Notebook;
class NotebookView;
class RosterDock;

/// Chatham House mode in the main window: the roster dock following the selected meetup
/// (or the open document's meetup), the anonymised export of the open document and the
/// export of a whole meetup. Keeps this wiring out of MainWindow, which only creates it and
/// hands over the notebook.
class ChathamWorkspace : public QObject
{
    Q_OBJECT
public:
    ChathamWorkspace(QMainWindow *window, DocumentEditor *editor, NotebookView *notebookView);

    void setNotebook(Notebook *notebook);
    /// The roster toggle in @p menuBar's View menu and the export in its File menu.
    void addMenuEntries(QMenuBar *menuBar, AppActions &actions);
    void connectActions(AppActions &actions);

    [[nodiscard]] RosterDock *rosterDock() const { return m_rosterDock; }
    /// Opens the export dialog for the open document (after saving it).
    void exportOpenDocument();
    /// Opens the export of every document of meetup @p meetupId (after saving the open one).
    void exportMeetup(qint64 meetupId);
    [[nodiscard]] AnonymisedPreview *anonymisedPreview() const { return m_preview; }

private:
    /// The open document's roster (its meetup's, or everyone's for a loose document).
    void loadPreviewRoster();

    QMainWindow *m_window;
    DocumentEditor *m_editor;
    NotebookView *m_notebookView;
    RosterDock *m_rosterDock;
    AnonymisedPreview *m_preview;
    QPointer<Notebook> m_notebook;
};

} // namespace debrief
