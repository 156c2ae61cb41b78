#pragma once

#include "preview/previewjob.h"

#include <QPointer>
#include <QTextBrowser>
#include <QTimer>

#include <atomic>
#include <memory>

class QPlainTextEdit;
class QThreadPool;

namespace debrief {

/// The live preview of a Markdown document: a QTextBrowser (no web engine) showing
/// MarkdownRenderer's HTML with highlighted code and a themed style sheet. Rendering runs on
/// worker threads after a short pause in typing; the newest render wins and older ones are
/// dropped, so typing never waits. A long document shows the blocks around the visible line
/// first and the whole document when it is ready. Scrolling follows the editor both ways by
/// source line. Nothing is fetched from the network; links open in the browser only on click.
class MarkdownPreview : public QTextBrowser
{
    Q_OBJECT
public:
    explicit MarkdownPreview(QWidget *parent = nullptr);
    ~MarkdownPreview() override;

    /// Follows @p editor: its text (debounced) and its scrolling, both ways. nullptr detaches.
    void setEditor(QPlainTextEdit *editor);
    /// Renders @p markdown (debounced); for use without an editor.
    void setMarkdown(const QString &markdown);
    /// The Markdown file's folder, for relative images; empty allows no local files.
    void setDocumentDirectory(const QString &directory);
    /// A KSyntaxHighlighting theme name for code; empty follows the palette (light or dark).
    void setThemeName(const QString &name);
    /// Milliseconds of quiet after an edit before rendering.
    void setRenderDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }
    /// Documents longer than this (in characters) show their visible part first.
    void setProgressiveThreshold(qsizetype characters) { m_progressiveThreshold = characters; }
    /// Off in tests: link clicks only emit externalLinkActivated.
    void setOpensLinksInBrowser(bool open) { m_opensLinksInBrowser = open; }
    /// Scrolls the editor and preview together (on by default).
    void setScrollSyncEnabled(bool enabled) { m_scrollSync = enabled; }

    /// Starts a render now instead of after the pause.
    void renderNow();
    /// The generation of the newest render asked for, and of the one shown.
    [[nodiscard]] int requestedGeneration() const { return m_generation; }
    [[nodiscard]] int shownGeneration() const { return m_shownGeneration; }
    /// True when the shown document is a complete render of the newest text.
    [[nodiscard]] bool isUpToDate() const;

    /// Scrolls so the block of source line @p line (1-based) is at the top.
    void syncToSourceLine(int line);
    /// The source line of the block at the top of the view.
    [[nodiscard]] int sourceLineAtTop() const;
    /// The position in document() where the block of source line @p line starts (-1 if none).
    [[nodiscard]] int positionForSourceLine(int line) const;
    [[nodiscard]] const QList<PreviewLine> &lineTable() const { return m_lines; }

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    /// A render was shown (Visible for the first part of a long document, then Complete).
    void rendered(int generation, debrief::PreviewRequest::Stage stage);
    /// The user scrolled the preview; @p line is the source line now at the top.
    void sourceLineAtTopChanged(int line);
    /// An http(s) or mailto link was clicked; it opens in the system browser.
    void externalLinkActivated(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRender();
    void startRender(PreviewRequest::Stage stage, int generation, const QString &markdown);
    void showResult(const PreviewResult &result);
    void followLink(const QUrl &url);
    void editorScrolled();
    void previewScrolled();
    void editorChanged(int position, int removed, int added);
    [[nodiscard]] int editorTopLine() const;

    QPointer<QPlainTextEdit> m_editor;
    QString m_markdown;
    QString m_documentDirectory;
    QString m_themeName;
    QTimer m_debounce;
    int m_generation = 0;
    int m_shownGeneration = 0;
    PreviewRequest::Stage m_shownStage = PreviewRequest::Stage::Complete;
    bool m_hasComplete = false;
    std::shared_ptr<std::atomic<int>> m_latest;
    QList<PreviewLine> m_lines;
    qsizetype m_progressiveThreshold = 256 * 1024;
    bool m_opensLinksInBrowser = true;
    bool m_scrollSync = true;
    bool m_syncing = false;
};

} // namespace debrief
