#pragma once

#include <QList>
#include <QString>

namespace debrief {

/// One heading of a document.
struct OutlineHeading
{
    int level = 1; ///< 1 for `#`, up to 6
    QString text;  ///< plain text, without Markdown markup
    int line = 1;  ///< 1-based document line (front matter counted)

    friend bool operator==(const OutlineHeading &, const OutlineHeading &) = default;
};

/// The headings of a Markdown document, ATX (`## x`) and setext (underlined) alike, as GFM
/// parses them: a `#` line inside a code fence is not a heading.
class Outline
{
public:
    Outline() = default;
    /// Parses a whole document (its front matter is skipped, line numbers stay the document's).
    [[nodiscard]] static Outline fromMarkdown(const QString &document);

    [[nodiscard]] const QList<OutlineHeading> &headings() const { return m_headings; }
    [[nodiscard]] bool isEmpty() const { return m_headings.isEmpty(); }

    /// The heading a line belongs to (the last one at or above it), or -1 above the first.
    [[nodiscard]] qsizetype indexForLine(int line) const;

private:
    QList<OutlineHeading> m_headings;
};

} // namespace debrief
