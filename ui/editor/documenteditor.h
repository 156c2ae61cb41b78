#pragma once

#include "notebook/notebook.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace debrief {

class DocumentAutosaver;

class StorageError;

/// The centre of the window: one document's title and Markdown source. Every keystroke goes
/// to a DocumentAutosaver; switching documents or notebooks flushes it first. A failed save
/// keeps the text on screen and in memory, and says why.
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

    [[nodiscard]] QLineEdit *titleEdit() const { return m_title; }
    [[nodiscard]] QPlainTextEdit *bodyEdit() const { return m_body; }

Q_SIGNALS:
    /// Another document (or none: 0) is shown.
    void documentOpened(qint64 id);
    void saveStateChanged(debrief::DocumentEditor::SaveState state, const QString &reason);

private:
    void createAutosaver();
    void setSaveState(SaveState state, const QString &reason = {});
    void showDocumentOrPlaceholder();
    void forgetDeletedDocument();
    void reportFailure(const StorageError &error);

    QPointer<Notebook> m_notebook;
    DocumentAutosaver *m_autosaver = nullptr;
    int m_autosaveDelay = -1;
    SaveState m_saveState = SaveState::NoDocument;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
};

} // namespace debrief
