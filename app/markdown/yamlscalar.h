#pragma once

#include <QString>
#include <QStringList>

namespace debrief::yaml {

/// How a scalar should be written: plain where YAML reads it back as the same string,
/// double-quoted otherwise (or when @p forceQuotes asks to keep a quoted style).
[[nodiscard]] QString scalar(const QString &value, bool forceQuotes = false);

/// A double-quoted YAML string with the escapes YAML needs.
[[nodiscard]] QString doubleQuoted(const QString &value);

/// The content of a single-quoted YAML string (quotes doubled), without the quotes.
[[nodiscard]] QString singleQuotedContent(const QString &value);

/// A flow sequence: `[a, b, "c, d"]`.
[[nodiscard]] QString flowSequence(const QStringList &items);

/// Block sequence lines (`<indent>- item`), each followed by @p lineEnd.
[[nodiscard]] QString blockSequence(const QStringList &items, const QString &indent, const QString &lineEnd);

} // namespace debrief::yaml
