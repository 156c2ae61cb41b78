#include "export/textdocumentbuilder.h"

#include "export/htmlexporter.h"
#include "markdown/markdownrenderer.h"
#include "markdown/siteroot.h"

#include <QFile>
#include <QGuiApplication>
#include <QTextDocument>
#include <QUrl>

namespace debrief {

namespace {

/// Images in a PDF or ODT come from where the preview would show them: the document's site
/// or folder. A path elsewhere (`/home/…/photo.png`, `../../`), a notebook document's local
/// path and anything remote are left out, so no file the author did not mean to publish ends
/// up inside the export.
class OfflineTextDocument : public QTextDocument
{
public:
    explicit OfflineTextDocument(QString documentDirectory)
        : m_documentDirectory(std::move(documentDirectory))
        , m_root(SiteRoot::of(m_documentDirectory))
    {}

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        if (name.scheme() == QLatin1String("data"))
            return QTextDocument::loadResource(type, name);
        const QString scheme = name.scheme().toLower();
        if ((!scheme.isEmpty() && scheme != QLatin1String("file")) || !name.host().isEmpty() || m_root.isEmpty())
            return {};
        const QString resolved =
            SiteRoot::resolve(scheme.isEmpty() ? name.path() : name.toLocalFile(), m_documentDirectory, m_root);
        QFile file(resolved);
        constexpr qint64 kMaxImage = 32 * 1024 * 1024;
        if (resolved.isEmpty() || file.size() > kMaxImage || !file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private:
    QString m_documentDirectory;
    QString m_root;
};

} // namespace

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
    std::unique_ptr<QTextDocument> document = std::make_unique<OfflineTextDocument>(in.options.documentDirectory);
    document->setDefaultStyleSheet(HtmlExporter::styleSheet());
    if (!in.options.documentDirectory.isEmpty())
        document->setBaseUrl(QUrl::fromLocalFile(in.options.documentDirectory + QLatin1Char('/')));
    document->setHtml(renderer.toHtml(in.markdown));
    document->setMetaInformation(QTextDocument::DocumentTitle, in.metadata.title);
    return document;
}

} // namespace debrief
