#pragma once

#include <QMainWindow>

class QLabel;
class QPushButton;
class QWidget;

namespace debrief {

class AppSettings;
class ExportAs;
class FileDocument;
class FileRecovery;
class FindReplaceBar;
class FrontMatterForm;
class MarkdownEditor;
class MarkdownPreview;

/// A window that edits one Markdown file in place (`debrief FILE.md`, File ▸ Open File…),
/// outside the notebook: a postmortem in a git repository stays a file. Saving keeps the
/// file's encoding and line endings; a change made on disk by another program is taken at
/// once when there are no local edits, and offered (reload or keep mine) when there are.
/// The page is the notebook's: front-matter form, highlighted source with spelling and
/// lint, live preview (images relative to the file), find and replace. Unsaved typing is
/// copied aside a moment after it stops (FileRecovery) and offered back after a crash.
class FileEditorWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit FileEditorWindow(AppSettings *settings, QWidget *parent = nullptr);
    ~FileEditorWindow() override;

    /// Opens @p path in a new window (deleted on close) and adds it to the recent files; shows
    /// the reason and returns nullptr when it is not a UTF-8 text file.
    static FileEditorWindow *open(const QString &path, AppSettings *settings, QWidget *dialogParent = nullptr);
    /// Asks for a Markdown file (starting in the folder of the most recent one) and opens it.
    static FileEditorWindow *openWithDialog(AppSettings *settings, QWidget *dialogParent);

    bool load(const QString &path);
    bool save();

    [[nodiscard]] FileDocument *document() const { return m_document; }
    [[nodiscard]] MarkdownEditor *editor() const { return m_editor; }
    [[nodiscard]] MarkdownPreview *preview() const { return m_preview; }
    [[nodiscard]] FrontMatterForm *frontMatterForm() const { return m_frontMatter; }
    [[nodiscard]] FileRecovery *recovery() const { return m_recovery; }
    [[nodiscard]] ExportAs *exportAs() const { return m_exportAs; }
    /// The bar shown on a conflict or an error (hidden otherwise).
    [[nodiscard]] QWidget *messageBar() const { return m_bar; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showDocumentText();
    void showMessage(const QString &text, bool offerReload);
    void reloadFromDisk();
    void keepMine();
    void offerRecovery();
    void updateTitle();

    AppSettings *m_settings;
    FileDocument *m_document;
    MarkdownEditor *m_editor;
    MarkdownPreview *m_preview;
    FrontMatterForm *m_frontMatter;
    FindReplaceBar *m_findBar;
    QWidget *m_bar;
    QLabel *m_barText;
    QPushButton *m_reloadButton;
    QPushButton *m_keepButton;
    QPushButton *m_recoverButton;
    QPushButton *m_discardButton;
    FileRecovery *m_recovery;
    ExportAs *m_exportAs;
    bool m_showing = false;
};

} // namespace debrief
