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
    // Lists, headings, quotes, fences and tables have their own line structure.
    static const QRegularExpression structured(QStringLiteral(R"(^([-*+]\s|\d+[.)]\s|#|>|```|~~~|\|))"));
    return !structured.match(trimmed).hasMatch();
}

bool ParagraphTimestamper::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_enabled || watched != m_edit || event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) || key->modifiers() != Qt::NoModifier)
        return false;
    QTextCursor cursor = m_edit->textCursor();
    if (cursor.hasSelection() || !cursor.atBlockEnd() || !stampsAfter(cursor.block().text()))
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
