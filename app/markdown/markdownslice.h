#pragma once

#include <QStringView>

namespace debrief {

/// A run of whole top-level Markdown blocks cut out of a document, so that a long document's
/// visible part can be rendered on its own before the rest. Cuts fall only where a blank line
/// outside a code fence or HTML comment is followed by an unindented line: there a new
/// top-level block starts, so each piece renders as it would inside the whole (link reference
/// definitions and footnotes elsewhere in the document are the exception).
struct MarkdownSlice
{
    qsizetype begin = 0; ///< offset of the first character
    qsizetype end = 0;   ///< one past the last character
    int firstLine = 1;   ///< 1-based document line of @c begin

    /// The slice holding at least @p lineBudget lines centred on document line @p line (1-based),
    /// widened to the nearest block boundaries. The whole text when it is short.
    [[nodiscard]] static MarkdownSlice around(QStringView text, int line, int lineBudget);
};

} // namespace debrief
