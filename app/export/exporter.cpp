#include "export/exporter.h"

#include "export/htmlexporter.h"
#include "export/markdownexporter.h"
#include "export/odtexporter.h"
#include "export/pdfexporter.h"
#include "markdown/frontmatter.h"
#include "markdown/frontmatterfields.h"
#include "markdown/outline.h"

#include <QSaveFile>

namespace debrief {

namespace {

/// Jekyll dates are `2024-05-01`, `2024-05-01 14:07:00 +0200` or ISO 8601: the day is first.
QDate dateFromFrontMatter(const QString &value)
{
    return QDate::fromString(value.trimmed().left(10), Qt::ISODate);
}

} // namespace

ExportInput ExportInput::fromMarkdown(const QString &markdown, const ExportOptions &options)
{
    ExportInput in;
    in.markdown = markdown;
    in.options = options;
    const FrontMatter frontMatter(markdown);
    if (frontMatter.isPresent() && !frontMatter.hasError()) {
        in.metadata.title = frontMatter.title().trimmed();
        in.metadata.date = dateFromFrontMatter(frontMatter.date());
        in.metadata.tags = frontMatter.tags();
    }
    if (!in.metadata.date.isValid())
        in.metadata.date = options.fallbackDate;
    if (in.metadata.title.isEmpty()) {
        const Outline outline = Outline::fromMarkdown(markdown);
        if (!outline.isEmpty())
            in.metadata.title = outline.headings().constFirst().text.trimmed();
    }
    return in;
}

ExportInput ExportInput::fromDocument(const Document &document, const ExportOptions &options)
{
    ExportInput in = fromMarkdown(FrontMatterFields::toFrontMatter(document).toText(), options);
    if (in.metadata.title.isEmpty())
        in.metadata.title = document.title;
    if (!in.metadata.date.isValid() && document.createdAt.isValid())
        in.metadata.date = document.createdAt.date();
    return in;
}

ExportResult Exporter::exportToFile(const ExportInput &in, const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportResult::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    QString error;
    if (!write(in, file, &error)) {
        file.cancelWriting();
        return ExportResult::failure(error.isEmpty() ? tr("Cannot write %1").arg(path) : error);
    }
    if (!file.commit())
        return ExportResult::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return ExportResult::success(path);
}

std::unique_ptr<Exporter> Exporter::create(const QString &id)
{
    const QString format = id.toLower();
    if (format == QLatin1String("md") || format == QLatin1String("markdown"))
        return std::make_unique<MarkdownExporter>();
    if (format == QLatin1String("html") || format == QLatin1String("htm"))
        return std::make_unique<HtmlExporter>();
    if (format == QLatin1String("pdf"))
        return std::make_unique<PdfExporter>();
    if (format == QLatin1String("odt"))
        return std::make_unique<OdtExporter>();
    return nullptr;
}

QStringList Exporter::formats()
{
    return {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("odt")};
}

} // namespace debrief
