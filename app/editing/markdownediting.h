#pragma once

#include <QString>
#include <QStringView>

class QTextCursor;

namespace debrief {

/// The list marker at the start of a Markdown line: `- `, `* `, `+ `, `3. `, `3) `, each
/// optionally followed by a task box `[ ] ` / `[x] `.
struct ListMarker
{
    bool valid = false;
    QString indent;       ///< leading whitespace, as written
    QChar bullet;         ///< '-', '*' or '+' for bullet lists, null for ordered ones
    int number = -1;      ///< ordered lists only
    QChar delimiter;      ///< '.' or ')' for ordered lists
    bool task = false;    ///< has a `[ ]` / `[x]` box
    int markerEnd = 0;    ///< index just past the marker and its space (before any task box)
    int contentStart = 0; ///< index where the item's text begins

    [[nodiscard]] bool isOrdered() const { return number >= 0; }
    /// Parses the start of @p line; `valid` is false for lines that are not list items.
    [[nodiscard]] static ListMarker parse(QStringView line);
    /// The marker of the item that follows this one (next number, empty task box).
    [[nodiscard]] QString nextItemPrefix() const;
};

/// Markdown-aware edits of a QTextDocument through a cursor, each one undo step. They return
/// false when they do not apply, so the caller falls back to the plain key behaviour.
class MarkdownEditing
{
public:
    /// Enter inside a list item: starts the next item (`-`, `1.` → `2.`, `- [x]` → `- [ ]`).
    /// Enter on an item with no text ends the list: the marker is removed.
    static bool continueList(QTextCursor &cursor);

    /// Tab / Shift+Tab: indents or outdents the list item at the cursor, or every line of a
    /// multi-line selection. A list item moves by its marker's width, other lines by 4 spaces.
    static bool indentLines(QTextCursor &cursor, bool outdent);

    /// Wraps the selection (or the word at the cursor) in @p marker (`**` or `*`), or unwraps
    /// it when it is already wrapped. The wrapped text stays selected.
    static void toggleEmphasis(QTextCursor &cursor, const QString &marker);

    /// `[selection](url)` when @p pasted is a single URL and @p selection is one line of text;
    /// empty when a paste should stay a plain paste.
    [[nodiscard]] static QString linkForPaste(const QString &selection, const QString &pasted);
};

} // namespace debrief
