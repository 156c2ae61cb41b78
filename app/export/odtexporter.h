#pragma once

#include <QCoreApplication>

#include "export/exporter.h"

namespace debrief {

/// OpenDocument Text through QTextDocumentWriter. Qt 6.4 writes mimetype, manifest and
/// content.xml but no meta.xml, so the file carries no creator or author at all; a test
/// checks that it stays so.
class OdtExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(debrief::OdtExporter)
public:
    [[nodiscard]] QString id() const override { return QStringLiteral("odt"); }
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString fileSuffix() const override { return QStringLiteral("odt"); }
    [[nodiscard]] bool write(const ExportInput &in, QIODevice &device, QString *error) const override;
};

} // namespace debrief
