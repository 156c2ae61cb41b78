#include "importer/markdownfilereader.h"

#include "files/textfilecodec.h"
#include "markdown/frontmatter.h"
#include "markdown/frontmatterfields.h"
#include "markdown/outline.h"
#include "markdown/slug.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace debrief {

namespace {

/// `2024-05-01-retry-storm.md`: Jekyll's post name, also common in postmortem repositories.
struct DatedName
{
    QDate date;
    QString rest; ///< "retry-storm"
};

DatedName splitDatedName(const QString &baseName)
{
    static const QRegularExpression dated(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})-(.+)$"));
    const QRegularExpressionMatch match = dated.match(baseName);
    if (!match.hasMatch())
        return {{}, baseName};
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    return date.isValid() ? DatedName{date, match.captured(2)} : DatedName{{}, baseName};
}

/// "retry-storm_v2" → "Retry storm v2": a title for a file that names none.
QString titleFromName(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[-_]+"));
    QString title = name;
    title.replace(separators, QStringLiteral(" "));
    title = title.simplified();
    if (!title.isEmpty())
        title[0] = title.at(0).toUpper();
    return title;
}

} // namespace

MarkdownFile MarkdownFileReader::read(const QString &path)
{
    MarkdownFile file;
    file.path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        file.error = tr("%1 does not exist").arg(path);
        return file;
    }
    if (info.isDir()) {
        file.error = tr("%1 is a folder").arg(path);
        return file;
    }
    if (info.size() > maxSize) {
        file.error = tr("%1 is too large (%2 MiB; the limit is %3 MiB)")
                         .arg(path)
                         .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                         .arg(maxSize / (1024 * 1024));
        return file;
    }
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        file.error = tr("cannot read %1: %2").arg(path, input.errorString());
        return file;
    }
    // Read one byte past the limit: the file may have grown since it was measured.
    const QByteArray bytes = input.read(maxSize + 1);
    if (bytes.size() > maxSize) {
        file.error = tr("%1 is too large (the limit is %2 MiB)").arg(path).arg(maxSize / (1024 * 1024));
        return file;
    }
    return parse(path, bytes);
}

MarkdownFile MarkdownFileReader::parse(const QString &path, const QByteArray &bytes)
{
    MarkdownFile file;
    file.path = path;
    file.contentHash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const DecodedText decoded = TextFileCodec::decode(bytes);
    if (!decoded.ok()) {
        file.error = TextFileCodec::describe(decoded, path);
        return file;
    }
    file.text = decoded.text;
    const FrontMatter frontMatter(decoded.text);
    if (frontMatter.hasError()) {
        file.error = tr("%1:%2: the front matter is not valid YAML: %3")
                         .arg(path)
                         .arg(frontMatter.error()->line)
                         .arg(frontMatter.error()->message);
        return file;
    }
    Document &document = file.document;
    if (!FrontMatterFields::applyTo(frontMatter, document)) {
        file.error = tr("%1: the front matter cannot be read").arg(path);
        return file;
    }
    if (const auto kind = documentKindFromString(frontMatter.scalar(QStringLiteral("kind"))))
        document.kind = *kind;

    const DatedName name = splitDatedName(QFileInfo(path).completeBaseName());
    file.date = QDate::fromString(frontMatter.date().trimmed().left(10), Qt::ISODate);
    if (!file.date.isValid() && name.date.isValid() && !frontMatter.contains(QStringLiteral("date"))) {
        // Jekyll takes the date from the file name; the notebook keeps it in the front matter,
        // so a later export names the file the same way.
        file.date = name.date;
        QString &extra = document.frontMatterExtra;
        if (!extra.isEmpty() && !extra.endsWith(QLatin1Char('\n')))
            extra += QLatin1Char('\n');
        extra += QLatin1String("date: ") + name.date.toString(Qt::ISODate) + QLatin1Char('\n');
    }
    document.slug = Slug::fromTitle(name.rest);
    if (document.title.isEmpty()) {
        const Outline outline = Outline::fromMarkdown(decoded.text);
        for (const OutlineHeading &heading : outline.headings()) {
            if (heading.level == 1 && !heading.text.trimmed().isEmpty()) {
                document.title = heading.text.trimmed();
                break;
            }
        }
    }
    if (document.title.isEmpty())
        document.title = titleFromName(name.rest);
    if (document.title.isEmpty())
        document.title = tr("Untitled");
    return file;
}

} // namespace debrief
