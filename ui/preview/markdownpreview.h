#pragma once

#include "preview/previewassembler.h"
#include "preview/previewjob.h"

#include <QPointer>
#include <QTextBrowser>
#include <QTimer>

#include <atomic>
#include <memory>

class QPlainTextEdit;

namespace debrief {

/// The live preview of a Markdown document: a QTextBrowser (no web engine) showing
/// MarkdownRenderer's HTML with highlighted code and a themed style sheet. The document is cut
/// into chunks of whole top-level blocks, rendered on worker threads after a short pause in
/// typing; the UI thread only puts finished chunks into the document, one at a time, so it never
/// waits long. A new text shows the chunk at the visible line first and fills in the rest; after
/// an edit only the chunks that changed are rendered and replaced. The newest render wins and
/// older ones are dropped, so typing never waits. Scrolling follows the editor both ways by
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
    void setRenderDelay(int milliseconds) { m_renderDelay = milliseconds; }
    /// A new text longer than this (in characters) reports its visible part as shown first
    /// (rendered() with Stage::Visible) before the whole.
    void setProgressiveThreshold(qsizetype characters) { m_progressiveThreshold = characters; }
    /// Characters of Markdown per chunk, about.
    void setChunkSize(qsizetype characters) { m_chunkSize = characters; }
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
    /// A render was shown: Stage::Visible when the visible part of a long new text is, then
    /// Stage::Complete when all of it is.
    void rendered(int generation, debrief::PreviewRequest::Stage stage);
    /// The user scrolled the preview; @p line is the source line now at the top.
    void sourceLineAtTopChanged(int line);
    /// An http(s) or mailto link was clicked; it opens in the system browser.
    void externalLinkActivated(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Where the view is, to stay there while the document changes around it.
    struct ScrollAnchor
    {
        int line = 1;
        int offset = 0; ///< pixels from the top of the line's block to the top of the view
    };

    void scheduleRender();
    void resetDocument();
    void planned(const PreviewPlan &plan);
    void chunkRendered(const PreviewChunk &chunk);
    void applyChunks();
    void showComplete();
    [[nodiscard]] PreviewStyle currentStyle() const;
    [[nodiscard]] ScrollAnchor scrollAnchor() const;
    void restoreScroll(const ScrollAnchor &anchor);
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
    int m_renderDelay = 150;
    /// Puts rendered chunks into the document, a few at each turn of the event loop: as many
    /// as make about m_roundChars characters.
    QTimer m_applyTimer;
    int m_roundChars = 0;
    int m_generation = 0;
    /// The generation of the plan the assembler follows, and of what the document shows.
    int m_planGeneration = 0;
    int m_shownGeneration = 0;
    PreviewRequest::Stage m_shownStage = PreviewRequest::Stage::Complete;
    /// A render of the whole text was shown since it was last replaced (see editorChanged).
    bool m_hasComplete = false;
    /// The newest render is of a new text, not an edit: it fills in chunk by chunk.
    bool m_reloading = false;
    bool m_announceVisible = false;
    int m_visibleChunk = -1;
    std::shared_ptr<std::atomic<int>> m_latest;
    std::unique_ptr<PreviewAssembler> m_assembler;
    /// The style and definitions of the chunks in the document, and those asked for.
    PreviewStyle m_requestedStyle;
    PreviewStyle m_shownStyle;
    QString m_shownDefinitions;
    bool m_hasShownStyle = false;
    QList<PreviewLine> m_lines;
    qsizetype m_progressiveThreshold = 256 * 1024;
    qsizetype m_chunkSize = PreviewRequest().chunkSize;
    bool m_opensLinksInBrowser = true;
    bool m_scrollSync = true;
    bool m_syncing = false;
};

} // namespace debrief
