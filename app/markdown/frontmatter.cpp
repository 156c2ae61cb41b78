#include "markdown/frontmatter.h"

#include "markdown/frontmatterblock.h"
#include "markdown/yamlscalar.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace debrief {

namespace {

constexpr int kYamlFirstLine = 2; // the opening `---` is line 1

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool isCommentLine(const QString &line)
{
    return line.startsWith(QLatin1Char('#'));
}

bool isBlankOrComment(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.isEmpty() || isCommentLine(line);
}

/// Where a trailing `# comment` starts on a YAML line (at the blank before the `#`), or -1.
/// Quotes only open a quoted scalar at the start of a value, so `don't # x` is handled.
qsizetype trailingCommentStart(QStringView line, qsizetype from)
{
    bool tokenStart = true;
    QChar quote;
    for (qsizetype i = std::max<qsizetype>(from, 0); i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (quote == QLatin1Char('"') && c == QLatin1Char('\\'))
                ++i;
            else if (c == quote && quote == QLatin1Char('\'') && i + 1 < line.size() && line.at(i + 1) == quote)
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t'))
            continue;
        if (c == QLatin1Char('#') && i > 0 &&
            (line.at(i - 1) == QLatin1Char(' ') || line.at(i - 1) == QLatin1Char('\t'))) {
            qsizetype start = i;
            while (start > 0 && (line.at(start - 1) == QLatin1Char(' ') || line.at(start - 1) == QLatin1Char('\t')))
                --start;
            return start;
        }
        if (tokenStart && (c == QLatin1Char('"') || c == QLatin1Char('\''))) {
            quote = c;
            continue;
        }
        tokenStart = c == QLatin1Char('[') || c == QLatin1Char(',') || c == QLatin1Char('{') || c == QLatin1Char(':');
    }
    return -1;
}

QString withoutLineEnd(QString line)
{
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

QString emittedFlow(const YAML::Node &node)
{
    YAML::Emitter out;
    out.SetMapFormat(YAML::Flow);
    out.SetSeqFormat(YAML::Flow);
    out << node;
    return QString::fromUtf8(out.c_str());
}

} // namespace

FrontMatter::FrontMatter(const QString &document)
{
    const FrontMatterBlock block = FrontMatterBlock::locate(document);
    if (document.startsWith(QChar(0xFEFF)))
        m_bom = document.left(1);
    if (!block.present) {
        m_body = document.mid(m_bom.size());
        return;
    }
    m_present = true;
    m_opening = document.mid(m_bom.size(), block.yamlBegin - m_bom.size());
    m_yaml = document.mid(block.yamlBegin, block.yamlEnd - block.yamlBegin);
    m_closing = document.mid(block.yamlEnd, block.bodyBegin - block.yamlEnd);
    m_body = document.mid(block.bodyBegin);
    parse();
}

QString FrontMatter::toText() const
{
    if (!m_present)
        return m_bom + m_body;
    QString closing = m_closing;
    if (!m_body.isEmpty() && !closing.endsWith(QLatin1Char('\n')))
        closing += lineEnd(); // the closing marker was the last line; the body needs its own
    return m_bom + m_opening + m_yaml + closing + m_body;
}

int FrontMatter::bodyFirstLine() const
{
    return m_present ? kYamlFirstLine + int(m_yaml.count(QLatin1Char('\n'))) + 1 : 1;
}

QStringList FrontMatter::yamlLines() const
{
    QStringList lines;
    qsizetype start = 0;
    while (start < m_yaml.size()) {
        const qsizetype feed = m_yaml.indexOf(QLatin1Char('\n'), start);
        const qsizetype end = feed < 0 ? m_yaml.size() : feed + 1;
        lines << m_yaml.mid(start, end - start);
        start = end;
    }
    return lines;
}

QString FrontMatter::lineEnd() const
{
    const QString &sample = m_present ? m_opening : m_body;
    const qsizetype feed = sample.indexOf(QLatin1Char('\n'));
    return feed > 0 && sample.at(feed - 1) == QLatin1Char('\r') ? QStringLiteral("\r\n") : QStringLiteral("\n");
}

void FrontMatter::parse()
{
    m_entries.clear();
    m_error.reset();
    m_flowRoot = false;
    if (!m_present)
        return;

    // CRLF to LF keeps every line number and keeps carriage returns out of the values.
    QString normalised = m_yaml;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    YAML::Node root;
    try {
        root = YAML::Load(normalised.toStdString());
    } catch (const YAML::Exception &e) {
        const bool located = !e.mark.is_null();
        m_error = Error{kYamlFirstLine + (located ? e.mark.line : 0), located ? e.mark.column + 1 : 1, fromStd(e.msg)};
        return;
    }
    if (!root.IsDefined() || root.IsNull())
        return; // empty, or only comments
    if (!root.IsMap()) {
        m_error = Error{kYamlFirstLine + std::max(root.Mark().line, 0), 1,
                        tr("The front matter must be keys with values, such as “title: My postmortem”.")};
        return;
    }
    m_flowRoot = root.Style() == YAML::EmitterStyle::Flow;

    const QStringList lines = yamlLines();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const YAML::Node &keyNode = it->first;
        const YAML::Node &value = it->second;
        const int keyLine = std::max(keyNode.Mark().line, 0);
        if (!keyNode.IsScalar()) {
            m_error = Error{kYamlFirstLine + keyLine, keyNode.Mark().column + 1,
                            tr("Only simple keys are supported in front matter.")};
            m_entries.clear();
            return;
        }
        Entry entry;
        entry.key = fromStd(keyNode.Scalar());
        if (indexOf(entry.key) >= 0) {
            m_error = Error{kYamlFirstLine + keyLine, keyNode.Mark().column + 1,
                            tr("The key “%1” appears more than once.").arg(entry.key)};
            m_entries.clear();
            return;
        }
        entry.keyLine = keyLine;
        if (value.IsScalar()) {
            entry.kind = ValueKind::Scalar;
            entry.scalar = fromStd(value.Scalar());
            entry.quoted = value.Tag() == "!";
        } else if (value.IsSequence()) {
            entry.kind = ValueKind::Sequence;
            entry.flow = value.Style() == YAML::EmitterStyle::Flow;
            for (const YAML::Node &item : value)
                entry.items << (item.IsScalar() ? fromStd(item.Scalar()) : emittedFlow(item));
            if (!entry.flow)
                entry.itemIndent = QString(std::max(value.Mark().column, 0), QLatin1Char(' '));
        } else if (value.IsMap()) {
            entry.kind = ValueKind::Mapping;
        }
        if (m_flowRoot)
            entry.scalar = entry.kind == ValueKind::Scalar ? entry.scalar : emittedFlow(value);
        m_entries << entry;
    }

    // yaml-cpp keeps document order; sort anyway, the line ranges below depend on it.
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry &a, const Entry &b) { return a.keyLine < b.keyLine; });
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        Entry &entry = m_entries[i];
        const int next = i + 1 < m_entries.size() ? m_entries.at(i + 1).keyLine : int(lines.size());
        int end = std::max(next, entry.keyLine + 1);
        // Blank and comment lines between two keys belong to the next key, not to this value.
        while (end > entry.keyLine + 1 && isBlankOrComment(lines.at(end - 1)))
            --end;
        entry.endLine = end;
        const int previousEnd = i > 0 ? m_entries.at(i - 1).endLine : 0;
        entry.leadingLine = entry.keyLine;
        while (entry.leadingLine > previousEnd && isCommentLine(lines.at(entry.leadingLine - 1)))
            --entry.leadingLine;
    }
}

int FrontMatter::indexOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key == key)
            return int(i);
    }
    return -1;
}

QStringList FrontMatter::keys() const
{
    QStringList all;
    for (const Entry &entry : m_entries)
        all << entry.key;
    return all;
}

FrontMatter::ValueKind FrontMatter::kind(const QString &key) const
{
    const int i = indexOf(key);
    return i < 0 ? ValueKind::Null : m_entries.at(i).kind;
}

QString FrontMatter::scalar(const QString &key) const
{
    const int i = indexOf(key);
    return i >= 0 && m_entries.at(i).kind == ValueKind::Scalar ? m_entries.at(i).scalar : QString();
}

QStringList FrontMatter::sequence(const QString &key) const
{
    const int i = indexOf(key);
    if (i < 0)
        return {};
    const Entry &entry = m_entries.at(i);
    if (entry.kind == ValueKind::Sequence)
        return entry.items;
    if (entry.kind == ValueKind::Scalar)
        return {entry.scalar};
    return {};
}

QString FrontMatter::entryText(const QString &key) const
{
    const int i = indexOf(key);
    if (i < 0 || m_flowRoot)
        return {};
    return yamlLines().mid(m_entries.at(i).keyLine, m_entries.at(i).endLine - m_entries.at(i).keyLine).join(QString());
}

QStringList FrontMatter::authors() const
{
    const QString key = contains(QStringLiteral("authors")) ? QStringLiteral("authors") : QStringLiteral("author");
    QStringList names;
    for (const QString &name : sequence(key)) {
        if (!name.trimmed().isEmpty())
            names << name.trimmed();
    }
    return names;
}

QStringList FrontMatter::tags() const
{
    const QString key = QStringLiteral("tags");
    if (kind(key) == ValueKind::Scalar) {
        static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
        return scalar(key).split(separators, Qt::SkipEmptyParts);
    }
    QStringList tags;
    for (const QString &tag : sequence(key)) {
        if (!tag.trimmed().isEmpty())
            tags << tag.trimmed();
    }
    return tags;
}

const QStringList &FrontMatter::knownKeys()
{
    static const QStringList keys = {QStringLiteral("title"),          QStringLiteral("date"),
                                     QStringLiteral("author"),         QStringLiteral("authors"),
                                     QStringLiteral("tags"),           QStringLiteral("severity"),
                                     QStringLiteral("status"),         QStringLiteral("rule"),
                                     QStringLiteral("incident_start"), QStringLiteral("incident_end")};
    return keys;
}

QStringList FrontMatter::unknownKeys() const
{
    QStringList unknown;
    for (const Entry &entry : m_entries) {
        if (!knownKeys().contains(entry.key))
            unknown << entry.key;
    }
    return unknown;
}

QString FrontMatter::yamlWithout(const QStringList &except) const
{
    QString yaml;
    if (m_flowRoot) {
        for (const Entry &entry : m_entries) {
            if (!except.contains(entry.key))
                yaml += yaml::scalar(entry.key) + QLatin1String(": ") +
                        (entry.kind == ValueKind::Scalar ? yaml::scalar(entry.scalar, entry.quoted) : entry.scalar) +
                        QLatin1Char('\n');
        }
        return yaml;
    }
    const QStringList lines = yamlLines();
    for (const Entry &entry : m_entries) {
        if (except.contains(entry.key))
            continue;
        for (int line = entry.leadingLine; line < entry.endLine; ++line)
            yaml += lines.at(line);
        if (!yaml.endsWith(QLatin1Char('\n')))
            yaml += lineEnd();
    }
    return yaml;
}

void FrontMatter::replaceEntry(const QString &key, const QString &replacement)
{
    const QString eol = lineEnd();
    if (!m_present) {
        m_present = true;
        m_opening = QLatin1String("---") + eol;
        m_closing = QLatin1String("---") + eol;
        m_yaml.clear();
    }
    if (m_flowRoot) {
        // A `{key: value, ...}` front matter has no lines to edit: rewrite it in block style
        // (its values keep their flow form; only comments inside the braces are lost).
        QString yaml;
        for (const Entry &entry : m_entries) {
            if (entry.key == key) {
                yaml += replacement;
                continue;
            }
            yaml += yaml::scalar(entry.key) + QLatin1String(": ") +
                    (entry.kind == ValueKind::Scalar ? yaml::scalar(entry.scalar, entry.quoted) : entry.scalar) + eol;
        }
        if (indexOf(key) < 0)
            yaml += replacement;
        m_yaml = yaml;
        parse();
        return;
    }
    const int i = indexOf(key);
    if (i < 0) {
        if (!m_yaml.isEmpty() && !m_yaml.endsWith(QLatin1Char('\n')))
            m_yaml += eol;
        m_yaml += replacement;
    } else {
        const QStringList lines = yamlLines();
        const Entry &entry = m_entries.at(i);
        m_yaml = lines.mid(0, entry.keyLine).join(QString()) + replacement + lines.mid(entry.endLine).join(QString());
    }
    parse();
}

bool FrontMatter::setScalar(const QString &key, const QString &value)
{
    if (hasError())
        return false;
    if (value.isEmpty())
        return remove(key);
    const int i = indexOf(key);
    QString comment;
    bool quoted = false;
    if (i >= 0) {
        const Entry &entry = m_entries.at(i);
        if (entry.kind == ValueKind::Scalar && entry.scalar == value)
            return true;
        quoted = entry.quoted;
        if (!m_flowRoot && entry.endLine == entry.keyLine + 1) {
            const QString line = withoutLineEnd(yamlLines().at(entry.keyLine));
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            const qsizetype start = trailingCommentStart(line, colon + 1);
            if (start >= 0)
                comment = line.mid(start);
        }
    }
    replaceEntry(key, yaml::scalar(key) + QLatin1String(": ") + yaml::scalar(value, quoted) + comment + lineEnd());
    return true;
}

bool FrontMatter::setSequence(const QString &key, const QStringList &items)
{
    if (hasError())
        return false;
    if (items.isEmpty())
        return remove(key);
    const int i = indexOf(key);
    bool block = false;
    QString indent = QStringLiteral("  ");
    QString comment;
    if (i >= 0) {
        const Entry &entry = m_entries.at(i);
        if (entry.kind == ValueKind::Sequence && entry.items == items)
            return true;
        block = entry.kind == ValueKind::Sequence && !entry.flow && !m_flowRoot;
        if (block)
            indent = entry.itemIndent; // `tags:\n- a` (no indent) is as valid as `tags:\n  - a`
        if (!m_flowRoot) {
            const QString line = withoutLineEnd(yamlLines().at(entry.keyLine));
            const qsizetype start = trailingCommentStart(line, line.indexOf(QLatin1Char(':')) + 1);
            if (start >= 0)
                comment = line.mid(start);
        }
    }
    const QString eol = lineEnd();
    const QString head = yaml::scalar(key) + QLatin1Char(':');
    const QString entry = block ? QString(head + comment + eol + yaml::blockSequence(items, indent, eol))
                                : QString(head + QLatin1Char(' ') + yaml::flowSequence(items) + comment + eol);
    replaceEntry(key, entry);
    return true;
}

bool FrontMatter::remove(const QString &key)
{
    if (hasError())
        return false;
    if (indexOf(key) >= 0)
        replaceEntry(key, QString());
    return true;
}

bool FrontMatter::setAuthors(const QStringList &authors)
{
    if (hasError())
        return false;
    if (authors == this->authors())
        return true;
    const QString plural = QStringLiteral("authors");
    const QString singular = QStringLiteral("author");
    const QString key = contains(plural)     ? plural
                        : contains(singular) ? singular
                        : authors.size() > 1 ? plural
                                             : singular;
    if (authors.size() == 1 && kind(key) != ValueKind::Sequence)
        return setScalar(key, authors.constFirst());
    return setSequence(key, authors);
}

bool FrontMatter::setTags(const QStringList &tags)
{
    if (hasError())
        return false;
    if (tags == this->tags())
        return true;
    const QString key = QStringLiteral("tags");
    if (kind(key) == ValueKind::Scalar && !tags.isEmpty()) {
        static const QRegularExpression separator(QStringLiteral("[\\s,]"));
        const bool oneWordEach =
            std::none_of(tags.begin(), tags.end(), [](const QString &tag) { return tag.contains(separator); });
        if (oneWordEach) {
            const bool commas = scalar(key).contains(QLatin1Char(','));
            return setScalar(key, tags.join(commas ? QStringLiteral(", ") : QStringLiteral(" ")));
        }
    }
    return setSequence(key, tags);
}

} // namespace debrief
