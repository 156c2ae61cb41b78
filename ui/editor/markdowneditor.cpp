#include "editor/markdowneditor.h"

#include "editing/markdownediting.h"
#include "editing/spellchecker.h"
#include "editor/editorservices.h"
#include "editor/inlinechecker.h"
#include "editor/progressivehighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace debrief {

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new ProgressiveHighlighter(document()))
    , m_checker(new InlineChecker(this))
{
    m_highlighter->setDefinition(syntaxRepository().definitionForName(QStringLiteral("Markdown")));
    // Markdown is source text: monospace, plain, never rich text.
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(mono);
    setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(QLatin1Char(' ')) * 4);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    document()->setDocumentMargin(10);
    applyTheme();
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &MarkdownEditor::updateExtraSelections);
    connect(m_checker, &InlineChecker::issuesChanged, this, &MarkdownEditor::updateExtraSelections);
}

MarkdownEditor::~MarkdownEditor() = default;

namespace {
// More than a tall screen of lines: what is visible after opening is highlighted at once.
constexpr int kInitialHighlightBlocks = 400;
} // namespace

void MarkdownEditor::loadText(const QString &text)
{
    m_highlighter->startProgressive(kInitialHighlightBlocks);
    setPlainText(text);
}

QStringList MarkdownEditor::themeNames()
{
    QStringList names;
    const auto themes = syntaxRepository().themes();
    for (const auto &theme : themes)
        names.append(theme.name());
    names.sort(Qt::CaseInsensitive);
    return names;
}

void MarkdownEditor::setTheme(const QString &name)
{
    m_requestedTheme = name;
    applyTheme();
}

QString MarkdownEditor::themeName() const
{
    return m_highlighter->theme().name();
}

void MarkdownEditor::applyTheme()
{
    KSyntaxHighlighting::Repository &repository = syntaxRepository();
    KSyntaxHighlighting::Theme theme = repository.theme(m_requestedTheme);
    if (m_requestedTheme.isEmpty() || !theme.isValid())
        theme = repository.themeForPalette(QApplication::palette(this));
    if (theme.name() != m_highlighter->theme().name()) {
        m_highlighter->setTheme(theme);
        if (document()->blockCount() > kInitialHighlightBlocks)
            m_highlighter->startProgressive(kInitialHighlightBlocks);
        m_highlighter->rehighlight();
    }

    // The highlighter colours the text only: background, selection and the current line
    // come from the same theme, or a dark theme would show on a white page.
    using Role = KSyntaxHighlighting::Theme::EditorColorRole;
    m_applyingTheme = true;
    QPalette pal = QApplication::palette(this);
    pal.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(Role::BackgroundColor)));
    pal.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    pal.setColor(QPalette::Highlight, QColor::fromRgba(theme.editorColor(Role::TextSelection)));
    pal.setColor(QPalette::HighlightedText,
                 QColor::fromRgba(theme.selectedTextColor(KSyntaxHighlighting::Theme::Normal)));
    QColor placeholder = pal.color(QPalette::Text);
    placeholder.setAlpha(128);
    pal.setColor(QPalette::PlaceholderText, placeholder);
    setPalette(pal);
    m_applyingTheme = false;
    m_currentLine = QColor::fromRgba(theme.editorColor(Role::CurrentLine));
    m_checker->setColours(QColor::fromRgba(theme.editorColor(Role::SpellChecking)),
                          QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Warning)));
    updateExtraSelections();
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // A light/dark switch of the desktop: follow it unless a theme was chosen by name. A widget
    // with a palette of its own sees that as PaletteChange, not ApplicationPaletteChange.
    if ((event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange) &&
        !m_applyingTheme && m_requestedTheme.isEmpty())
        applyTheme();
}

void MarkdownEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection line;
    line.format.setBackground(m_currentLine);
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    selections.append(line);
    selections += m_checker->selections();
    setExtraSelections(selections);
}

void MarkdownEditor::toggleBold()
{
    QTextCursor cursor = textCursor();
    MarkdownEditing::toggleEmphasis(cursor, QStringLiteral("**"));
    setTextCursor(cursor);
}

void MarkdownEditor::toggleItalic()
{
    QTextCursor cursor = textCursor();
    MarkdownEditing::toggleEmphasis(cursor, QStringLiteral("*"));
    setTextCursor(cursor);
}

void MarkdownEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    // From the end, the smallest scroll that shows the line puts it at the top.
    moveCursor(QTextCursor::End);
    setTextCursor(cursor);
}

void MarkdownEditor::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && mods == Qt::NoModifier) {
        QTextCursor cursor = textCursor();
        if (MarkdownEditing::continueList(cursor)) {
            setTextCursor(cursor);
            ensureCursorVisible();
            return;
        }
    } else if (event->key() == Qt::Key_Tab && mods == Qt::NoModifier) {
        QTextCursor cursor = textCursor();
        if (MarkdownEditing::indentLines(cursor, false)) {
            setTextCursor(cursor);
            return;
        }
    } else if (event->key() == Qt::Key_Backtab) {
        QTextCursor cursor = textCursor();
        if (MarkdownEditing::indentLines(cursor, true))
            setTextCursor(cursor);
        return; // Shift+Tab never inserts anything
    } else if (event->matches(QKeySequence::Bold)) {
        toggleBold();
        return;
    } else if (event->matches(QKeySequence::Italic)) {
        toggleItalic();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void MarkdownEditor::insertFromMimeData(const QMimeData *source)
{
    if (source->hasText() && textCursor().hasSelection()) {
        const QString link = MarkdownEditing::linkForPaste(textCursor().selectedText(), source->text());
        if (!link.isEmpty()) {
            textCursor().insertText(link);
            return;
        }
    }
    // Rich text from a browser would arrive as HTML: Markdown wants the plain text.
    if (source->hasText()) {
        textCursor().insertText(source->text());
        ensureCursorVisible();
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

bool MarkdownEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const auto issue = m_checker->issueAt(cursorForPosition(inViewport).position());
        if (issue && issue->kind == InlineChecker::Kind::Lint) {
            QToolTip::showText(help->globalPos(),
                               tr("<b>%1</b><br>Blameless wording: %2")
                                   .arg(issue->lint.message.toHtmlEscaped(), issue->lint.suggestion.toHtmlEscaped()),
                               this);
            return true;
        }
        if (issue && issue->kind == InlineChecker::Kind::Spelling) {
            QToolTip::showText(help->globalPos(), tr("Unknown word: right-click for suggestions"), this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QPlainTextEdit::event(event);
}

void MarkdownEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    QMenu extra;
    if (addCheckerActions(&extra, event->pos())) {
        extra.addSeparator();
        extra.addActions(menu->actions());
        menu->setParent(&extra);
        extra.exec(event->globalPos());
    } else {
        menu->exec(event->globalPos());
    }
    delete menu;
}

bool MarkdownEditor::addCheckerActions(QMenu *menu, const QPoint &position)
{
    const QPoint inViewport = viewport()->mapFrom(this, position);
    const auto issue = m_checker->issueAt(cursorForPosition(inViewport).position());
    if (!issue)
        return false;
    QTextCursor range = issue->range;
    if (issue->kind == InlineChecker::Kind::Lint) {
        QAction *why = menu->addAction(issue->lint.message);
        why->setEnabled(false);
        QAction *suggestion = menu->addAction(tr("Blameless wording: %1").arg(issue->lint.suggestion));
        suggestion->setEnabled(false);
        return true;
    }
    SpellChecker &spell = sharedSpellChecker();
    const QString word = range.selectedText();
    const QStringList suggestions = spell.suggestions(word);
    for (const QString &suggestion : suggestions)
        connect(menu->addAction(suggestion), &QAction::triggered, this,
                [range, suggestion]() mutable { range.insertText(suggestion); });
    if (suggestions.isEmpty())
        menu->addAction(tr("No suggestions"))->setEnabled(false);
    menu->addSeparator();
    connect(menu->addAction(tr("Add “%1” to Dictionary").arg(word)), &QAction::triggered, this,
            [word] { sharedSpellChecker().addToDictionary(word); });
    connect(menu->addAction(tr("Ignore “%1”").arg(word)), &QAction::triggered, this,
            [word] { sharedSpellChecker().ignore(word); });
    return true;
}

} // namespace debrief
