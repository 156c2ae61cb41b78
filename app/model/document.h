#pragma once

#include "model/enums.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace debrief {

/// A Markdown document of the notebook: a postmortem, meetup or talk notes, reading notes.
struct Document
{
    qint64 id = 0;
    std::optional<qint64> meetupId;
    DocumentKind kind = DocumentKind::Postmortem;
    QString title;
    QString slug;
    QString body;
    /// Front-matter keys Debrief does not model itself (Jekyll's layout, permalink, ...), as YAML.
    QString frontMatterExtra;
    Rule rule = Rule::Chatham;
    QString status;
    QString severity;
    QDateTime incidentStart;
    QDateTime incidentEnd;
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 revision = 0;
};

/// A document as listed in the notebook tree, without its body.
struct DocumentSummary
{
    qint64 id = 0;
    std::optional<qint64> meetupId;
    DocumentKind kind = DocumentKind::Postmortem;
    QString title;
    QDateTime updatedAt;
};

/// One full-text search result.
struct SearchHit
{
    qint64 documentId = 0;
    QString title;
    /// Plain text around the match; the matched words are wrapped in U+E000/U+E001 markers
    /// so the view can highlight them without parsing HTML.
    QString snippet;
    double rank = 0.0;
};

} // namespace debrief
