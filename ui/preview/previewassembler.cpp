#include "preview/previewassembler.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <limits>

namespace debrief {

PreviewAssembler::PreviewAssembler(QTextDocument *document)
    : m_document(document)
{
    // Replacing chunks would otherwise keep every removed one for undo.
    m_document->setUndoRedoEnabled(false);
}

QList<int> PreviewAssembler::setPlan(const QList<PreviewChunkSource> &chunks, bool reuse, int firstChunk,
                                     int atomicChunks)
{
    QTextCursor cursor(m_document);
    if (m_staleLength > 0) {
        // The previous plan's changed run never came: its old text goes now.
        cursor.beginEditBlock();
        removeStale(cursor);
        cursor.endEditBlock();
    }
    m_ready.clear();
    m_order.clear();
    m_next = 0;

    const qsizetype oldCount = m_slots.size();
    const qsizetype newCount = chunks.size();
    const qsizetype common = qMin(oldCount, newCount);
    qsizetype prefix = 0;
    qsizetype suffix = 0;
    if (reuse) {
        while (prefix < common && m_slots.at(prefix).markdown == chunks.at(prefix).markdown)
            ++prefix;
        while (suffix < common - prefix) {
            const qsizetype oldIndex = oldCount - 1 - suffix;
            const qsizetype newIndex = newCount - 1 - suffix;
            // The first chunk has no separator in front, the others have one: a chunk that
            // moves to or from the top is rendered again.
            if ((oldIndex == 0) != (newIndex == 0) || m_slots.at(oldIndex).markdown != chunks.at(newIndex).markdown)
                break;
            ++suffix;
        }
    }

    int stale = 0;
    m_staleLines.clear();
    for (qsizetype i = prefix; i < oldCount - suffix; ++i) {
        const Slot &slot = m_slots.at(i);
        for (const PreviewLine &line : slot.lines)
            m_staleLines << PreviewLine{slot.firstLine - 1 + line.line, stale + line.position};
        stale += slot.length;
    }
    QList<Slot> slots;
    slots.reserve(newCount);
    for (qsizetype i = 0; i < prefix; ++i)
        slots << std::move(m_slots[i]);
    for (qsizetype i = prefix; i < newCount - suffix; ++i)
        slots << Slot{chunks.at(i).markdown, chunks.at(i).firstLine, false, 0, {}};
    for (qsizetype i = oldCount - suffix; i < oldCount; ++i)
        slots << std::move(m_slots[i]);
    // Kept chunks may have moved: an edit above them added or removed lines.
    for (qsizetype i = 0; i < newCount; ++i)
        slots[i].firstLine = chunks.at(i).firstLine;
    m_slots = std::move(slots);
    m_changedBegin = int(prefix);
    m_changedEnd = int(newCount - suffix);
    m_staleLength = stale;
    m_atomic = m_changedEnd - m_changedBegin <= atomicChunks;
    if (m_changedBegin == m_changedEnd && m_staleLength > 0) {
        // Chunks were deleted and nothing takes their place.
        cursor.beginEditBlock();
        removeStale(cursor);
        cursor.endEditBlock();
    }

    // The visible chunk and the next one (the view may reach into it) first, then the others
    // from the top: each goes in right before the visible ones or at the end, so that little
    // of what is laid out already moves down.
    const auto isFirst = [firstChunk](int i) { return firstChunk >= 0 && (i == firstChunk || i == firstChunk + 1); };
    for (int i = qMax(firstChunk, 0); i < newCount && isFirst(i); ++i) {
        if (!m_slots.at(i).present)
            m_order << i;
    }
    for (int i = 0; i < newCount; ++i) {
        if (!isFirst(i) && !m_slots.at(i).present)
            m_order << i;
    }
    return m_order;
}

void PreviewAssembler::addChunk(const PreviewChunk &chunk)
{
    if (chunk.index >= 0 && chunk.index < m_slots.size() && !m_slots.at(chunk.index).present)
        m_ready.insert(chunk.index, chunk);
}

void PreviewAssembler::dropPending()
{
    m_ready.clear();
    m_order.clear();
    m_next = 0;
}

bool PreviewAssembler::canApply() const
{
    if (m_next >= m_order.size())
        return false;
    const int chunk = m_order.at(m_next);
    if (inChangedRun(chunk) && m_atomic) {
        for (int i = m_changedBegin; i < m_changedEnd; ++i) {
            if (!m_slots.at(i).present && !m_ready.contains(i))
                return false;
        }
        return true;
    }
    return m_ready.contains(chunk);
}

bool PreviewAssembler::applyNext()
{
    if (!canApply())
        return false;
    const int chunk = m_order.at(m_next);
    QTextCursor cursor(m_document);
    // One edit: the layout runs once, over what changed, when it ends.
    cursor.beginEditBlock();
    if (inChangedRun(chunk)) {
        // The old text goes when the first of what replaces it comes, not before: until then
        // the preview keeps showing it rather than a gap.
        removeStale(cursor);
    }
    if (inChangedRun(chunk) && m_atomic) {
        for (int i = m_changedBegin; i < m_changedEnd; ++i) {
            if (!m_slots.at(i).present)
                insert(cursor, i);
        }
    } else {
        insert(cursor, chunk);
    }
    cursor.endEditBlock();
    skipPresent();
    return true;
}

bool PreviewAssembler::isComplete() const
{
    if (m_staleLength > 0)
        return false;
    for (const Slot &slot : m_slots) {
        if (!slot.present)
            return false;
    }
    return true;
}

QList<PreviewLine> PreviewAssembler::lineTable() const
{
    QList<PreviewLine> table;
    int position = 0;
    for (int i = 0; i < m_slots.size(); ++i) {
        if (i == m_changedBegin && m_staleLength > 0) {
            // The old text keeps its lines while it is shown (the view stays where it was), as
            // far as they fit between the new ones around it.
            const int after =
                m_changedEnd < m_slots.size() ? m_slots.at(m_changedEnd).firstLine : std::numeric_limits<int>::max();
            for (const PreviewLine &line : m_staleLines) {
                if ((table.isEmpty() || line.line > table.constLast().line) && line.line < after)
                    table << PreviewLine{line.line, position + line.position};
            }
            position += m_staleLength;
        }
        const Slot &slot = m_slots.at(i);
        if (!slot.present)
            continue;
        for (const PreviewLine &line : slot.lines)
            table << PreviewLine{slot.firstLine - 1 + line.line, position + line.position};
        position += slot.length;
    }
    return table;
}

int PreviewAssembler::startOf(int chunk) const
{
    // The old text still shown sits where the changed run goes.
    int position = chunk >= m_changedBegin ? m_staleLength : 0;
    for (int i = 0; i < chunk; ++i)
        position += m_slots.at(i).length;
    return position;
}

void PreviewAssembler::insert(QTextCursor &cursor, int chunk)
{
    const PreviewChunk rendered = m_ready.take(chunk);
    Slot &slot = m_slots[chunk];
    // The first chunk goes in at 0, into the empty first block, and gives it its format; the
    // others at the end of the last block before them, their separator starting their first.
    cursor.setPosition(startOf(chunk));
    const int before = m_document->characterCount();
    cursor.insertFragment(rendered.fragment);
    slot.length = m_document->characterCount() - before;
    slot.present = true;
    slot.lines = rendered.lines;
    if (rendered.rootFrameFormat != m_rootFrameFormat) {
        // Lays the whole document out again: only when the style changes.
        m_rootFrameFormat = rendered.rootFrameFormat;
        m_document->rootFrame()->setFrameFormat(m_rootFrameFormat);
    }
}

void PreviewAssembler::removeStale(QTextCursor &cursor)
{
    if (m_staleLength == 0)
        return;
    int begin = 0;
    for (int i = 0; i < m_changedBegin; ++i)
        begin += m_slots.at(i).length;
    cursor.setPosition(begin);
    cursor.setPosition(begin + m_staleLength, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    m_staleLength = 0;
    m_staleLines.clear();
    if (m_slots.isEmpty() || !m_slots.constFirst().present) {
        // The first block kept the format of the old first chunk (a heading, a list item);
        // empty, it waits for the new one, which gives it its own.
        cursor.setPosition(0);
        cursor.setBlockFormat(QTextBlockFormat());
        cursor.setBlockCharFormat(QTextCharFormat());
    }
}

void PreviewAssembler::skipPresent()
{
    while (m_next < m_order.size() && m_slots.at(m_order.at(m_next)).present)
        ++m_next;
}

} // namespace debrief
