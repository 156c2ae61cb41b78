#pragma once

#include "editing/blamelesslinter.h"
#include "editing/fencetracker.h"

#include <QColor>
#include <QObject>
#include <QPointer>
#include <QTextCursor>
#include <QTextEdit>
#include <QTimer>

#include <optional>

class QPlainTextEdit;

namespace debrief {

class SpellChecker;

/// Spelling and blameless-language underlines for one editor. Only the lines on screen are
/// checked, a moment after typing or scrolling stops, so the cost per keystroke does not grow
/// with the document. Code (fences, spans), front matter, URLs and handles are skipped.
class InlineChecker : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Spelling,
        Lint
    };
    struct Issue
    {
        Kind kind = Kind::Spelling;
        QTextCursor range; ///< follows later edits
        LintHit lint;      ///< Lint only
    };

    explicit InlineChecker(QPlainTextEdit *editor);

    void setSpellChecker(SpellChecker *checker);
    void setSpellingEnabled(bool enabled);
    [[nodiscard]] bool spellingEnabled() const { return m_spellingEnabled; }
    void setLintEnabled(bool enabled);
    [[nodiscard]] bool lintEnabled() const { return m_lintEnabled; }
    /// Roster names flagged as the subject of a failure ("Priya broke …").
    void setRosterNames(const QStringList &names);
    void setColours(const QColor &spelling, const QColor &lint);

    [[nodiscard]] QList<QTextEdit::ExtraSelection> selections() const;
    [[nodiscard]] const QList<Issue> &issues() const { return m_issues; }
    /// The issue under document position @p position.
    [[nodiscard]] std::optional<Issue> issueAt(int position) const;

    /// Checks the visible lines after the pause.
    void scheduleCheck();
    /// Checks the visible lines now (tests, benchmarks, after a dictionary change).
    void checkNow();
    /// Lines looked at by the last check.
    [[nodiscard]] int lastCheckedBlocks() const { return m_lastCheckedBlocks; }

Q_SIGNALS:
    void issuesChanged();

private:
    void checkBlock(const QTextBlock &block);

    QPlainTextEdit *m_editor;
    FenceTracker m_fences;
    BlamelessLinter m_linter;
    QPointer<SpellChecker> m_spell;
    bool m_spellingEnabled = true;
    bool m_lintEnabled = true;
    QColor m_spellingColour = Qt::red;
    QColor m_lintColour = QColor(0xd9, 0x80, 0x00);
    QTimer m_timer;
    QList<Issue> m_issues;
    int m_lastCheckedBlocks = 0;
};

} // namespace debrief
