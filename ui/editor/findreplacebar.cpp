#include "editor/findreplacebar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>

#include <algorithm>

namespace debrief {

namespace {
constexpr int kRecountPauseMs = 250;

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}
} // namespace

FindReplaceBar::FindReplaceBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_words(new QCheckBox(tr("&Whole words"), this))
    , m_regex(new QCheckBox(tr("Re&gular expression"), this))
    , m_replaceOne(toolButton(tr("&Replace"), tr("Replace this match and find the next"), this))
    , m_replaceAll(toolButton(tr("Replace &All"), tr("Replace every match (one undo step)"), this))
    , m_replaceRow(new QWidget(this))
    , m_status(new QLabel(this))
{
    m_find->setPlaceholderText(tr("Find"));
    m_find->setAccessibleName(tr("Find text"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replacement text"));
    m_status->setAccessibleName(tr("Matches"));
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(QStringLiteral("000 of 0000")));

    auto *previous = toolButton(tr("Previous"), tr("Find the previous match (Shift+F3)"), this);
    previous->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    auto *next = toolButton(tr("Next"), tr("Find the next match (F3)"), this);
    next->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    auto *close = toolButton(tr("Close"), tr("Close the find bar (Escape)"), this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 2, 6, 2);
    grid->setVerticalSpacing(2);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_status);
    findRow->addWidget(m_case);
    findRow->addWidget(m_words);
    findRow->addWidget(m_regex);
    findRow->addWidget(close);
    grid->addLayout(findRow, 0, 0);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(m_replaceOne);
    replaceRow->addWidget(m_replaceAll);
    replaceRow->addStretch(0);
    grid->addWidget(m_replaceRow, 1, 0);

    m_recount.setSingleShot(true);
    m_recount.setInterval(kRecountPauseMs);
    connect(&m_recount, &QTimer::timeout, this, [this] {
        recount();
        updateStatus();
    });
    auto searchChanged = [this] {
        m_countValid = false;
        find(false, true); // incremental: the match at or after the selection
    };
    connect(m_find, &QLineEdit::textChanged, this, searchChanged);
    connect(m_case, &QCheckBox::toggled, this, searchChanged);
    connect(m_words, &QCheckBox::toggled, this, searchChanged);
    connect(m_regex, &QCheckBox::toggled, this, searchChanged);
    connect(m_find, &QLineEdit::returnPressed, this, &FindReplaceBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceCurrent);
    connect(previous, &QToolButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindReplaceBar::findNext);
    connect(m_replaceOne, &QToolButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(m_replaceAll, &QToolButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus(Qt::OtherFocusReason);
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_countValid = false;
        if (isVisible())
            m_recount.start();
    });
    hide();
}

void FindReplaceBar::showFind()
{
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar(0x2029))) {
        const QSignalBlocker blocker(m_find);
        m_find->setText(selected);
        m_countValid = false;
    }
    m_replaceRow->hide();
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
    updateStatus();
}

void FindReplaceBar::showReplace()
{
    showFind();
    m_replaceRow->show();
}

void FindReplaceBar::setSearchText(const QString &text)
{
    m_find->setText(text);
}

void FindReplaceBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

void FindReplaceBar::setOptions(SearchOptions options)
{
    m_case->setChecked(options.caseSensitive);
    m_words->setChecked(options.wholeWords);
    m_regex->setChecked(options.regularExpression);
}

SearchOptions FindReplaceBar::options() const
{
    SearchOptions options;
    options.caseSensitive = m_case->isChecked();
    options.wholeWords = m_words->isChecked();
    options.regularExpression = m_regex->isChecked();
    return options;
}

TextSearch FindReplaceBar::currentSearch() const
{
    return TextSearch(m_find->text(), options());
}

void FindReplaceBar::findNext()
{
    find(false, false);
}

void FindReplaceBar::findPrevious()
{
    find(true, false);
}

void FindReplaceBar::find(bool backward, bool fromSelectionStart)
{
    const TextSearch search = currentSearch();
    if (search.isValid()) {
        QTextCursor from = m_editor->textCursor();
        if (fromSelectionStart)
            from.setPosition(from.selectionStart());
        const QTextCursor found = search.find(m_editor->document(), from, backward);
        if (!found.isNull())
            m_editor->setTextCursor(found);
    }
    updateStatus();
}

void FindReplaceBar::replaceCurrent()
{
    const TextSearch search = currentSearch();
    if (!search.isValid())
        return;
    QTextCursor cursor = m_editor->textCursor();
    const auto selected = cursor.selectedText();
    // Only a selection that is a whole match is replaced; otherwise find one first.
    const auto exact = search.matches(selected, 1);
    if (cursor.hasSelection() && exact.size() == 1 && exact.first().first == 0 &&
        exact.first().second == selected.size()) {
        cursor.insertText(search.replacementFor(selected, m_replace->text()));
        m_editor->setTextCursor(cursor);
        m_countValid = false;
    }
    findNext();
}

int FindReplaceBar::replaceAll()
{
    const int replaced = currentSearch().replaceAll(m_editor->document(), m_replace->text());
    m_countValid = false;
    updateStatus();
    if (replaced > 0)
        m_status->setText(tr("%n replaced", nullptr, replaced));
    return replaced;
}

void FindReplaceBar::recount() const
{
    m_matches = currentSearch().matches(m_editor->toPlainText());
    m_countValid = true;
}

void FindReplaceBar::updateStatus()
{
    m_status->setText(statusText());
}

QString FindReplaceBar::statusText() const
{
    const TextSearch search = currentSearch();
    if (search.isEmpty())
        return {};
    if (!search.isValid())
        return tr("Invalid expression: %1").arg(search.errorString());
    if (!m_countValid)
        recount();
    if (m_matches.isEmpty())
        return tr("No matches");
    const QTextCursor cursor = m_editor->textCursor();
    const std::pair<int, int> current{cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart()};
    const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), current);
    if (it != m_matches.cend() && *it == current)
        //: Find bar: the match shown, e.g. "3 of 12"
        return tr("%1 of %2").arg(it - m_matches.cbegin() + 1).arg(m_matches.size());
    return tr("%n match(es)", nullptr, int(m_matches.size()));
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus(Qt::OtherFocusReason);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers().testFlag(Qt::ShiftModifier)) {
        findPrevious();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace debrief
