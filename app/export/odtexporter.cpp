#include "export/odtexporter.h"

#include "export/textdocumentbuilder.h"

#include <QBuffer>
#include <QIODevice>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace debrief {

QString OdtExporter::name() const
{
    return tr("OpenDocument Text (ODT)");
}

bool OdtExporter::write(const ExportInput &in, QIODevice &device, QString *error) const
{
    const std::unique_ptr<QTextDocument> document = TextDocumentBuilder::build(in, error);
    if (!document)
        return false;
    // QZipWriter closes its device when done, which QSaveFile forbids (close() would not
    // commit): build the archive in memory, then hand the bytes over.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    if (!writer.write(document.get())) {
        if (error)
            *error = tr("Cannot create the OpenDocument file");
        return false;
    }
    const QByteArray bytes = buffer.data();
    if (device.write(bytes) != bytes.size()) {
        if (error)
            *error = tr("Cannot write the OpenDocument file: %1").arg(device.errorString());
        return false;
    }
    return true;
}

} // namespace debrief
