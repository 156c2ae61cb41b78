#pragma once

#include "model/document.h"
#include "model/meetup.h"
#include "storage/notebooklocation.h"
#include "storage/result.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QDockWidget;

namespace debrief {

class ActionItemsDock;
class AppActions;
class AppSettings;
class CaptureWorkspace;
class ChathamWorkspace;
class DocumentEditor;
class ExportAs;
class MarkdownImport;
class Notebook;
class NotebookTransfer;
class NotebookView;
class SecretStore;
class OutlineDock;
class StatusIndicators;

/// The main window: composes the notebook tree, the document editor, the action-items dock
/// and the status bar around one open notebook, and remembers the session in AppSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Shows @p notebook (owned from now on); @p settings must outlive the window.
    MainWindow(std::unique_ptr<Notebook> notebook, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] Notebook *notebook() const { return m_notebook.get(); }

    /// Creates @p document, shows it in the tree and opens it in the editor.
    Result<Document> createDocument(const Document &document);
    /// Creates a meetup and selects it.
    Result<Meetup> createMeetup(const Meetup &meetup);
    /// Flushes the open document, then switches to the notebook file at @p path.
    /// Problems are shown to the user; returns false when the old notebook stays open.
    bool openNotebook(const QString &path);

    [[nodiscard]] AppActions *appActions() const { return m_actions; }
    [[nodiscard]] DocumentEditor *editor() const { return m_editor; }
    [[nodiscard]] NotebookView *notebookView() const { return m_notebookView; }
    [[nodiscard]] ActionItemsDock *actionItemsDock() const { return m_actionItemsDock; }
    [[nodiscard]] QDockWidget *notebookDock() const { return m_notebookDock; }
    [[nodiscard]] StatusIndicators *statusIndicators() const { return m_status; }
    [[nodiscard]] CaptureWorkspace *captureWorkspace() const { return m_capture; }
    [[nodiscard]] ChathamWorkspace *chathamWorkspace() const { return m_chatham; }
    [[nodiscard]] ExportAs *exportAsAction() const { return m_exportAs; }
    [[nodiscard]] MarkdownImport *markdownImport() const { return m_import; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void connectActions();
    bool attachNotebook(std::unique_ptr<Notebook> notebook);
    /// True when no action edit waits for the server or a conflict choice, or the user agrees
    /// to lose them; @p consequence says when.
    [[nodiscard]] bool mayDropActionEdits(const QString &consequence);
    void restoreSession();
    void saveSession();

    void newDocument();
    void newMeetup();
    void chooseNotebook();
    void openTeamNotebook();
    /// Switches to the notebook at @p location (after the flush), remembering it.
    bool switchTo(const NotebookLocation &location, const QString &password);
    void showAbout();
    void exportAs();
    void activateDocument(qint64 id);
    void activateMeetup(qint64 id);
    void showDocumentContext(qint64 id);
    void showError(const QString &what, const StorageError &error);

    std::unique_ptr<Notebook> m_notebook;
    AppSettings &m_settings;
    AppActions *m_actions;
    DocumentEditor *m_editor;
    NotebookView *m_notebookView;
    QDockWidget *m_notebookDock = nullptr;
    ActionItemsDock *m_actionItemsDock = nullptr;
    CaptureWorkspace *m_capture = nullptr;
    ChathamWorkspace *m_chatham = nullptr;
    OutlineDock *m_outlineDock = nullptr;
    StatusIndicators *m_status;
    SecretStore *m_secrets;
    NotebookTransfer *m_transfer;
    ExportAs *m_exportAs;
    MarkdownImport *m_import;
};

} // namespace debrief
