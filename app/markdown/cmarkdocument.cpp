#include "markdown/cmarkdocument.h"

#include <cmark-gfm-core-extensions.h>

#include <cstdlib>
#include <mutex>

namespace debrief {

namespace {

void registerExtensionsOnce()
{
    // Registration fills a process-wide list; previews render on worker threads.
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

} // namespace

CmarkDocument::CmarkDocument(const QByteArray &markdown, int extraOptions)
    // Without CMARK_OPT_UNSAFE raw HTML and javascript: links are dropped ("safe" by default).
    : m_options(CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8 | extraOptions)
{
    registerExtensionsOnce();
    m_parser = cmark_parser_new(m_options);
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist", "tagfilter"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(m_parser, extension);
    }
    cmark_parser_feed(m_parser, markdown.constData(), size_t(markdown.size()));
    m_root = cmark_parser_finish(m_parser);
}

CmarkDocument::~CmarkDocument()
{
    cmark_node_free(m_root);
    cmark_parser_free(m_parser);
}

QByteArray CmarkDocument::toHtml() const
{
    char *html = cmark_render_html(m_root, m_options, cmark_parser_get_syntax_extensions(m_parser));
    QByteArray result(html);
    std::free(html);
    return result;
}

QByteArray CmarkDocument::plainText(cmark_node *node)
{
    QByteArray text;
    cmark_iter *iter = cmark_iter_new(node);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *current = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER || current == node)
            continue;
        switch (cmark_node_get_type(current)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            text += cmark_node_get_literal(current);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            text += ' ';
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    return text;
}

} // namespace debrief
