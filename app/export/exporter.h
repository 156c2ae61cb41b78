#pragma once

#include "model/document.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace debrief {

/// Paper for the paged formats (PDF).
enum class PageSize
{
    A4,
    Letter
};

/// What the exporters may know about a document besides its text. There is deliberately no
/// author: exports never carry a person's name in their metadata.
struct ExportMetadata
{
    QString title;
    QDate date;
    QStringList tags;
};

struct ExportOptions
{
    PageSize pageSize = PageSize::A4;
    /// Markdown: add Jekyll's `layout`, `title` and `date` when missing and write tags as a list.
    bool jekyll = true;
    /// The layout a Jekyll front matter gets when it names none.
    QString jekyllLayout = QStringLiteral("post");
    /// Folder that relative image paths are read from (PDF, ODT). The HTML keeps them relative,
    /// so no local path (which may contain the user's name) ends up in the file.
    QString documentDirectory;
    /// Markdown: keep `author`/`authors` in the front matter. Only an export as written (on the
    /// record, or after the user was warned) keeps them; an anonymised one never does.
    bool keepAuthors = false;
    /// The date when the front matter gives none (a Jekyll post's `YYYY-MM-DD-` file name), so
    /// an export does not move the post to today.
    QDate fallbackDate;
    /// `lang` of the HTML.
    QString language = QStringLiteral("en");
};

/// One export's input: the whole Markdown text (front matter and body), the metadata and the
/// options. fromMarkdown() and fromDocument() fill the metadata from the text.
struct ExportInput
{
    QString markdown;
    ExportMetadata metadata;
    ExportOptions options;

    /// Metadata from the front matter (title, date, tags); the first heading is the title when
    /// the front matter has none.
    [[nodiscard]] static ExportInput fromMarkdown(const QString &markdown, const ExportOptions &options = {});
    /// A notebook document as Markdown (its fields written into its front matter).
    [[nodiscard]] static ExportInput fromDocument(const Document &document, const ExportOptions &options = {});
};

/// How an export ended: the path written, or a translated reason nothing was written.
struct ExportResult
{
    bool ok = false;
    QString path;
    QString error;

    explicit operator bool() const { return ok; }
    [[nodiscard]] static ExportResult success(const QString &path) { return {true, path, {}}; }
    [[nodiscard]] static ExportResult failure(const QString &error) { return {false, {}, error}; }
};

/// Writes a document in one file format. Every exporter writes atomically (the target is
/// either the old file or the complete new one) and puts no person's name in the file's
/// metadata.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(debrief::Exporter)
public:
    virtual ~Exporter() = default;

    /// Stable identifier, as `--format` takes it: md, html, pdf, odt.
    [[nodiscard]] virtual QString id() const = 0;
    /// Translated name for menus and dialogs.
    [[nodiscard]] virtual QString name() const = 0;
    /// File name suffix without the dot.
    [[nodiscard]] virtual QString fileSuffix() const = 0;

    /// Renders @p in and writes it to @p path atomically.
    [[nodiscard]] ExportResult exportToFile(const ExportInput &in, const QString &path) const;
    /// Renders @p in into @p device (open for writing); false with @p error set on failure.
    [[nodiscard]] virtual bool write(const ExportInput &in, QIODevice &device, QString *error) const = 0;

    /// The exporter for @p id (md/markdown, html, pdf, odt), or nullptr.
    [[nodiscard]] static std::unique_ptr<Exporter> create(const QString &id);
    /// Every format id, in menu order.
    [[nodiscard]] static QStringList formats();
};

} // namespace debrief
