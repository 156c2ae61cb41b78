#include "markdown/yamlscalar.h"

namespace debrief::yaml {

namespace {

/// Plain scalars YAML 1.1 readers (Jekyll's Psych among them) would turn into something else.
bool looksLikeNonString(const QString &value)
{
    static const QStringList words = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),
                                      QStringLiteral("no"),   QStringLiteral("on"),    QStringLiteral("off"),
                                      QStringLiteral("y"),    QStringLiteral("n"),     QStringLiteral("null"),
                                      QStringLiteral("~"),    QStringLiteral(".nan"),  QStringLiteral(".inf")};
    if (words.contains(value, Qt::CaseInsensitive))
        return true;
    bool number = false;
    value.toDouble(&number);
    return number;
}

bool isPlainSafe(const QString &value, bool inFlow)
{
    if (value.isEmpty() || value.front().isSpace() || value.back().isSpace() || looksLikeNonString(value))
        return false;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(value.front()))
        return false;
    if (value.endsWith(QLatin1Char(':')) || value.contains(QLatin1String(": ")) || value.contains(QLatin1String(" #")))
        return false;
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control || c == QChar(0xFEFF))
            return false;
        if (inFlow && (c == QLatin1Char(',') || c == QLatin1Char('[') || c == QLatin1Char(']') ||
                       c == QLatin1Char('{') || c == QLatin1Char('}')))
            return false;
    }
    return true;
}

} // namespace

QString doubleQuoted(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c.category() == QChar::Other_Control)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString singleQuotedContent(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\''), QLatin1String("''"));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out;
}

QString scalar(const QString &value, bool forceQuotes)
{
    return !forceQuotes && isPlainSafe(value, false) ? value : doubleQuoted(value);
}

QString flowSequence(const QStringList &items)
{
    QStringList written;
    written.reserve(items.size());
    for (const QString &item : items)
        written << (isPlainSafe(item, true) ? item : doubleQuoted(item));
    return QLatin1Char('[') + written.join(QLatin1String(", ")) + QLatin1Char(']');
}

QString blockSequence(const QStringList &items, const QString &indent, const QString &lineEnd)
{
    QString out;
    for (const QString &item : items)
        out += indent + QLatin1String("- ") + scalar(item) + lineEnd;
    return out;
}

} // namespace debrief::yaml
