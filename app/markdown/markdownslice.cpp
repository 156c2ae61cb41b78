#include "markdown/markdownslice.h"

#include <QList>

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

/// The fence marker (``` or ~~~, three or more) a line opens or closes, or empty.
QStringView fenceMarker(QStringView line)
{
    qsizetype indent = 0;
    while (indent < line.size() && indent < 4 && line.at(indent) == QLatin1Char(' '))
        ++indent;
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

} // namespace

MarkdownSlice MarkdownSlice::around(QStringView text, int line, int lineBudget)
{
    const int wantedFirst = qMax(1, line - lineBudget / 2);
    const int wantedLast = qMax(line + lineBudget / 2, wantedFirst + lineBudget);

    MarkdownSlice slice{0, text.size(), 1};
    QStringView openFence;
    bool inComment = false;
    bool previousBlank = false;
    qsizetype position = 0;
    int number = 1;
    while (position < text.size()) {
        qsizetype next = text.indexOf(QLatin1Char('\n'), position);
        next = next < 0 ? text.size() : next + 1;
        const QStringView current = text.mid(position, next - position);
        const bool boundary =
            previousBlank && openFence.isEmpty() && !inComment && !current.isEmpty() && !current.at(0).isSpace();
        if (boundary) {
            // The last boundary at or before the wanted first line starts the slice ...
            if (number <= wantedFirst) {
                slice.begin = position;
                slice.firstLine = number;
            } else if (number > wantedLast) {
                // ... and the first one after the wanted last line ends it.
                slice.end = position;
                return slice;
            }
        }
        if (const QStringView marker = fenceMarker(current); !marker.isEmpty()) {
            if (openFence.isEmpty())
                openFence = marker;
            else if (marker.at(0) == openFence.at(0) && marker.size() >= openFence.size())
                openFence = {};
        } else if (openFence.isEmpty()) {
            if (!inComment && current.trimmed().startsWith(QLatin1String("<!--")))
                inComment = true;
            if (inComment && current.contains(QLatin1String("-->")))
                inComment = false;
        }
        previousBlank = isBlank(current);
        position = next;
        ++number;
    }
    return slice;
}

} // namespace debrief
