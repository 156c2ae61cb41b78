#include "editing/markdownediting.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

namespace debrief {

namespace {

constexpr int kPlainIndent = 4;
const QChar kParagraphSeparator(0x2029);

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

// Number of @p c characters in a row ending just before @p position (backwards) or
// starting at it (forwards).
int runBefore(const QTextDocument *doc, int position, QChar c)
{
    int n = 0;
    while (position - n - 1 >= 0 && doc->characterAt(position - n - 1) == c)
        ++n;
    return n;
}

int runAfter(const QTextDocument *doc, int position, QChar c)
{
    int n = 0;
    while (doc->characterAt(position + n) == c)
        ++n;
    return n;
}

// `*x*` is italic, `**x**` bold, `***x***` both: whether a run of @p run marker characters
// already carries the emphasis of a marker @p width characters wide.
bool runCarries(int run, int width)
{
    if (width == 2)
        return run == 2 || run == 3;
    return run == 1 || run == 3;
}

} // namespace

ListMarker ListMarker::parse(QStringView line)
{
    ListMarker m;
    int i = 0;
    while (i < line.size() && isBlank(line[i]))
        ++i;
    if (i >= line.size())
        return m;
    const int markerStart = i;
    const QChar first = line[i];
    if (first == QLatin1Char('-') || first == QLatin1Char('*') || first == QLatin1Char('+')) {
        if (i + 1 >= line.size() || !isBlank(line[i + 1]))
            return m;
        m.bullet = first;
        i += 2;
    } else if (first.isDigit()) {
        int j = i;
        while (j < line.size() && line[j].isDigit() && j - i < 9)
            ++j;
        if (j >= line.size() - 1 || (line[j] != QLatin1Char('.') && line[j] != QLatin1Char(')')) ||
            !isBlank(line[j + 1]))
            return m;
        m.number = line.mid(i, j - i).toInt();
        m.delimiter = line[j];
        i = j + 2;
    } else {
        return m;
    }
    m.valid = true;
    m.indent = line.left(markerStart).toString();
    m.markerEnd = i;
    const QStringView rest = line.mid(i);
    if (rest.size() >= 3 && rest[0] == QLatin1Char('[') && rest[2] == QLatin1Char(']') &&
        (rest[1] == QLatin1Char(' ') || rest[1] == QLatin1Char('x') || rest[1] == QLatin1Char('X')) &&
        (rest.size() == 3 || isBlank(rest[3]))) {
        m.task = true;
        i += rest.size() == 3 ? 3 : 4;
    }
    while (i < line.size() && isBlank(line[i]))
        ++i;
    m.contentStart = i;
    return m;
}

QString ListMarker::nextItemPrefix() const
{
    QString prefix = indent;
    if (isOrdered())
        prefix += QString::number(number + 1) + delimiter;
    else
        prefix += bullet;
    prefix += QLatin1Char(' ');
    if (task)
        prefix += QStringLiteral("[ ] ");
    return prefix;
}

bool MarkdownEditing::continueList(QTextCursor &cursor)
{
    if (cursor.hasSelection())
        return false;
    const QTextBlock block = cursor.block();
    const QString text = block.text();
    const ListMarker marker = ListMarker::parse(text);
    if (!marker.valid || cursor.positionInBlock() < marker.contentStart)
        return false;
    cursor.beginEditBlock();
    if (QStringView(text).mid(marker.contentStart).trimmed().isEmpty()) {
        // An empty item ends the list, the way word processors do it.
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + text.size(), QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    } else {
        cursor.insertText(QLatin1Char('\n') + marker.nextItemPrefix());
    }
    cursor.endEditBlock();
    return true;
}

bool MarkdownEditing::indentLines(QTextCursor &cursor, bool outdent)
{
    QTextDocument *doc = cursor.document();
    QTextBlock first = doc->findBlock(cursor.selectionStart());
    QTextBlock last = doc->findBlock(cursor.selectionEnd());
    // A selection that ends at the start of a line does not include that line.
    if (last != first && cursor.selectionEnd() == last.position())
        last = last.previous();
    if (first == last && !ListMarker::parse(first.text()).valid)
        return false;

    QTextCursor edit(doc);
    edit.beginEditBlock();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        const QString text = block.text();
        const ListMarker marker = ListMarker::parse(text);
        const int unit = marker.valid ? marker.markerEnd - int(marker.indent.size()) : kPlainIndent;
        if (!outdent) {
            if (!text.isEmpty() || first == last) {
                edit.setPosition(block.position());
                edit.insertText(QString(unit, QLatin1Char(' ')));
            }
        } else {
            int remove = 0;
            if (text.startsWith(QLatin1Char('\t')))
                remove = 1;
            else
                while (remove < unit && remove < text.size() && text[remove] == QLatin1Char(' '))
                    ++remove;
            if (remove > 0) {
                edit.setPosition(block.position());
                edit.setPosition(block.position() + remove, QTextCursor::KeepAnchor);
                edit.removeSelectedText();
            }
        }
        if (block == last)
            break;
    }
    edit.endEditBlock();
    return true;
}

void MarkdownEditing::toggleEmphasis(QTextCursor &cursor, const QString &marker)
{
    const int width = int(marker.size());
    const QChar c = marker.at(0);
    QTextDocument *doc = cursor.document();
    if (!cursor.hasSelection()) {
        cursor.select(QTextCursor::WordUnderCursor);
        if (!cursor.hasSelection() || !cursor.selectedText().at(0).isLetterOrNumber()) {
            const int at = cursor.position();
            cursor.clearSelection();
            cursor.insertText(marker + marker);
            cursor.setPosition(at + width);
            return;
        }
    }
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    const QString selected = cursor.selectedText();

    cursor.beginEditBlock();
    // Markers inside the selection: `**word**` selected as a whole.
    int inner = 0;
    while (inner < selected.size() && selected[inner] == c)
        ++inner;
    int innerEnd = 0;
    while (innerEnd < selected.size() && selected[selected.size() - 1 - innerEnd] == c)
        ++innerEnd;
    const int innerRun = qMin(inner, innerEnd);
    if (inner < selected.size() && runCarries(innerRun, width) && !selected.contains(kParagraphSeparator)) {
        cursor.insertText(selected.mid(width, selected.size() - 2 * width));
        cursor.setPosition(start);
        cursor.setPosition(end - 2 * width, QTextCursor::KeepAnchor);
        cursor.endEditBlock();
        return;
    }
    // Markers around the selection: `word` selected inside `**word**`.
    const int outerRun = qMin(runBefore(doc, start, c), runAfter(doc, end, c));
    QTextCursor edit(doc);
    if (runCarries(outerRun, width)) {
        edit.setPosition(end);
        edit.setPosition(end + width, QTextCursor::KeepAnchor);
        edit.removeSelectedText();
        edit.setPosition(start - width);
        edit.setPosition(start, QTextCursor::KeepAnchor);
        edit.removeSelectedText();
        cursor.setPosition(start - width);
        cursor.setPosition(end - width, QTextCursor::KeepAnchor);
    } else {
        edit.setPosition(end);
        edit.insertText(marker);
        edit.setPosition(start);
        edit.insertText(marker);
        cursor.setPosition(start + width);
        cursor.setPosition(end + width, QTextCursor::KeepAnchor);
    }
    cursor.endEditBlock();
}

QString MarkdownEditing::linkForPaste(const QString &selection, const QString &pasted)
{
    const QString target = pasted.trimmed();
    if (selection.trimmed().isEmpty() || selection.contains(QLatin1Char('\n')) ||
        selection.contains(kParagraphSeparator) || target.isEmpty())
        return {};
    for (const QChar ch : target)
        if (ch.isSpace())
            return {};
    const QUrl url(target, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const bool web =
        (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("ftp")) &&
        !url.host().isEmpty();
    const bool mail = scheme == QLatin1String("mailto") && !url.path().isEmpty();
    if (!url.isValid() || (!web && !mail))
        return {};
    return QLatin1Char('[') + selection + QStringLiteral("](") + target + QLatin1Char(')');
}

} // namespace debrief
