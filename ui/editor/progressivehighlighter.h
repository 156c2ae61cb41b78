#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QElapsedTimer>
#include <QTimer>

#include <climits>

namespace debrief {

/// KSyntaxHighlighting's highlighter, made progressive for long documents: after
/// startProgressive(), only the first lines are highlighted at once and the rest in short
/// idle-time chunks, so a 2 MB postmortem opens and takes keystrokes immediately instead of
/// blocking for seconds. Lines not reached yet show as plain text. A chunk changes formats
/// only, so the document's change signals are held back while it runs (nothing else reacts).
class ProgressiveHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
public:
    explicit ProgressiveHighlighter(QTextDocument *document);

    /// From now on, highlights blocks 0 … @p initialBlocks − 1 as usual and the rest later.
    void startProgressive(int initialBlocks);
    /// True once every block has been highlighted.
    [[nodiscard]] bool isComplete() const { return m_frontier == INT_MAX; }
    /// Highlights the rest now (tests, exports).
    void finish();

public Q_SLOTS:
    /// Hides QSyntaxHighlighter::rehighlightBlock, which KSyntaxHighlighting calls by name when
    /// a line's state carries over to the next: that is a format change, not an edit.
    void rehighlightBlock(const QTextBlock &block);

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightChunk();

    int m_frontier = INT_MAX; ///< the last block number that may be highlighted
    int m_chunkEnd = -1;
    QElapsedTimer m_chunkClock;
    QTimer m_timer;
};

} // namespace debrief
