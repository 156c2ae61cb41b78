#pragma once

#include <QRegularExpression>
#include <QString>
#include <QTextCursor>

class QTextDocument;

namespace debrief {

/// How the find bar matches.
struct SearchOptions
{
    bool caseSensitive = false;
    bool wholeWords = false;
    bool regularExpression = false;
};

/// One compiled search of a document: plain text, whole words or a regular expression,
/// always as a QRegularExpression so every mode finds, counts and replaces the same way.
/// Matches never span lines (QTextDocument searches block by block); empty matches are skipped.
class TextSearch
{
public:
    TextSearch(const QString &pattern, SearchOptions options);

    [[nodiscard]] bool isEmpty() const { return m_pattern.isEmpty(); }
    [[nodiscard]] bool isValid() const { return !isEmpty() && m_expression.isValid(); }
    [[nodiscard]] QString errorString() const { return m_expression.errorString(); }
    [[nodiscard]] const QRegularExpression &expression() const { return m_expression; }

    /// The next match after @p from (or before it when @p backward), wrapping around the
    /// document once; a null cursor when there is none.
    [[nodiscard]] QTextCursor find(QTextDocument *document, const QTextCursor &from, bool backward = false) const;

    /// Every match in @p text as (start, length), up to @p limit of them.
    [[nodiscard]] QList<std::pair<int, int>> matches(const QString &text, int limit = 100000) const;

    /// The text that replaces @p matched: `\1`…`\9` and `\0` refer to groups in regex mode.
    [[nodiscard]] QString replacementFor(const QString &matched, const QString &replacement) const;

    /// Replaces every match in @p document as one undo step; returns how many.
    int replaceAll(QTextDocument *document, const QString &replacement) const;

private:
    [[nodiscard]] QTextCursor findFrom(QTextDocument *document, int position, bool backward) const;

    QString m_pattern;
    SearchOptions m_options;
    QRegularExpression m_expression;
};

} // namespace debrief
