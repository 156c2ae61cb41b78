#include "export/htmlexporter.h"

#include "markdown/markdownrenderer.h"

#include <QIODevice>

namespace debrief {

QString HtmlExporter::name() const
{
    return tr("HTML (single file)");
}

QString HtmlExporter::styleSheet()
{
    // Kept to what QTextDocument understands too, so PDF and ODT look like the HTML.
    return QStringLiteral("body { font-family: sans-serif; line-height: 1.5; color: #1f2328; max-width: 46em; "
                          "margin: 2em auto; padding: 0 1em; }\n"
                          "h1, h2, h3 { line-height: 1.25; }\n"
                          "h1 { font-size: 1.8em; } h2 { font-size: 1.4em; } h3 { font-size: 1.15em; }\n"
                          "pre { background-color: #f6f8fa; padding: 0.6em; }\n"
                          "code { font-family: monospace; background-color: #f6f8fa; }\n"
                          "blockquote { color: #57606a; margin-left: 0; padding-left: 1em; "
                          "border-left: 3px solid #d0d7de; }\n"
                          "table { border-collapse: collapse; }\n"
                          "th, td { border: 1px solid #d0d7de; padding: 0.3em 0.6em; }\n"
                          "th { background-color: #f6f8fa; }\n"
                          ".remote-image { color: #57606a; font-style: italic; }\n");
}

QString HtmlExporter::render(const ExportInput &in)
{
    // No documentDirectory: the renderer would make image paths absolute, and a path such as
    // /home/<user>/ would put a name into the file.
    MarkdownRenderer::Options options;
    options.headingIds = true; // links to headings, as in the published post
    const MarkdownRenderer renderer(options);
    const QString title = in.metadata.title.isEmpty() ? tr("Untitled") : in.metadata.title;
    QString html;
    html += QLatin1String("<!DOCTYPE html>\n<html lang=\"") + in.options.language.toHtmlEscaped() +
            QLatin1String("\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<meta name=\"generator\" content=\"Debrief\">\n<title>") +
            title.toHtmlEscaped() + QLatin1String("</title>\n<style>\n") + styleSheet() +
            QLatin1String("</style>\n</head>\n<body>\n<article>\n") + renderer.toHtml(in.markdown);
    if (!html.endsWith(QLatin1Char('\n')))
        html += QLatin1Char('\n');
    html += QLatin1String("</article>\n</body>\n</html>\n");
    return html;
}

bool HtmlExporter::write(const ExportInput &in, QIODevice &device, QString *error) const
{
    const QByteArray bytes = render(in).toUtf8();
    if (device.write(bytes) != bytes.size()) {
        if (error)
            *error = device.errorString();
        return false;
    }
    return true;
}

} // namespace debrief
