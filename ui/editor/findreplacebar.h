#pragma once

#include "editing/textsearch.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace debrief {

/// The find / replace bar under the editor: match case, whole words, regular expressions,
/// "n of m" matches, replace one or all (one undo step). Escape closes it.
class FindReplaceBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindReplaceBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    /// Shows the bar with the selection (if any) as the search text, focused on it.
    void showFind();
    void showReplace();
    void findNext();
    void findPrevious();
    /// Replaces the current match (when the selection is one) and moves to the next.
    void replaceCurrent();
    /// Replaces every match; returns how many.
    int replaceAll();

    void setSearchText(const QString &text);
    void setReplaceText(const QString &text);
    void setOptions(SearchOptions options);
    [[nodiscard]] SearchOptions options() const;
    /// "3 of 12", "No matches", or what is wrong with the regular expression.
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] int matchCount() const { return int(m_matches.size()); }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    [[nodiscard]] TextSearch currentSearch() const;
    void find(bool backward, bool fromSelectionStart);
    void recount() const;
    void updateStatus();

    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_case;
    QCheckBox *m_words;
    QCheckBox *m_regex;
    QToolButton *m_replaceOne;
    QToolButton *m_replaceAll;
    QWidget *m_replaceRow;
    QLabel *m_status;
    QTimer m_recount;
    // Counting is lazy: the status asks for it, and typing only marks it stale.
    mutable QList<std::pair<int, int>> m_matches;
    mutable bool m_countValid = false;
};

} // namespace debrief
