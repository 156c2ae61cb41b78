#pragma once

#include <QCoreApplication>

#include "export/exporter.h"

namespace debrief {

/// One self-contained HTML file: the rendered Markdown with its style sheet embedded, no
/// scripts, nothing loaded from elsewhere (remote images are placeholders) and no author
/// metadata. Relative image paths stay relative to the exported file.
class HtmlExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(debrief::HtmlExporter)
public:
    [[nodiscard]] QString id() const override { return QStringLiteral("html"); }
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString fileSuffix() const override { return QStringLiteral("html"); }
    [[nodiscard]] bool write(const ExportInput &in, QIODevice &device, QString *error) const override;

    /// The whole HTML document.
    [[nodiscard]] static QString render(const ExportInput &in);
    /// The style sheet shared by the HTML, PDF and ODT exports.
    [[nodiscard]] static QString styleSheet();
};

} // namespace debrief
