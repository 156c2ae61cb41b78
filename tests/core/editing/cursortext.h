#pragma once

// Text with the cursor written into it, for exact "text + cursor" test rows:
// `|` is the cursor, `«…»` a selection (the cursor at the »).

#include <QTextCursor>
#include <QTextDocument>

namespace debrief::test {

inline QTextCursor placeCursor(QTextDocument &doc, QString marked)
{
    const QChar open(0x00AB), close(0x00BB);
    int anchor = int(marked.indexOf(open));
    if (anchor >= 0) {
        marked.remove(anchor, 1);
        const int position = int(marked.indexOf(close));
        marked.remove(position, 1);
        doc.setPlainText(marked);
        QTextCursor cursor(&doc);
        cursor.setPosition(anchor);
        cursor.setPosition(position, QTextCursor::KeepAnchor);
        return cursor;
    }
    const int position = int(marked.indexOf(QLatin1Char('|')));
    marked.remove(position, 1);
    doc.setPlainText(marked);
    QTextCursor cursor(&doc);
    cursor.setPosition(position);
    return cursor;
}

inline QString markedText(const QTextCursor &cursor)
{
    QString text = cursor.document()->toPlainText();
    if (!cursor.hasSelection())
        return text.insert(cursor.position(), QLatin1Char('|'));
    text.insert(cursor.selectionEnd(), QChar(0x00BB));
    text.insert(cursor.selectionStart(), QChar(0x00AB));
    return text;
}

} // namespace debrief::test
