#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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

    /// The link target of each heading, as GitHub and Jekyll's kramdown write them: lower case,
    /// punctuation dropped, spaces as hyphens, and "-1", "-2" … after a repeated one, so that
    /// `[impact](#impact)` written for the published post also works here.
    [[nodiscard]] QStringList anchors() const;
    /// The line of the heading @p anchor links to, or 0 when none does.
    [[nodiscard]] int lineForAnchor(const QString &anchor) const;
    /// The anchor of a heading's text, before repeats are told apart.
    [[nodiscard]] static QString anchorFor(const QString &headingText);

private:
    QList<OutlineHeading> m_headings;
};

} // namespace debrief
