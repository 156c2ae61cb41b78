#include "markdown/markdownrenderer.h"

#include "markdown/cmarkdocument.h"
#include "markdown/frontmatterblock.h"
#include "markdown/outline.h"
#include "markdown/siteroot.h"

#include <cmark-gfm-core-extensions.h>

#include <QDir>
#include <QList>
#include <QUrl>

namespace debrief {

namespace {

enum class ImageSource
{
    Local,  ///< a path, relative or absolute
    Inline, ///< data: URLs need no network
    Remote  ///< anything else would be fetched from somewhere: http, https, //host, ftp ...
};

ImageSource classify(const QByteArray &url)
{
    if (url.startsWith("//"))
        return ImageSource::Remote;
    qsizetype colon = url.indexOf(':');
    const qsizetype slash = url.indexOf('/');
    if (colon < 0 || (slash >= 0 && slash < colon))
        return ImageSource::Local;
    const QByteArray scheme = url.left(colon).toLower();
    // A single letter is a drive (C:/...), not a scheme.
    if (scheme.size() == 1)
        return ImageSource::Local;
    if (scheme == "file")
        return ImageSource::Local;
    if (scheme == "data")
        return ImageSource::Inline;
    return ImageSource::Remote;
}

QByteArray escapeHtml(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;")).toUtf8();
}

/// The inert stand-in for a remote image: the alt text, with the address in a tooltip.
QByteArray remotePlaceholder(cmark_node *image)
{
    const QString alt = QString::fromUtf8(CmarkDocument::plainText(image)).trimmed();
    const QString url = QString::fromUtf8(cmark_node_get_url(image));
    const QString shown =
        alt.isEmpty() ? MarkdownRenderer::tr("[remote image]") : MarkdownRenderer::tr("[image: %1]").arg(alt);
    return "<span class=\"remote-image\" title=\"" +
           escapeHtml(MarkdownRenderer::tr("Remote image, not loaded: %1").arg(url)) + "\">" + escapeHtml(shown) +
           "</span>";
}

/// A local image's path for the preview: absolute, resolved against the document's folder.
/// It stays a plain path rather than a file: URL, which cmark's safe mode would blank.
QByteArray localPath(const QByteArray &url, const QString &documentDirectory, const QString &root)
{
    QString path = QUrl::fromPercentEncoding(url);
    if (path.startsWith(QLatin1String("file:")))
        path = QUrl(path).toLocalFile();
    if (documentDirectory.isEmpty() || path.isEmpty())
        return path.isEmpty() ? url : path.toUtf8();
    // A file outside the site keeps a path that will not load (the viewer refuses it too).
    const QString resolved = SiteRoot::resolve(path, documentDirectory, root);
    if (!resolved.isEmpty())
        return resolved.toUtf8();
    return QDir::isAbsolutePath(path) ? path.toUtf8()
                                      : QDir::cleanPath(QDir(documentDirectory).absoluteFilePath(path)).toUtf8();
}

void rewriteImages(const CmarkDocument &document, const QString &documentDirectory)
{
    QList<cmark_node *> images;
    cmark_iter *iter = cmark_iter_new(document.root());
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_IMAGE)
            images << node;
    }
    cmark_iter_free(iter);

    // The tree changes only after the walk: replacing nodes under an iterator is undefined.
    const QString root = images.isEmpty() ? QString() : SiteRoot::of(documentDirectory);
    for (cmark_node *image : std::as_const(images)) {
        const QByteArray url = cmark_node_get_url(image);
        switch (classify(url)) {
        case ImageSource::Remote: {
            cmark_node *placeholder = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
            cmark_node_set_on_enter(placeholder, remotePlaceholder(image).constData());
            cmark_node_replace(image, placeholder);
            cmark_node_free(image);
            break;
        }
        case ImageSource::Local:
            cmark_node_set_url(image, localPath(url, documentDirectory, root).constData());
            break;
        case ImageSource::Inline:
            break;
        }
    }
}

/// Turns cmark's data-sourcepos="12:1-14:5" into data-source-line="12" (the start line is all
/// scroll sync needs, and it is shorter).
QByteArray withSourceLines(const QByteArray &html)
{
    static const QByteArray attribute = "data-sourcepos=\"";
    QByteArray out;
    out.reserve(html.size());
    qsizetype position = 0;
    while (true) {
        const qsizetype found = html.indexOf(attribute, position);
        if (found < 0)
            break;
        out.append(html.constData() + position, found - position);
        qsizetype cursor = found + attribute.size();
        const qsizetype digitsBegin = cursor;
        while (cursor < html.size() && html.at(cursor) >= '0' && html.at(cursor) <= '9')
            ++cursor;
        const qsizetype closing = html.indexOf('"', cursor);
        if (closing < 0) {
            position = found;
            break;
        }
        out.append("data-source-line=\"").append(html.constData() + digitsBegin, cursor - digitsBegin).append('"');
        position = closing + 1;
    }
    out.append(html.constData() + position, html.size() - position);
    return out;
}

QByteArray lineMarker(int line)
{
    return QString(kLineMarkerBegin).toUtf8() + QByteArray::number(line) + QString(kLineMarkerEnd).toUtf8();
}

bool isTable(cmark_node *node)
{
    return qstrcmp(cmark_node_get_type_string(node), "table") == 0;
}

/// A fenced or indented code block as a custom block: optional line marker, then the code, escaped
/// or highlighted.
QByteArray codeBlockHtml(cmark_node *block, const MarkdownRenderer::Options &options, int lineOffset)
{
    const QString code = QString::fromUtf8(cmark_node_get_literal(block));
    const QString info = QString::fromUtf8(cmark_node_get_fence_info(block)).trimmed();
    const QString language = info.section(QLatin1Char(' '), 0, 0);
    QString inner;
    if (options.codeHighlighter)
        inner = options.codeHighlighter(language, code);
    if (inner.isNull())
        inner = code.toHtmlEscaped();
    QByteArray html = "<pre>";
    html += language.isEmpty() ? QByteArray("<code>") : "<code class=\"language-" + escapeHtml(language) + "\">";
    if (options.lineMarkers)
        html += lineMarker(cmark_node_get_start_line(block) + lineOffset);
    return html + inner.toUtf8() + "</code></pre>\n";
}

bool isTaskItem(cmark_node *node)
{
    return cmark_node_get_type(node) == CMARK_NODE_ITEM && qstrcmp(cmark_node_get_type_string(node), "tasklist") == 0;
}

/// A numbered task item keeps its number and shows its box as a character: a plain item whose
/// text starts with ☑ or ☐. (QTextDocument draws a box only in place of a list's marker, and
/// sized as the number, which looks broken.) Bullet items keep cmark's <input>, replaced later
/// (see withTaskMarkers).
void markNumberedTask(cmark_node *item, bool everyList)
{
    if (!everyList && cmark_node_get_list_type(cmark_node_parent(item)) != CMARK_ORDERED_LIST)
        return;
    const QByteArray box = cmark_gfm_extensions_get_tasklist_item_checked(item) ? "\u2611 " : "\u2610 ";
    cmark_node_set_syntax_extension(item, nullptr);
    cmark_node *first = cmark_node_first_child(item);
    const bool paragraph = first && cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH;
    cmark_node *mark = cmark_node_new(paragraph ? CMARK_NODE_CUSTOM_INLINE : CMARK_NODE_CUSTOM_BLOCK);
    const QByteArray html = paragraph ? box : QByteArray("<p>" + box.trimmed() + "</p>");
    cmark_node_set_on_enter(mark, html.constData());
    const bool inserted = paragraph ? cmark_node_prepend_child(first, mark) : cmark_node_prepend_child(item, mark);
    if (!inserted)
        cmark_node_free(mark);
}

/// cmark's bullet task items, "<li><input type=checkbox ... /> ", as <li class="checked"> or
/// "unchecked": QTextDocument's own list box. Only cmark writes these inputs (raw HTML is dropped).
QByteArray withTaskMarkers(QByteArray html)
{
    html.replace(R"(><input type="checkbox" checked="" disabled="" /> )", R"( class="checked">)");
    html.replace(R"(><input type="checkbox" disabled="" /> )", R"( class="unchecked">)");
    return html;
}

/// `<hN …>` → `<hN id="…" …>`, the ids in document order. Only cmark writes heading tags
/// here: raw HTML is omitted and `<h2>` in code arrives escaped.
QByteArray withHeadingIds(const QByteArray &html, const QStringList &ids)
{
    QByteArray result;
    result.reserve(html.size() + ids.size() * 24);
    qsizetype from = 0;
    for (const QString &id : ids) {
        qsizetype at = from;
        while ((at = html.indexOf("<h", at)) >= 0) {
            const char level = at + 2 < html.size() ? html.at(at + 2) : '\0';
            const char after = at + 3 < html.size() ? html.at(at + 3) : '\0';
            if (level >= '1' && level <= '6' && (after == '>' || after == ' '))
                break;
            at += 2;
        }
        if (at < 0)
            break;
        result.append(html.constData() + from, at + 3 - from);
        result.append(" id=\"" + id.toHtmlEscaped().toUtf8() + '"');
        from = at + 3;
    }
    result.append(html.constData() + from, html.size() - from);
    return result;
}

/// Adds line markers, highlighted code and task boxes for the preview.
void decorateForPreview(const CmarkDocument &document, const MarkdownRenderer::Options &options, int lineOffset)
{
    if (!options.lineMarkers && !options.codeHighlighter && !options.taskListMarkers && !options.taskListText)
        return;
    QList<cmark_node *> anchored;
    QList<cmark_node *> codeBlocks;
    QList<cmark_node *> tasks;
    cmark_iter *iter = cmark_iter_new(document.root());
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_CODE_BLOCK)
            codeBlocks << node;
        else if (options.lineMarkers && (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING))
            anchored << node;
        else if (options.lineMarkers && isTable(node))
            anchored << node;
        else if ((options.taskListMarkers || options.taskListText) && isTaskItem(node))
            tasks << node;
    }
    cmark_iter_free(iter);

    // Boxes first: a paragraph's line marker then goes before its box, so the line's position
    // is where the item's text begins.
    for (cmark_node *item : std::as_const(tasks))
        markNumberedTask(item, options.taskListText);

    for (cmark_node *node : std::as_const(anchored)) {
        const int line = cmark_node_get_start_line(node) + lineOffset;
        // Table cells accept no custom inlines: a table's marker goes in a block just before it.
        const bool table = isTable(node);
        cmark_node *anchor = cmark_node_new(table ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE);
        const QByteArray marker = table ? "<p>" + lineMarker(line) + "</p>" : lineMarker(line);
        cmark_node_set_on_enter(anchor, marker.constData());
        if (!(table ? cmark_node_insert_before(node, anchor) : cmark_node_prepend_child(node, anchor)))
            cmark_node_free(anchor);
    }
    for (cmark_node *block : std::as_const(codeBlocks)) {
        cmark_node *replacement = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        cmark_node_set_on_enter(replacement, codeBlockHtml(block, options, lineOffset).constData());
        cmark_node_replace(block, replacement);
        cmark_node_free(block);
    }
}

} // namespace

MarkdownRenderer::MarkdownRenderer(Options options)
    : m_options(std::move(options))
{}

QString MarkdownRenderer::toHtml(const QString &document) const
{
    // Blank lines in place of the front matter keep source lines equal to document lines.
    const CmarkDocument parsed(FrontMatterBlock::blankedForMarkdown(document).toUtf8(),
                               m_options.sourceLines ? CMARK_OPT_SOURCEPOS : 0);
    rewriteImages(parsed, m_options.documentDirectory);
    decorateForPreview(parsed, m_options, 0);
    if (m_options.headingIds)
        return finish(withHeadingIds(parsed.toHtml(), Outline::fromMarkdown(document).anchors()));
    return finish(parsed.toHtml());
}

QString MarkdownRenderer::fragmentToHtml(const QString &markdown, int firstLine) const
{
    const CmarkDocument parsed(markdown.toUtf8(), m_options.sourceLines ? CMARK_OPT_SOURCEPOS : 0);
    rewriteImages(parsed, m_options.documentDirectory);
    decorateForPreview(parsed, m_options, firstLine - 1);
    // data-source-line values stay relative to the fragment; line markers are the way to go.
    return finish(parsed.toHtml());
}

QString MarkdownRenderer::finish(QByteArray html) const
{
    if (m_options.sourceLines)
        html = withSourceLines(html);
    if (m_options.taskListMarkers)
        html = withTaskMarkers(std::move(html));
    if (m_options.strikeoutAsS) {
        // Only cmark writes these tags: raw HTML in the text is omitted, and `<del>` typed in
        // code arrives escaped.
        html.replace("<del>", "<s>");
        html.replace("</del>", "</s>");
    }
    return QString::fromUtf8(html);
}

} // namespace debrief
