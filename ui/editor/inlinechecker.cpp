#include "editor/inlinechecker.h"

#include "editing/spellchecker.h"
#include "editing/spellingtokenizer.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>

namespace debrief {

namespace {
// Long enough to stay out of the way while typing, short enough to feel live.
constexpr int kTypingPauseMs = 350;
// Bounds a check even on a huge window or with tiny fonts.
constexpr int kMaxBlocksPerCheck = 400;
} // namespace

InlineChecker::InlineChecker(QPlainTextEdit *editor)
    : QObject(editor)
    , m_editor(editor)
    , m_fences(editor->document())
    , m_linter(BlamelessLinter::builtIn())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kTypingPauseMs);
    connect(&m_timer, &QTimer::timeout, this, &InlineChecker::checkNow);
    connect(editor, &QPlainTextEdit::textChanged, this, &InlineChecker::scheduleCheck);
    connect(editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &InlineChecker::scheduleCheck);
    connect(editor, &QPlainTextEdit::updateRequest, this, [this](const QRect &, int dy) {
        if (dy != 0)
            scheduleCheck();
    });
}

void InlineChecker::setSpellChecker(SpellChecker *checker)
{
    if (m_spell)
        disconnect(m_spell, nullptr, this, nullptr);
    m_spell = checker;
    if (m_spell)
        connect(m_spell, &SpellChecker::dictionaryChanged, this, &InlineChecker::checkNow);
    scheduleCheck();
}

void InlineChecker::setSpellingEnabled(bool enabled)
{
    m_spellingEnabled = enabled;
    checkNow();
}

void InlineChecker::setLintEnabled(bool enabled)
{
    m_lintEnabled = enabled;
    checkNow();
}

void InlineChecker::setRosterNames(const QStringList &names)
{
    m_linter.setSubjectNames(names);
    scheduleCheck();
}

void InlineChecker::setColours(const QColor &spelling, const QColor &lint)
{
    m_spellingColour = spelling;
    m_lintColour = lint;
    Q_EMIT issuesChanged();
}

void InlineChecker::scheduleCheck()
{
    m_timer.start();
}

void InlineChecker::checkNow()
{
    m_timer.stop();
    m_issues.clear();
    m_lastCheckedBlocks = 0;
    const bool spelling = m_spellingEnabled && m_spell && m_spell->isReady();
    if (spelling || m_lintEnabled) {
        const QRect view = m_editor->viewport()->rect();
        QTextBlock block = m_editor->cursorForPosition(view.topLeft()).block();
        const QTextBlock last = m_editor->cursorForPosition(view.bottomRight()).block();
        // One line either side, so a line scrolled half into view is already checked.
        if (block.previous().isValid())
            block = block.previous();
        const int lastNumber = last.next().isValid() ? last.next().blockNumber() : last.blockNumber();
        for (; block.isValid() && block.blockNumber() <= lastNumber && m_lastCheckedBlocks < kMaxBlocksPerCheck;
             block = block.next()) {
            ++m_lastCheckedBlocks;
            if (!m_fences.isCode(block))
                checkBlock(block);
        }
    }
    Q_EMIT issuesChanged();
}

void InlineChecker::checkBlock(const QTextBlock &block)
{
    const QString text = block.text();
    if (text.isEmpty())
        return;
    const int base = block.position();
    auto rangeOf = [this, base](int start, int length) {
        QTextCursor cursor(m_editor->document());
        cursor.setPosition(base + start);
        cursor.setPosition(base + start + length, QTextCursor::KeepAnchor);
        return cursor;
    };
    if (m_lintEnabled) {
        for (const LintHit &hit : m_linter.check(text)) {
            Issue issue;
            issue.kind = Kind::Lint;
            issue.range = rangeOf(hit.start, hit.length);
            issue.lint = hit;
            m_issues.append(issue);
        }
    }
    if (m_spellingEnabled && m_spell && m_spell->isReady()) {
        for (const WordRange &word : SpellingTokenizer::words(text)) {
            if (m_spell->isCorrect(text.mid(word.start, word.length)))
                continue;
            Issue issue;
            issue.kind = Kind::Spelling;
            issue.range = rangeOf(word.start, word.length);
            m_issues.append(issue);
        }
    }
}

QList<QTextEdit::ExtraSelection> InlineChecker::selections() const
{
    QList<QTextEdit::ExtraSelection> result;
    result.reserve(m_issues.size());
    for (const Issue &issue : m_issues) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = issue.range;
        if (issue.kind == Kind::Spelling) {
            selection.format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            selection.format.setUnderlineColor(m_spellingColour);
        } else {
            // Told apart from spelling by shape and colour: a dotted amber line and a faint wash.
            selection.format.setUnderlineStyle(QTextCharFormat::DotLine);
            selection.format.setUnderlineColor(m_lintColour);
            QColor wash = m_lintColour;
            wash.setAlpha(40);
            selection.format.setBackground(wash);
        }
        result.append(selection);
    }
    return result;
}

std::optional<InlineChecker::Issue> InlineChecker::issueAt(int position) const
{
    for (const Issue &issue : m_issues)
        if (position >= issue.range.selectionStart() && position <= issue.range.selectionEnd() &&
            issue.range.hasSelection())
            return issue;
    return std::nullopt;
}

} // namespace debrief
