#pragma once

#include <QCoreApplication>

#include "export/exporter.h"

#include <optional>

namespace debrief {

/// Markdown for a Jekyll site: the text as written, with its front matter cleaned of
/// authorship keys (`author`, `authors` ...) and, for Jekyll, given `layout`, `title`,
/// `date` when missing and `tags` as a list. Every other key is kept as written.
class MarkdownExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(debrief::MarkdownExporter)
public:
    [[nodiscard]] QString id() const override { return QStringLiteral("md"); }
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString fileSuffix() const override { return QStringLiteral("md"); }
    [[nodiscard]] bool write(const ExportInput &in, QIODevice &device, QString *error) const override;

    /// The exported text, or nothing (with @p error) when the front matter cannot be read.
    [[nodiscard]] static std::optional<QString> render(const ExportInput &in, QString *error = nullptr);
    /// Front-matter keys that name people and never leave in an export.
    [[nodiscard]] static const QStringList &authorshipKeys();
};

} // namespace debrief
