#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace debrief {

/// A run of whole top-level Markdown blocks cut out of a document, so that a long document can
/// be rendered piece by piece (the visible piece first, and after an edit only the pieces that
/// changed). Cuts fall only where a blank line outside a code fence or an HTML block (comment,
/// <pre>, <script> ...) is followed by an unindented line that does not start a list item: there
/// a new top-level block starts that cannot belong to the one before, so each piece renders as it
/// would inside the whole. What one piece cannot see of another are link reference definitions
/// and footnotes: see MarkdownDefinitions.
struct MarkdownSlice
{
    qsizetype begin = 0; ///< offset of the first character
    qsizetype end = 0;   ///< one past the last character
    int firstLine = 1;   ///< 1-based document line of @c begin

    /// Cuts @p text into slices of about @p targetChars characters (from half to twice that,
    /// save for the last one and long runs that cannot be cut), covering all of it in order.
    /// Where cuts fall depends on the text around them, not on their distance from the start:
    /// after an edit, only the slices around it differ. Empty text gives no slices.
    [[nodiscard]] static QList<MarkdownSlice> split(QStringView text, qsizetype targetChars);
};

/// What every slice of a document must see to render as it does in the whole: its link
/// reference definitions (`[label]: url`), which links anywhere may use. Footnotes cannot be
/// shared that way (they are numbered and listed once, at the end of the whole document), so a
/// document with footnote definitions is best rendered in one piece.
struct MarkdownDefinitions
{
    /// The definition lines, each ending in a newline, in document order.
    QString links;
    int linkLines = 0;
    /// The document defines at least one footnote (`[^label]: text`).
    bool footnotes = false;

    /// The definitions of @p text, outside code fences and HTML blocks.
    [[nodiscard]] static MarkdownDefinitions find(QStringView text);
};

} // namespace debrief
