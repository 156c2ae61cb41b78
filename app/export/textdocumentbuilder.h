#pragma once

#include "export/exporter.h"

#include <memory>

class QTextDocument;

namespace debrief {

/// The rich-text document the PDF and ODT exports are made from: the rendered Markdown with
/// the export style sheet, relative images resolved against the document's folder.
class TextDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(debrief::TextDocumentBuilder)
public:
    /// Null (with @p error) when no QGuiApplication exists: laying out text needs its fonts.
    [[nodiscard]] static std::unique_ptr<QTextDocument> build(const ExportInput &in, QString *error);
};

} // namespace debrief
