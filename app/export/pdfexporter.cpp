#include "export/pdfexporter.h"

#include "export/textdocumentbuilder.h"

#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace debrief {

QString PdfExporter::name() const
{
    return tr("PDF");
}

bool PdfExporter::write(const ExportInput &in, QIODevice &device, QString *error) const
{
    const std::unique_ptr<QTextDocument> document = TextDocumentBuilder::build(in, error);
    if (!document)
        return false;
    QPdfWriter writer(&device);
    // The creator is the program, never the person running it.
    writer.setCreator(QStringLiteral("Debrief"));
    writer.setTitle(in.metadata.title);
    writer.setPageSize(QPageSize(in.options.pageSize == PageSize::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    // A failed write is reported by QSaveFile::commit() in exportToFile().
    document->print(&writer);
    return true;
}

} // namespace debrief
