#include "export/markdownexporter.h"

#include "markdown/frontmatter.h"

#include <QIODevice>

namespace debrief {

QString MarkdownExporter::name() const
{
    return tr("Markdown (Jekyll)");
}

const QStringList &MarkdownExporter::authorshipKeys()
{
    static const QStringList keys = {QStringLiteral("author"),          QStringLiteral("authors"),
                                     QStringLiteral("contributor"),     QStringLiteral("contributors"),
                                     QStringLiteral("editor"),          QStringLiteral("editors"),
                                     QStringLiteral("last_modified_by")};
    return keys;
}

std::optional<QString> MarkdownExporter::render(const ExportInput &in, QString *error)
{
    FrontMatter frontMatter(in.markdown);
    if (frontMatter.hasError()) {
        // Unreadable YAML cannot be cleaned of author keys: refuse rather than export it as is.
        if (error)
            *error = tr("The front matter is not valid YAML (line %1: %2); fix it before exporting.")
                         .arg(frontMatter.error()->line)
                         .arg(frontMatter.error()->message);
        return std::nullopt;
    }
    if (!in.options.keepAuthors) {
        for (const QString &key : authorshipKeys())
            frontMatter.remove(key);
    }
    if (in.options.jekyll) {
        if (!frontMatter.contains(QStringLiteral("layout")) && !in.options.jekyllLayout.isEmpty())
            frontMatter.setScalar(QStringLiteral("layout"), in.options.jekyllLayout);
        if (frontMatter.title().isEmpty() && !in.metadata.title.isEmpty())
            frontMatter.setTitle(in.metadata.title);
        if (frontMatter.date().isEmpty() && in.metadata.date.isValid())
            frontMatter.setDate(in.metadata.date.toString(Qt::ISODate));
        const QStringList tags = frontMatter.contains(QStringLiteral("tags")) ? frontMatter.tags() : in.metadata.tags;
        if (frontMatter.kind(QStringLiteral("tags")) != FrontMatter::ValueKind::Sequence && !tags.isEmpty())
            frontMatter.setSequence(QStringLiteral("tags"), tags);
    }
    return frontMatter.toText();
}

bool MarkdownExporter::write(const ExportInput &in, QIODevice &device, QString *error) const
{
    const std::optional<QString> text = render(in, error);
    if (!text)
        return false;
    const QByteArray bytes = text->toUtf8();
    if (device.write(bytes) != bytes.size()) {
        if (error)
            *error = device.errorString();
        return false;
    }
    return true;
}

} // namespace debrief
