#include "export/textdocumentbuilder.h"

#include "export/htmlexporter.h"
#include "markdown/markdownrenderer.h"

#include <QGuiApplication>
#include <QTextDocument>
#include <QUrl>

namespace debrief {

std::unique_ptr<QTextDocument> TextDocumentBuilder::build(const ExportInput &in, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = tr("This format needs the graphical libraries (fonts); run it from Debrief's window or "
                        "from the command line with a display or QT_QPA_PLATFORM=offscreen.");
        return nullptr;
    }
    MarkdownRenderer::Options renderOptions;
    renderOptions.documentDirectory = in.options.documentDirectory;
    renderOptions.taskListText = true; // ☐ and ☑ survive in PDF and ODT, which keep no list box
    renderOptions.strikeoutAsS = true;
    const MarkdownRenderer renderer(renderOptions);
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultStyleSheet(HtmlExporter::styleSheet());
    if (!in.options.documentDirectory.isEmpty())
        document->setBaseUrl(QUrl::fromLocalFile(in.options.documentDirectory + QLatin1Char('/')));
    document->setHtml(renderer.toHtml(in.markdown));
    document->setMetaInformation(QTextDocument::DocumentTitle, in.metadata.title);
    return document;
}

} // namespace debrief
