#pragma once

#include "markdown/outline.h"
#include "notebook/documentautosaver.h"
#include "notebook/notebook.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QStackedWidget;
class QVBoxLayout;

namespace debrief {

class AppSettings;
class ConflictBar;
class DocumentMetadataBinding;
class DocumentScanner;
class EditorActions;
class FindReplaceBar;
class FrontMatterForm;
class MarkdownPreview;
class MarkdownEditor;
class StorageError;
struct DocumentScan;

/// The centre of the window: one document's title and Markdown source. Every keystroke goes
/// to a DocumentAutosaver; switching documents or notebooks flushes it first. A failed save
/// keeps the text on screen and in memory, and says why.
///
/// Layout of the document page, top to bottom (pageLayout()): the title, then room for a
/// front-matter form (insert it at index 1 of pageLayout()), then contentSplitter() holding
/// the source editor (a preview goes next to it: contentSplitter()->addWidget(preview)),
/// then the find / replace bar.
class DocumentEditor : public QWidget
{
    Q_OBJECT
public:
    enum class SaveState
    {
        NoDocument,
        Saved,
        Pending,
        Failed
    };
    Q_ENUM(SaveState)

    explicit DocumentEditor(QWidget *parent = nullptr);
    ~DocumentEditor() override;

    /// Flushes the open document, then shows nothing from @p notebook yet.
    /// Returns false (and changes nothing) when the pending edits could not be saved.
    bool setNotebook(Notebook *notebook);
    /// Theme, spelling language and lint follow @p settings from now on (it must outlive this).
    void setSettings(AppSettings *settings);

    /// Flushes the open document and shows document @p id. Returns false when the edits
    /// could not be saved (the current document stays open) or @p id cannot be read.
    bool openDocument(qint64 id);
    /// Flushes and shows the empty state. Returns false when the edits could not be saved.
    bool closeDocument();
    /// Saves pending edits now.
    bool flush();

    [[nodiscard]] qint64 documentId() const;
    [[nodiscard]] std::optional<qint64> meetupId() const;
    [[nodiscard]] bool hasUnsavedChanges() const;
    [[nodiscard]] SaveState saveState() const { return m_saveState; }

    /// Milliseconds of quiet after the last keystroke before saving.
    void setAutosaveDelay(int milliseconds);

    /// Ends a conflict with a version saved elsewhere (the conflict bar's buttons call this).
    /// Returns false when the resulting write failed; the edits are then still kept.
    bool resolveConflict(DocumentAutosaver::Resolution resolution);
    [[nodiscard]] ConflictBar *conflictBar() const { return m_conflictBar; }

    [[nodiscard]] QLineEdit *titleEdit() const { return m_title; }
    [[nodiscard]] QPlainTextEdit *bodyEdit() const;
    [[nodiscard]] MarkdownEditor *markdownEditor() const { return m_body; }
    [[nodiscard]] FindReplaceBar *findBar() const { return m_findBar; }
    [[nodiscard]] QVBoxLayout *pageLayout() const { return m_pageLayout; }
    [[nodiscard]] QSplitter *contentSplitter() const { return m_splitter; }
    [[nodiscard]] MarkdownPreview *preview() const { return m_preview; }
    [[nodiscard]] FrontMatterForm *frontMatterForm() const { return m_frontMatter; }

    /// The Edit menu's actions (undo, find, go to heading, emphasis, spelling, theme…), in
    /// menu order; separators included. Their shortcuts work while the editor has focus.
    [[nodiscard]] QList<QAction *> editActions() const;
    [[nodiscard]] EditorActions *actions() const { return m_actions; }

    /// The outline of the latest scan (a moment after typing stops).
    [[nodiscard]] const Outline &outline() const;
    /// 1-based line of the text cursor.
    [[nodiscard]] int cursorLine() const;
    void goToLine(int line);
    /// Opens the "Go to Heading" picker.
    void goToHeading();

Q_SIGNALS:
    /// Another document (or none: 0) is shown.
    void documentOpened(qint64 id);
    void saveStateChanged(debrief::DocumentEditor::SaveState state, const QString &reason);
    void outlineChanged(const debrief::Outline &outline);
    void cursorLineChanged(int line);
    void statisticsChanged(int words, int characters);
    /// Something worth a line in the status bar happened to the open document (reloaded
    /// with changes saved elsewhere, a conflict copy saved).
    void notice(const QString &message);

private:
    void createAutosaver();
    void setSaveState(SaveState state, const QString &reason = {});
    void showDocumentOrPlaceholder();
    void forgetDeletedDocument();
    void documentChangedElsewhere(qint64 id);
    /// Shows @p document's stored title and body as one undoable edit of what is on screen.
    void showStoredVersion(const Document &document);
    void reportFailure(const StorageError &error);
    void bodyChanged();
    void pushBody();
    void loadRosterNames();
    void applySpellLanguage(const QString &language);
    void showScan(const DocumentScan &scan);

    QPointer<Notebook> m_notebook;
    QPointer<AppSettings> m_settings;
    DocumentAutosaver *m_autosaver = nullptr;
    int m_autosaveDelay = -1;
    SaveState m_saveState = SaveState::NoDocument;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    ConflictBar *m_conflictBar;
    QLineEdit *m_title;
    MarkdownEditor *m_body;
    FindReplaceBar *m_findBar;
    QVBoxLayout *m_pageLayout = nullptr;
    QSplitter *m_splitter = nullptr;
    MarkdownPreview *m_preview = nullptr;
    FrontMatterForm *m_frontMatter = nullptr;
    DocumentMetadataBinding *m_metadata = nullptr;
    DocumentScanner *m_scanner;
    EditorActions *m_actions;
    // Copying a 2 MB body on every keystroke would cost more than the keystroke: the text
    // goes to the autosaver at once after a pause, and at most every kBodyPushMs while typing.
    QTimer m_bodyPush;
    bool m_bodyStale = false;
    int m_lastCursorLine = 0;
};

} // namespace debrief
