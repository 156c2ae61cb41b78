#include "markdown/markdownslice.h"

#include <limits>

namespace debrief {

namespace {

bool isBlank(QStringView line)
{
    for (QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

/// Up to four leading spaces: four or more make indented code (or a continuation), not a block
/// start.
qsizetype indentOf(QStringView line)
{
    qsizetype indent = 0;
    while (indent < line.size() && indent < 4 && line.at(indent) == QLatin1Char(' '))
        ++indent;
    return indent;
}

/// The fence marker (``` or ~~~, three or more) a line starts with, or empty.
QStringView fenceMarker(QStringView line)
{
    const qsizetype indent = indentOf(line);
    if (indent >= 4 || indent >= line.size())
        return {};
    const QChar c = line.at(indent);
    if (c != QLatin1Char('`') && c != QLatin1Char('~'))
        return {};
    qsizetype end = indent;
    while (end < line.size() && line.at(end) == c)
        ++end;
    return end - indent >= 3 ? line.mid(indent, end - indent) : QStringView();
}

/// Whether @p line closes the fence @p open: the same character at least as often, and nothing
/// after it (a closing fence has no info string).
bool closesFence(QStringView line, QStringView open)
{
    const QStringView marker = fenceMarker(line);
    if (marker.isEmpty() || marker.at(0) != open.at(0) || marker.size() < open.size())
        return false;
    const qsizetype after = line.indexOf(marker) + marker.size();
    return isBlank(line.mid(after));
}

/// Whether @p line starts a list item: -, + or * or a number of up to nine digits and . or ),
/// then a space, a tab or the end of the line. A list goes on across blank lines, so no cut may
/// fall before one of its items.
bool startsListItem(QStringView line)
{
    qsizetype at = indentOf(line);
    if (at >= line.size())
        return false;
    const QChar c = line.at(at);
    if (c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('*')) {
        ++at;
    } else {
        const qsizetype digits = at;
        while (at < line.size() && at - digits < 10 && line.at(at).isDigit())
            ++at;
        if (at == digits || at - digits > 9 || at >= line.size() ||
            (line.at(at) != QLatin1Char('.') && line.at(at) != QLatin1Char(')')))
            return false;
        ++at;
    }
    return at >= line.size() || line.at(at).isSpace();
}

/// The text that ends the HTML block @p line starts, for the blocks that go on across blank
/// lines (CommonMark's kinds 1 to 5: <script>, <pre>, <style>, <textarea>, comments,
/// processing instructions, declarations, CDATA), or empty.
QString htmlBlockEnd(QStringView line)
{
    const qsizetype indent = indentOf(line);
    if (indent >= 4)
        return {};
    const QStringView rest = line.mid(indent);
    if (!rest.startsWith(QLatin1Char('<')))
        return {};
    if (rest.startsWith(QLatin1String("<!--")))
        return QStringLiteral("-->");
    if (rest.startsWith(QLatin1String("<?")))
        return QStringLiteral("?>");
    if (rest.startsWith(QLatin1String("<![CDATA[")))
        return QStringLiteral("]]>");
    if (rest.size() > 2 && rest.at(1) == QLatin1Char('!') && rest.at(2).isLetter())
        return QStringLiteral(">");
    for (const char *tag : {"script", "pre", "style", "textarea"}) {
        const QLatin1String name(tag);
        if (!rest.mid(1).startsWith(name, Qt::CaseInsensitive))
            continue;
        const qsizetype after = 1 + name.size();
        if (after >= rest.size() || rest.at(after).isSpace() || rest.at(after) == QLatin1Char('>'))
            return QLatin1String("</") + name + QLatin1Char('>');
    }
    return {};
}

/// Walks a text line by line, knowing which lines are inside a code fence or an HTML block.
class LineScanner
{
public:
    explicit LineScanner(QStringView text)
        : m_text(text)
    {}

    /// Moves to the next line; false after the last one.
    bool next()
    {
        if (m_next >= m_text.size())
            return false;
        if (m_number > 0)
            advanceState();
        m_position = m_next;
        const qsizetype newline = m_text.indexOf(QLatin1Char('\n'), m_position);
        m_next = newline < 0 ? m_text.size() : newline + 1;
        m_line = m_text.mid(m_position, m_next - m_position);
        ++m_number;
        return true;
    }

    [[nodiscard]] QStringView line() const { return m_line; }
    [[nodiscard]] qsizetype position() const { return m_position; }
    [[nodiscard]] int number() const { return m_number; }
    [[nodiscard]] bool previousBlank() const { return m_previousBlank; }
    /// The line is Markdown, not inside a fence or an HTML block opened before it.
    [[nodiscard]] bool isMarkdown() const { return m_openFence.isEmpty() && m_htmlEnd.isEmpty(); }
    /// A new top-level block starts here that cannot belong to the block before it.
    [[nodiscard]] bool startsIndependentBlock() const
    {
        return m_previousBlank && isMarkdown() && !m_line.isEmpty() && !m_line.at(0).isSpace() &&
               !startsListItem(m_line);
    }

private:
    /// Updates the fence and HTML block state with the current line, before moving on.
    void advanceState()
    {
        if (!m_openFence.isEmpty()) {
            if (closesFence(m_line, m_openFence))
                m_openFence = {};
        } else if (!m_htmlEnd.isEmpty()) {
            if (m_line.contains(m_htmlEnd, Qt::CaseInsensitive))
                m_htmlEnd.clear();
        } else if (const QStringView marker = fenceMarker(m_line); !marker.isEmpty()) {
            m_openFence = marker;
        } else if (QString end = htmlBlockEnd(m_line); !end.isEmpty()) {
            // The block may end on its first line (<!-- a one-line comment -->); the search
            // starts after the opening "<" so that ">" does not end a declaration at once.
            const qsizetype opening = m_line.indexOf(QLatin1Char('<'));
            if (m_line.indexOf(end, opening + 2, Qt::CaseInsensitive) < 0)
                m_htmlEnd = std::move(end);
        }
        m_previousBlank = isBlank(m_line);
    }

    QStringView m_text;
    QStringView m_line;
    QStringView m_openFence;
    QString m_htmlEnd;
    qsizetype m_position = 0;
    qsizetype m_next = 0;
    int m_number = 0;
    bool m_previousBlank = false;
};

/// The label of a definition line (`[label]: destination`, up to three spaces before it),
/// or empty when @p line is none.
QStringView definitionLabel(QStringView line)
{
    const qsizetype indent = indentOf(line);
    if (indent >= 4 || indent >= line.size() || line.at(indent) != QLatin1Char('['))
        return {};
    qsizetype at = indent + 1;
    while (at < line.size() && line.at(at) != QLatin1Char(']')) {
        if (line.at(at) == QLatin1Char('['))
            return {};
        at += line.at(at) == QLatin1Char('\\') ? 2 : 1;
    }
    if (at >= line.size() || at == indent + 1 || at + 1 >= line.size() || line.at(at + 1) != QLatin1Char(':'))
        return {};
    const QStringView label = line.mid(indent + 1, at - indent - 1);
    // A link's destination must be on the same line: "[a]:" alone, copied without the line
    // after it, would render as text. (A footnote's text may well start on the next line.)
    if (isBlank(line.mid(at + 2)) && !label.startsWith(QLatin1Char('^')))
        return {};
    return label;
}

bool isAtxHeading(QStringView line)
{
    qsizetype at = indentOf(line);
    const qsizetype hashes = at;
    while (at < line.size() && line.at(at) == QLatin1Char('#'))
        ++at;
    return at > hashes && at - hashes <= 6 && (at >= line.size() || line.at(at).isSpace());
}

/// Characters before a block start that decide whether a slice may end there.
constexpr qsizetype kMarkWindow = 256;

/// Whether a slice may end early at the block starting at @p position: for one block start in
/// eight, chosen by a hash (FNV-1a) of the text just before it. A window rather than the line
/// itself, because postmortems repeat lines ("---", "| Time | Event |") that would otherwise mark
/// every section alike, and cuts at evenly spaced marks never come back to where they were after
/// an edit.
bool isMarked(QStringView text, qsizetype position)
{
    const qsizetype begin = qMax<qsizetype>(0, position - kMarkWindow);
    quint32 hash = 2166136261u;
    for (qsizetype i = begin; i < position; ++i) {
        hash ^= text.at(i).unicode();
        hash *= 16777619u;
    }
    return ((hash ^ (hash >> 16)) & 7u) == 0;
}

} // namespace

QList<MarkdownSlice> MarkdownSlice::split(QStringView text, qsizetype targetChars)
{
    QList<MarkdownSlice> slices;
    if (text.isEmpty())
        return slices;
    // Slices end at a marked block once they have half the target, or at any block once they
    // have twice the target. Marks depend on the text alone: after an edit the slices come back
    // to the old cuts at the first mark past half the target from the cut before, in the old
    // text and in the new. (Ending every slice at the first block past the target would shift
    // all cuts after an edit, on a text of repeated sections for good.)
    const qsizetype least = targetChars / 2;
    const qsizetype most = targetChars > std::numeric_limits<qsizetype>::max() / 2
                               ? std::numeric_limits<qsizetype>::max()
                               : targetChars * 2;
    MarkdownSlice current{0, 0, 1};
    LineScanner scanner(text);
    while (scanner.next()) {
        if (!scanner.startsIndependentBlock())
            continue;
        const qsizetype length = scanner.position() - current.begin;
        if (length >= most || (length >= least && isMarked(text, scanner.position()))) {
            current.end = scanner.position();
            slices << current;
            current = MarkdownSlice{scanner.position(), 0, scanner.number()};
        }
    }
    current.end = text.size();
    slices << current;
    return slices;
}

MarkdownDefinitions MarkdownDefinitions::find(QStringView text)
{
    MarkdownDefinitions found;
    LineScanner scanner(text);
    // A definition cannot interrupt a paragraph: "[a]: b" right under a paragraph line is text.
    bool mayDefine = true;
    while (scanner.next()) {
        const QStringView line = scanner.line();
        if (!scanner.isMarkdown()) {
            mayDefine = false;
            continue;
        }
        const QStringView label = mayDefine ? definitionLabel(line) : QStringView();
        if (label.startsWith(QLatin1Char('^'))) {
            found.footnotes = true;
        } else if (!label.isEmpty()) {
            found.links += line;
            if (!line.endsWith(QLatin1Char('\n')))
                found.links += QLatin1Char('\n');
            ++found.linkLines;
        }
        mayDefine = !label.isEmpty() || isBlank(line) || isAtxHeading(line);
    }
    return found;
}

} // namespace debrief
