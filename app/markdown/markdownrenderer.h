#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace debrief {

/// GitHub-flavoured Markdown to an HTML fragment, with cmark-gfm: tables, task lists,
/// strikethrough, autolinks and footnotes. The front matter is never rendered. Output is
/// safe and offline: raw HTML and javascript: links are dropped, remote images become a
/// placeholder showing their alt text (nothing is ever fetched), and relative image paths
/// are resolved against the document's folder. Reentrant: one renderer per thread, or share
/// a const one.
/// Private-use characters around a line number (see MarkdownRenderer::Options::lineMarkers).
inline constexpr QChar kLineMarkerBegin = QChar(0xE002);
inline constexpr QChar kLineMarkerEnd = QChar(0xE003);

class MarkdownRenderer
{
    Q_DECLARE_TR_FUNCTIONS(debrief::MarkdownRenderer)
public:
    struct Options
    {
        /// Folder of the document, for relative image paths; empty leaves them relative.
        QString documentDirectory;
        /// Adds data-source-line="N" (1-based document line) to block elements, for scroll sync.
        bool sourceLines = false;
        /// Starts each paragraph, heading and code block (and puts before each table) a marker:
        /// kLineMarkerBegin, its document line in decimal, kLineMarkerEnd. QTextBrowser drops
        /// unknown attributes, and thousands of named anchors make QTextDocument::setHtml
        /// quadratic (each is a distinct character format), so the preview finds these markers
        /// in the text, records where they are and removes them.
        bool lineMarkers = false;
        /// Highlights a fenced code block: gets the fence's language (first word of the info
        /// string, may be empty) and the code, returns the escaped HTML to show inside
        /// `<pre><code>`, or a null string for plain text. Runs on the rendering thread.
        std::function<QString(const QString &language, const QString &code)> codeHighlighter;
        /// Task-list items the way QTextDocument can show them, which ignores <input>: in a
        /// bullet list `<li class="checked">` or `"unchecked"`, for which it draws a box in place
        /// of the bullet; in a numbered list the number stays and ☑ or ☐ starts the text.
        bool taskListMarkers = false;
        /// Task-list items as ☐ or ☑ at the start of their text, in every kind of list: for
        /// documents written out (PDF, ODT), whose formats keep no list box.
        bool taskListText = false;
        /// Gives each heading its link target (`<h2 id="impact">`, see Outline::anchors), so
        /// links to headings work in an exported page.
        bool headingIds = false;
        /// Strikethrough as `<s>`: QTextDocument (the preview, PDF and ODT) ignores `<del>`.
        bool strikeoutAsS = false;
    };

    MarkdownRenderer() = default;
    explicit MarkdownRenderer(Options options);

    [[nodiscard]] const Options &options() const { return m_options; }

    /// Renders a whole document (front matter included, and skipped).
    [[nodiscard]] QString toHtml(const QString &document) const;
    /// Renders a slice of a document's body (no front matter is looked for) whose first line
    /// is document line @p firstLine, so line markers give document lines.
    [[nodiscard]] QString fragmentToHtml(const QString &markdown, int firstLine) const;

private:
    /// The HTML of a decorated tree, with the post-processing the options ask for.
    [[nodiscard]] QString finish(QByteArray html) const;

    Options m_options;
};

} // namespace debrief
