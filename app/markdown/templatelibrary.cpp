#include "markdown/templatelibrary.h"

#include "markdown/frontmatter.h"
#include "markdown/frontmatterblock.h"
#include "markdown/frontmatterfields.h"
#include "markdown/slug.h"
#include "markdown/yamlscalar.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace debrief {

namespace {

const QString kBuiltInFolder = QStringLiteral(":/templates");
const QString kExtension = QStringLiteral(".md");

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
    return pattern;
}

/// Fills one line of YAML, quoting each value for where it stands: inside "...", inside
/// '...', as a whole plain value (then it becomes a double-quoted string), or inside a plain
/// scalar (then it goes in as it is, on one line).
QString fillYamlLine(const QString &line, const QHash<QString, QString> &values)
{
    QString out;
    QChar quote;
    QChar lastSignificant; // the last character outside quotes that was not a blank
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('{') && line.mid(i, 2) == QLatin1String("{{")) {
            const QRegularExpressionMatch match = placeholderPattern().match(line, i);
            if (match.hasMatch() && match.capturedStart() == i && values.contains(match.captured(1))) {
                const QString value = values.value(match.captured(1));
                const bool wholeValue = lastSignificant.isNull() || QStringLiteral(":-[,{?").contains(lastSignificant);
                if (quote == QLatin1Char('"'))
                    out += yaml::doubleQuoted(value).mid(1).chopped(1);
                else if (quote == QLatin1Char('\''))
                    out += yaml::singleQuotedContent(value);
                else if (wholeValue)
                    out += yaml::doubleQuoted(value);
                else
                    out += QString(value).replace(QLatin1Char('\n'), QLatin1Char(' '));
                if (quote.isNull())
                    lastSignificant = QLatin1Char('x');
                i = match.capturedEnd() - 1;
                continue;
            }
        }
        out += c;
        if (!quote.isNull()) {
            if (quote == QLatin1Char('"') && c == QLatin1Char('\\') && i + 1 < line.size())
                out += line.at(++i);
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if ((c == QLatin1Char('"') || c == QLatin1Char('\'')) &&
            (lastSignificant.isNull() || QStringLiteral(":-[,{?").contains(lastSignificant))) {
            quote = c;
            continue;
        }
        if (!c.isSpace())
            lastSignificant = c;
    }
    return out;
}

QString fillText(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(text.size());
    qsizetype position = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (!values.contains(match.captured(1)))
            continue;
        out += QStringView(text).mid(position, match.capturedStart() - position);
        out += values.value(match.captured(1));
        position = match.capturedEnd();
    }
    out += QStringView(text).mid(position);
    return out;
}

QString readUtf8(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = TemplateLibrary::tr("The template %1 cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

TemplateLibrary::TemplateLibrary(QString userFolder)
    : m_userFolder(std::move(userFolder))
{}

QString TemplateLibrary::defaultUserFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/templates");
}

const QStringList &TemplateLibrary::knownPlaceholders()
{
    static const QStringList names = {
        QStringLiteral("title"),    QStringLiteral("date"),           QStringLiteral("author"),
        QStringLiteral("severity"), QStringLiteral("incident_start"), QStringLiteral("incident_end"),
        QStringLiteral("venue"),    QStringLiteral("talk_title"),     QStringLiteral("speaker"),
        QStringLiteral("meetup"),   QStringLiteral("source")};
    return names;
}

DocumentKind TemplateLibrary::kindForName(const QString &name)
{
    if (name.startsWith(QLatin1String("meetup")))
        return DocumentKind::MeetupNotes;
    if (name.startsWith(QLatin1String("talk")))
        return DocumentKind::TalkNotes;
    if (name.startsWith(QLatin1String("reading")))
        return DocumentKind::Reading;
    return DocumentKind::Postmortem;
}

QList<DocumentTemplate> TemplateLibrary::templates() const
{
    QList<DocumentTemplate> all;
    auto add = [&all](const QFileInfo &file, bool builtIn) {
        const QString name = file.completeBaseName();
        all.removeIf([&name](const DocumentTemplate &existing) { return existing.name == name; });
        all.append({name, file.filePath(), builtIn, kindForName(name)});
    };
    const QStringList filter{QLatin1Char('*') + kExtension};
    for (const QFileInfo &file : QDir(kBuiltInFolder).entryInfoList(filter, QDir::Files, QDir::Name))
        add(file, true);
    if (!m_userFolder.isEmpty()) {
        for (const QFileInfo &file : QDir(m_userFolder).entryInfoList(filter, QDir::Files | QDir::Readable, QDir::Name))
            add(file, false);
    }
    std::sort(all.begin(), all.end(),
              [](const DocumentTemplate &a, const DocumentTemplate &b) { return a.name < b.name; });
    return all;
}

QStringList TemplateLibrary::names() const
{
    QStringList names;
    for (const DocumentTemplate &entry : templates())
        names << entry.name;
    return names;
}

std::optional<DocumentTemplate> TemplateLibrary::find(const QString &name) const
{
    QString wanted = name;
    if (wanted.endsWith(kExtension))
        wanted.chop(kExtension.size());
    for (const DocumentTemplate &entry : templates()) {
        if (entry.name == wanted)
            return entry;
    }
    return std::nullopt;
}

QString TemplateLibrary::fill(const QString &templateText, const QHash<QString, QString> &values)
{
    QHash<QString, QString> all = values;
    for (const QString &name : knownPlaceholders()) {
        if (!all.contains(name))
            all.insert(name, QString());
    }
    const FrontMatterBlock block = FrontMatterBlock::locate(templateText);
    if (!block.present)
        return fillText(templateText, all);

    QString out = templateText.left(block.yamlBegin);
    const QString yaml = templateText.mid(block.yamlBegin, block.yamlEnd - block.yamlBegin);
    qsizetype start = 0;
    while (start < yaml.size()) {
        const qsizetype feed = yaml.indexOf(QLatin1Char('\n'), start);
        const qsizetype end = feed < 0 ? yaml.size() : feed + 1;
        QString line = yaml.mid(start, end - start);
        QString ending;
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r'))) {
            ending.prepend(line.back());
            line.chop(1);
        }
        out += fillYamlLine(line, all) + ending;
        start = end;
    }
    out += QStringView(templateText).mid(block.yamlEnd, block.bodyBegin - block.yamlEnd);
    out += fillText(templateText.mid(block.bodyBegin), all);
    return out;
}

std::optional<FilledTemplate> TemplateLibrary::instantiate(const QString &name, QHash<QString, QString> values,
                                                           QString *error) const
{
    const std::optional<DocumentTemplate> found = find(name);
    if (!found) {
        if (error)
            *error = tr("There is no template named “%1”. Available templates: %2.")
                         .arg(name, names().join(QLatin1String(", ")));
        return std::nullopt;
    }
    QString readError;
    const QString text = readUtf8(found->path, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return std::nullopt;
    }
    if (values.value(QStringLiteral("date")).isEmpty())
        values.insert(QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate));

    FilledTemplate filled;
    filled.text = fill(text, values);
    FrontMatter frontMatter(filled.text);
    if (!frontMatter.hasError() && frontMatter.authors().isEmpty()) {
        // `authors: [""]` would publish an empty byline: no author given, no author key.
        frontMatter.remove(QStringLiteral("author"));
        frontMatter.remove(QStringLiteral("authors"));
        filled.text = frontMatter.toText();
    }
    filled.document.kind = found->kind;
    filled.document.title = values.value(QStringLiteral("title")).trimmed();
    if (!FrontMatterFields::applyTo(frontMatter, filled.document)) {
        if (error)
            *error = tr("The template “%1” has invalid front matter on line %2: %3")
                         .arg(found->name)
                         .arg(frontMatter.error()->line)
                         .arg(frontMatter.error()->message);
        return std::nullopt;
    }
    filled.document.slug = Slug::fromTitle(filled.document.title);
    return filled;
}

} // namespace debrief
