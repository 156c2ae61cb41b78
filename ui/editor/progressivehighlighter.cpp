#include "editor/progressivehighlighter.h"

#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextDocument>

namespace debrief {

namespace {
// A keystroke arriving during a chunk waits at most this long.
constexpr qint64 kChunkMs = 8;
} // namespace

ProgressiveHighlighter::ProgressiveHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ProgressiveHighlighter::highlightChunk);
}

void ProgressiveHighlighter::startProgressive(int initialBlocks)
{
    m_frontier = qMax(0, initialBlocks - 1);
    m_chunkEnd = -1;
    m_timer.start();
}

void ProgressiveHighlighter::finish()
{
    while (!isComplete())
        highlightChunk();
}

void ProgressiveHighlighter::rehighlightBlock(const QTextBlock &block)
{
    const QSignalBlocker blocker(document());
    KSyntaxHighlighting::SyntaxHighlighter::rehighlightBlock(block);
}

void ProgressiveHighlighter::highlightBlock(const QString &text)
{
    const int number = currentBlock().blockNumber();
    if (number <= m_frontier) {
        KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
        return;
    }
    if (number > m_chunkEnd)
        return; // not reached yet: plain text for now
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    m_frontier = number;
    if (m_chunkClock.elapsed() >= kChunkMs)
        m_chunkEnd = number;
    // QSyntaxHighlighter moves on to the next block only when a block's state changes:
    // change it inside the chunk, leave it at the chunk's last block.
    if (number < m_chunkEnd)
        setCurrentBlockState(currentBlockState() + 1);
    if (!currentBlock().next().isValid())
        m_frontier = INT_MAX;
}

void ProgressiveHighlighter::highlightChunk()
{
    QTextDocument *doc = document();
    const QTextBlock first = doc ? doc->findBlockByNumber(m_frontier + 1) : QTextBlock();
    if (isComplete() || !first.isValid()) {
        m_frontier = INT_MAX;
        m_timer.stop();
        return;
    }
    m_chunkEnd = INT_MAX - 1;
    m_chunkClock.start();
    // Formats only: views, the autosaver and the preview must not see an "edit".
    rehighlightBlock(first);
    m_chunkEnd = -1;
    if (isComplete())
        m_timer.stop();
}

} // namespace debrief
