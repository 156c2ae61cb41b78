#include "markdown/markdownrenderer.h"

#include "markdown/cmarkdocument.h"
#include "markdown/frontmatterblock.h"

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
QByteArray localPath(const QByteArray &url, const QString &documentDirectory)
{
    QString path = QUrl::fromPercentEncoding(url);
    if (path.startsWith(QLatin1String("file:")))
        path = QUrl(path).toLocalFile();
    if (documentDirectory.isEmpty() || path.isEmpty() || QDir::isAbsolutePath(path))
        return path.isEmpty() ? url : path.toUtf8();
    return QDir::cleanPath(QDir(documentDirectory).absoluteFilePath(path)).toUtf8();
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
            cmark_node_set_url(image, localPath(url, documentDirectory).constData());
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
    const QByteArray html = parsed.toHtml();
    return QString::fromUtf8(m_options.sourceLines ? withSourceLines(html) : html);
}

} // namespace debrief
