#include "meetup/paragraphtimestamper.h"

#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBlock>

namespace debrief {

ParagraphTimestamper::ParagraphTimestamper(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QTime::currentTime(); })
{}

void ParagraphTimestamper::setEditor(QPlainTextEdit *edit)
{
    if (m_edit)
        m_edit->removeEventFilter(this);
    m_edit = edit;
    if (m_edit)
        m_edit->installEventFilter(this);
}

QString ParagraphTimestamper::stamp(const QTime &time)
{
    return QLatin1Char('[') + time.toString(QStringLiteral("HH:mm")) + QStringLiteral("] ");
}

bool ParagraphTimestamper::stampsAfter(const QString &paragraph)
{
    const QString trimmed = paragraph.trimmed();
    if (trimmed.isEmpty())
        return false;
    // Enter on a paragraph that holds only its stamp: no second stamp below an empty note.
    static const QRegularExpression stampOnly(QStringLiteral(R"(^\[\d\d:\d\d\]$)"));
    if (stampOnly.match(trimmed).hasMatch())
        return false;
    // Lists, headings, quotes, fences and tables have their own line structure.
    static const QRegularExpression structured(QStringLiteral(R"(^([-*+]\s|\d+[.)]\s|#|>|```|~~~|\|))"));
    return !structured.match(trimmed).hasMatch();
}

namespace {

/// Whether @p block lies inside a fenced code block: the fences above it are counted, at
/// most a few thousand lines back (no code block in notes is longer), so a keystroke never
/// walks a whole long document.
bool insideCodeFence(const QTextBlock &block)
{
    constexpr int kMaxLinesBack = 2000;
    static const QRegularExpression fence(QStringLiteral(R"(^\s{0,3}(```|~~~))"));
    bool inside = false;
    int seen = 0;
    for (QTextBlock above = block.previous(); above.isValid() && seen < kMaxLinesBack;
         above = above.previous(), ++seen) {
        if (fence.match(above.text()).hasMatch())
            inside = !inside;
    }
    return inside;
}

} // namespace

bool ParagraphTimestamper::startsParagraph(const QString &typed) const
{
    const QTextCursor cursor = m_edit->textCursor();
    if (cursor.hasSelection() || !cursor.block().text().isEmpty())
        return false;
    // A new paragraph: the first line of the notes, or one after a blank line.
    const QTextBlock previous = cursor.block().previous();
    if (previous.isValid() && !previous.text().trimmed().isEmpty())
        return false;
    // Words start a note; list markers, headings, quotes, fences, tables and digits (a
    // numbered list) start structure, which keeps its own lines.
    const QChar first = typed.front();
    if (!first.isLetter() && !QStringView(u"\"'(\u201C\u2018").contains(first))
        return false;
    return !insideCodeFence(cursor.block());
}

bool ParagraphTimestamper::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_enabled || watched != m_edit || event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const bool plainTyping = !key->text().isEmpty() && key->text().front().isPrint() &&
                             !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (plainTyping && startsParagraph(key->text())) {
        // The first word of a new paragraph gets the stamp in front; the key then types as usual.
        m_edit->textCursor().insertText(stamp(m_clock()));
        return false;
    }
    if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) || key->modifiers() != Qt::NoModifier)
        return false;
    QTextCursor cursor = m_edit->textCursor();
    if (cursor.hasSelection() || !cursor.atBlockEnd() || !stampsAfter(cursor.block().text()) ||
        insideCodeFence(cursor.block()))
        return false;
    cursor.beginEditBlock();
    // A blank line between: each stamped note is a paragraph of its own in the preview.
    cursor.insertBlock();
    cursor.insertBlock();
    cursor.insertText(stamp(m_clock()));
    cursor.endEditBlock();
    m_edit->setTextCursor(cursor);
    m_edit->ensureCursorVisible();
    return true;
}

} // namespace debrief
