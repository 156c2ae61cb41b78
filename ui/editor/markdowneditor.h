#pragma once

#include <QPlainTextEdit>

namespace debrief {

class InlineChecker;
class ProgressiveHighlighter;

/// The Markdown source editor: KSyntaxHighlighting's Markdown definition (fenced code in its
/// own language) with colours from one theme, list continuation on Enter, Tab / Shift+Tab
/// indenting, Ctrl+B / Ctrl+I emphasis, a pasted URL over a selection becoming a link, and
/// spelling and blameless-language underlines with their fixes in the context menu.
class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MarkdownEditor(QWidget *parent = nullptr);
    ~MarkdownEditor() override;

    /// Every theme name KSyntaxHighlighting knows, sorted.
    [[nodiscard]] static QStringList themeNames();
    /// Uses theme @p name; an empty or unknown name follows the palette (light or dark).
    void setTheme(const QString &name);
    /// The theme in use now.
    [[nodiscard]] QString themeName() const;

    [[nodiscard]] InlineChecker *checker() const { return m_checker; }
    [[nodiscard]] ProgressiveHighlighter *highlighter() const { return m_highlighter; }

    /// Replaces the text (not an undoable edit) and highlights what is on screen at once,
    /// the rest of a long document progressively.
    void loadText(const QString &text);

    void toggleBold();
    void toggleItalic();
    /// Puts the cursor at the start of 1-based line @p line and shows it near the top.
    void goToLine(int line);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void updateExtraSelections();
    bool addCheckerActions(QMenu *menu, const QPoint &position);

    ProgressiveHighlighter *m_highlighter;
    InlineChecker *m_checker;
    QString m_requestedTheme;
    QColor m_currentLine;
    bool m_applyingTheme = false;
};

} // namespace debrief
