#pragma once

#include <QString>
#include <QStringView>

namespace debrief {

/// Where a document's YAML front matter sits: a `---` line at the very start (after an
/// optional UTF-8 byte order mark), the YAML, then a closing `---` or `...` line, as Jekyll
/// reads it. Offsets index the QString; line numbers are 1-based document lines.
struct FrontMatterBlock
{
    bool present = false;
    qsizetype yamlBegin = 0; ///< first character of the YAML (after the opening line)
    qsizetype yamlEnd = 0;   ///< one past the YAML: the start of the closing line
    qsizetype bodyBegin = 0; ///< first character after the closing line
    int yamlFirstLine = 2;   ///< document line of the first YAML line
    int bodyFirstLine = 1;   ///< document line where the body starts

    /// Finds the front matter of @p text; `present` is false when there is none, including
    /// when the opening line is never closed (then the whole text is Markdown).
    [[nodiscard]] static FrontMatterBlock locate(QStringView text);

    /// The text with the front matter replaced by as many empty lines, so that a Markdown
    /// parser never renders it and its line numbers stay those of the document.
    [[nodiscard]] static QString blankedForMarkdown(const QString &text);
};

} // namespace debrief
