#pragma once

#include <QCoreApplication>

#include "export/exporter.h"

namespace debrief {

/// PDF through QTextDocument and QPdfWriter (Qt GUI, no widgets). The PDF's information
/// dictionary holds the title and "Debrief" as creator; never an author.
class PdfExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(debrief::PdfExporter)
public:
    [[nodiscard]] QString id() const override { return QStringLiteral("pdf"); }
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString fileSuffix() const override { return QStringLiteral("pdf"); }
    [[nodiscard]] bool write(const ExportInput &in, QIODevice &device, QString *error) const override;
};

} // namespace debrief
