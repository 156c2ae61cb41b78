#include "export/anonymiseddiffview.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace debrief {

namespace {

QTextEdit::ExtraSelection selection(QPlainTextEdit *edit, qsizetype start, qsizetype length,
                                    const QTextCharFormat &format)
{
    QTextEdit::ExtraSelection extra;
    extra.cursor = QTextCursor(edit->document());
    extra.cursor.setPosition(int(start));
    extra.cursor.setPosition(int(start + length), QTextCursor::KeepAnchor);
    extra.format = format;
    return extra;
}

QPlainTextEdit *makeEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setAccessibleName(name);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

QWidget *titled(const QString &title, QPlainTextEdit *edit, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    label->setBuddy(edit);
    layout->addWidget(label);
    layout->addWidget(edit);
    return box;
}

} // namespace

AnonymisedDiffView::AnonymisedDiffView(QWidget *parent)
    : QWidget(parent)
    , m_original(makeEdit(this, tr("Original text")))
    , m_anonymised(makeEdit(this, tr("Anonymised text")))
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(titled(tr("&Original"), m_original, splitter));
    splitter->addWidget(titled(tr("A&nonymised"), m_anonymised, splitter));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_original->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { syncScroll(m_original, m_anonymised); });
    connect(m_anonymised->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { syncScroll(m_anonymised, m_original); });
}

void AnonymisedDiffView::setContent(const QString &original, const AnonymisedText &anonymised)
{
    m_content = anonymised;
    const int originalScroll = m_original->verticalScrollBar()->value();
    m_original->setPlainText(original);
    m_anonymised->setPlainText(anonymised.text);
    applyHighlights();
    m_original->verticalScrollBar()->setValue(originalScroll);
}

void AnonymisedDiffView::applyHighlights()
{
    // Colours from the palette's highlight, so both light and dark themes stay readable.
    QColor mark = palette().color(QPalette::Highlight);
    mark.setAlpha(90);
    QTextCharFormat replaced;
    replaced.setBackground(mark);
    QTextCharFormat removed;
    removed.setFontStrikeOut(true);
    removed.setForeground(palette().color(QPalette::PlaceholderText));

    QList<QTextEdit::ExtraSelection> left;
    QList<QTextEdit::ExtraSelection> right;
    for (const Replacement &r : std::as_const(m_content.replacements)) {
        left.append(selection(m_original, r.originalStart, r.originalLength, replaced));
        right.append(selection(m_anonymised, r.outputStart, r.outputLength, replaced));
    }
    m_originalHighlights = int(left.size());
    m_anonymisedHighlights = int(right.size());
    for (const TextRange &section : std::as_const(m_content.removedSections))
        left.append(selection(m_original, section.start, section.end - section.start, removed));
    m_original->setExtraSelections(left);
    m_anonymised->setExtraSelections(right);
}

void AnonymisedDiffView::syncScroll(QPlainTextEdit *from, QPlainTextEdit *to)
{
    if (m_syncing)
        return;
    m_syncing = true;
    // Both texts have the same lines except for off-record sections, so the same fraction
    // of the way down shows the same passage closely enough.
    const QScrollBar *source = from->verticalScrollBar();
    QScrollBar *target = to->verticalScrollBar();
    const double fraction = source->maximum() > 0 ? double(source->value()) / source->maximum() : 0.0;
    target->setValue(qRound(fraction * target->maximum()));
    m_syncing = false;
}

void AnonymisedDiffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyHighlights();
    QWidget::changeEvent(event);
}

} // namespace debrief
