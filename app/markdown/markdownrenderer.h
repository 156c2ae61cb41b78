#pragma once

#include <QCoreApplication>
#include <QString>

namespace debrief {

/// GitHub-flavoured Markdown to an HTML fragment, with cmark-gfm: tables, task lists,
/// strikethrough, autolinks and footnotes. The front matter is never rendered. Output is
/// safe and offline: raw HTML and javascript: links are dropped, remote images become a
/// placeholder showing their alt text (nothing is ever fetched), and relative image paths
/// are resolved against the document's folder. Reentrant: one renderer per thread, or share
/// a const one.
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
    };

    MarkdownRenderer() = default;
    explicit MarkdownRenderer(Options options);

    [[nodiscard]] const Options &options() const { return m_options; }

    /// Renders a whole document (front matter included, and skipped).
    [[nodiscard]] QString toHtml(const QString &document) const;

private:
    Options m_options;
};

} // namespace debrief
