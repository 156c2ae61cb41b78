#pragma once

#include "markdown/frontmatter.h"
#include "model/document.h"

#include <QDateTime>

namespace debrief {

/// Maps front matter onto the Document fields the notebook stores, and back. The keys a
/// Document models (title, tags, severity, status, rule, incident_start, incident_end) go to
/// its fields when their values convert; every other entry (layout, date, author ...) is kept
/// verbatim, in order, in Document::frontMatterExtra. The body is the text after the front matter.
class FrontMatterFields
{
public:
    /// Keys with a Document field of their own.
    [[nodiscard]] static const QStringList &documentKeys();

    /// Fills @p document from @p frontMatter; false (and @p document untouched) when the YAML
    /// has an error.
    static bool applyTo(const FrontMatter &frontMatter, Document &document);

    /// The document as Markdown text: front matter made of frontMatterExtra followed by the
    /// Document fields that are set, then the body.
    [[nodiscard]] static FrontMatter toFrontMatter(const Document &document);

    /// Edits @p frontMatter so its Document fields match @p document, touching only the
    /// lines of the fields that differ. A rule or time written in a form Debrief cannot read is
    /// left as written (applyTo kept it in the extra YAML). False when the YAML has an error.
    static bool update(FrontMatter &frontMatter, const Document &document);

    /// Reads `2024-05-01T14:07:00Z`, `2024-05-01 14:07`, `2024-05-01 14:07:00 +0200` ...;
    /// a time without an offset is UTC (postmortem timelines are written in UTC).
    [[nodiscard]] static QDateTime parseDateTime(const QString &text);
    /// ISO 8601 in UTC, as written back to front matter.
    [[nodiscard]] static QString formatDateTime(const QDateTime &when);
};

} // namespace debrief
