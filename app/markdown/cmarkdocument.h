#pragma once

#include <QByteArray>

#include <cmark-gfm.h>

namespace debrief {

/// A GitHub-flavoured Markdown syntax tree parsed by cmark-gfm with the GFM extensions Debrief
/// uses (table, strikethrough, autolink, task list, tag filter) and footnotes. Internal to
/// app/markdown: nothing outside sees cmark types.
class CmarkDocument
{
public:
    /// Parses UTF-8 Markdown; @p extraOptions are CMARK_OPT_* flags added to the defaults.
    explicit CmarkDocument(const QByteArray &markdown, int extraOptions = 0);
    ~CmarkDocument();
    CmarkDocument(const CmarkDocument &) = delete;
    CmarkDocument &operator=(const CmarkDocument &) = delete;

    [[nodiscard]] cmark_node *root() const { return m_root; }
    [[nodiscard]] int options() const { return m_options; }
    /// The HTML of the tree as it is now (callers may have edited it).
    [[nodiscard]] QByteArray toHtml() const;

    /// The text of a node's inline children (for alt texts and headings).
    [[nodiscard]] static QByteArray plainText(cmark_node *node);

private:
    cmark_parser *m_parser = nullptr;
    cmark_node *m_root = nullptr;
    int m_options = 0;
};

} // namespace debrief
