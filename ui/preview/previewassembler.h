#pragma once

#include "preview/previewjob.h"

#include <QHash>
#include <QList>

class QTextCursor;
class QTextDocument;

namespace debrief {

/// Builds the preview's document out of chunks rendered on their own (see planPreview), and
/// keeps it in step with the Markdown: after an edit only the chunks that changed are replaced,
/// the others stay as they are, laid out. Chunks go in one by one (MarkdownPreview takes a few
/// per turn of the event loop), in the plan's order, so the UI thread never lays out much at
/// once. Not thread-safe: UI thread only.
class PreviewAssembler
{
public:
    /// Builds into @p document, which must be empty.
    explicit PreviewAssembler(QTextDocument *document);

    /// Switches to the chunks of a new plan. Chunks shown now stay if their Markdown is that of
    /// the new chunk at the same place from the start or from the end; with @p reuse false
    /// (another style, other definitions) every chunk is rendered again. What replaces the
    /// changed run of chunks goes in all at once when it has at most @p atomicChunks chunks
    /// (typing: no flicker), else chunk by chunk. Returns the chunks to render, in the order
    /// they go in: @p firstChunk (the visible one) and the one after it first, then the others
    /// from the top.
    QList<int> setPlan(const QList<PreviewChunkSource> &chunks, bool reuse, int firstChunk, int atomicChunks);

    /// Hands over a rendered chunk of the current plan.
    void addChunk(const PreviewChunk &chunk);
    /// Forgets the chunks of the current plan not put in yet: a newer plan is on its way.
    void dropPending();
    /// Whether applyNext() has something to put in.
    [[nodiscard]] bool canApply() const;
    /// Puts the next chunk (or the run of chunks that goes in at once) into the document.
    /// False when it has not been rendered yet.
    bool applyNext();

    /// All chunks of the plan are in the document, and nothing of the previous text is left.
    [[nodiscard]] bool isComplete() const;
    [[nodiscard]] bool isPresent(int chunk) const
    {
        return chunk >= 0 && chunk < m_slots.size() && m_slots[chunk].present;
    }
    [[nodiscard]] qsizetype chunkCount() const { return m_slots.size(); }
    /// Source line → document position for every block shown, sorted.
    [[nodiscard]] QList<PreviewLine> lineTable() const;

private:
    struct Slot
    {
        QString markdown;
        int firstLine = 1;
        bool present = false;
        int length = 0; ///< characters in the document, 0 until present
        QList<PreviewLine> lines;
    };

    [[nodiscard]] int startOf(int chunk) const;
    [[nodiscard]] bool inChangedRun(int chunk) const { return chunk >= m_changedBegin && chunk < m_changedEnd; }
    void insert(QTextCursor &cursor, int chunk);
    void removeStale(QTextCursor &cursor);
    void skipPresent();

    QTextDocument *m_document;
    QList<Slot> m_slots;
    /// The chunks of the new plan that replace text of the old one: [begin, end).
    int m_changedBegin = 0;
    int m_changedEnd = 0;
    bool m_atomic = false;
    /// Characters of the old text still shown where the changed run goes, until it comes,
    /// and its lines (as they were numbered; positions from its start).
    int m_staleLength = 0;
    QList<PreviewLine> m_staleLines;
    QList<int> m_order;
    qsizetype m_next = 0;
    QHash<int, PreviewChunk> m_ready;
    QTextFrameFormat m_rootFrameFormat;
};

} // namespace debrief
