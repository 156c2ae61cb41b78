#include "editing/textsearch.h"

#include <QTextDocument>

namespace debrief {

TextSearch::TextSearch(const QString &pattern, SearchOptions options)
    : m_pattern(pattern)
    , m_options(options)
{
    QString source = options.regularExpression ? pattern : QRegularExpression::escape(pattern);
    if (options.wholeWords)
        source = QStringLiteral("(?<!\\w)(?:%1)(?!\\w)").arg(source);
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
    if (!options.caseSensitive)
        flags |= QRegularExpression::CaseInsensitiveOption;
    m_expression = QRegularExpression(source, flags);
}

QTextCursor TextSearch::findFrom(QTextDocument *document, int position, bool backward) const
{
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    // QTextDocument overrides the expression's case option with this flag: keep them in step.
    if (m_options.caseSensitive)
        flags |= QTextDocument::FindCaseSensitively;
    QTextCursor found = document->find(m_expression, position, flags);
    // An empty match (e.g. `^`) would never advance: step over it.
    while (!found.isNull() && found.selectionStart() == found.selectionEnd()) {
        const int next = backward ? found.selectionStart() - 1 : found.selectionEnd() + 1;
        if (next < 0 || next >= document->characterCount())
            return {};
        found = document->find(m_expression, next, flags);
    }
    return found;
}

QTextCursor TextSearch::find(QTextDocument *document, const QTextCursor &from, bool backward) const
{
    if (!isValid())
        return {};
    const int start = backward ? from.selectionStart() : from.selectionEnd();
    QTextCursor found = findFrom(document, start, backward);
    if (found.isNull())
        found = findFrom(document, backward ? document->characterCount() - 1 : 0, backward);
    return found;
}

QList<std::pair<int, int>> TextSearch::matches(const QString &text, int limit) const
{
    QList<std::pair<int, int>> found;
    if (!isValid())
        return found;
    // Matches never span lines, as in the document's own search.
    auto it = m_expression.globalMatch(text, 0, QRegularExpression::NormalMatch);
    while (it.hasNext() && found.size() < limit) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() == 0)
            continue;
        const QStringView matched = match.capturedView();
        if (matched.contains(QLatin1Char('\n')))
            continue;
        found.append({int(match.capturedStart()), int(match.capturedLength())});
    }
    return found;
}

QString TextSearch::replacementFor(const QString &matched, const QString &replacement) const
{
    if (!m_options.regularExpression)
        return replacement;
    const QRegularExpressionMatch match = m_expression.match(matched);
    QString result;
    result.reserve(replacement.size());
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar ch = replacement[i];
        if (ch == QLatin1Char('\\') && i + 1 < replacement.size()) {
            const QChar next = replacement[i + 1];
            if (next.isDigit()) {
                result += match.captured(next.digitValue());
                ++i;
                continue;
            }
            if (next == QLatin1Char('n')) {
                result += QLatin1Char('\n');
                ++i;
                continue;
            }
            if (next == QLatin1Char('\\')) {
                result += QLatin1Char('\\');
                ++i;
                continue;
            }
        }
        result += ch;
    }
    return result;
}

int TextSearch::replaceAll(QTextDocument *document, const QString &replacement) const
{
    if (!isValid())
        return 0;
    const auto found = matches(document->toPlainText());
    if (found.isEmpty())
        return 0;
    QTextCursor edit(document);
    edit.beginEditBlock();
    // From the end, so earlier positions stay valid.
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        edit.setPosition(it->first);
        edit.setPosition(it->first + it->second, QTextCursor::KeepAnchor);
        edit.insertText(replacementFor(edit.selectedText(), replacement));
    }
    edit.endEditBlock();
    return int(found.size());
}

} // namespace debrief
