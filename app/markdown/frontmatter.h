#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace debrief {

/// The YAML front matter of a Markdown document, split from the body, parsed into the
/// fields Debrief knows and editable without disturbing anything else: an edit rewrites
/// only the lines of the key it changes (new keys are appended), so unknown keys, their
/// order, values, quoting and comments survive byte for byte. A document whose YAML does
/// not parse reports the error and refuses every edit, so the text stays as typed.
class FrontMatter
{
    Q_DECLARE_TR_FUNCTIONS(debrief::FrontMatter)
public:
    /// A YAML problem; line and column are 1-based and count from the document's first line.
    struct Error
    {
        int line = 0;
        int column = 0;
        QString message;
    };

    /// What a top-level value is.
    enum class ValueKind
    {
        Null,
        Scalar,
        Sequence,
        Mapping
    };

    /// A document without front matter and without text.
    FrontMatter() = default;
    /// Splits and parses a whole document.
    explicit FrontMatter(const QString &document);

    /// True when the document starts with a front-matter block.
    [[nodiscard]] bool isPresent() const { return m_present; }
    [[nodiscard]] bool hasError() const { return m_error.has_value(); }
    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }

    /// The document again: exactly the text given when nothing was edited.
    [[nodiscard]] QString toText() const;
    /// The YAML between the markers, as written.
    [[nodiscard]] const QString &yaml() const { return m_yaml; }
    /// Everything after the closing marker line (the whole document without front matter).
    [[nodiscard]] const QString &body() const { return m_body; }
    /// The document line on which the body starts (1 without front matter).
    [[nodiscard]] int bodyFirstLine() const;

    /// Top-level keys in document order.
    [[nodiscard]] QStringList keys() const;
    [[nodiscard]] bool contains(const QString &key) const { return indexOf(key) >= 0; }
    [[nodiscard]] ValueKind kind(const QString &key) const;
    /// A scalar value as a string; empty for null, missing or non-scalar values.
    [[nodiscard]] QString scalar(const QString &key) const;
    /// A sequence's items, or a scalar as one item.
    [[nodiscard]] QStringList sequence(const QString &key) const;
    /// The lines of one key's entry (the key line and its indented value lines) as written.
    [[nodiscard]] QString entryText(const QString &key) const;

    // The fields Debrief shows in its form.
    [[nodiscard]] QString title() const { return scalar(QStringLiteral("title")); }
    [[nodiscard]] QString date() const { return scalar(QStringLiteral("date")); }
    /// `authors`, else `author`; each may be a string or a list.
    [[nodiscard]] QStringList authors() const;
    /// A list, or a string of words separated by spaces or commas (both allowed by Jekyll).
    [[nodiscard]] QStringList tags() const;
    [[nodiscard]] QString severity() const { return scalar(QStringLiteral("severity")); }
    [[nodiscard]] QString status() const { return scalar(QStringLiteral("status")); }
    [[nodiscard]] QString rule() const { return scalar(QStringLiteral("rule")); }
    [[nodiscard]] QString incidentStart() const { return scalar(QStringLiteral("incident_start")); }
    [[nodiscard]] QString incidentEnd() const { return scalar(QStringLiteral("incident_end")); }

    /// The keys above that Debrief models.
    [[nodiscard]] static const QStringList &knownKeys();
    /// Every other key (Jekyll's layout, permalink, comments ...), in document order.
    [[nodiscard]] QStringList unknownKeys() const;
    /// The YAML of every key not in @p except, verbatim and in order, with the comment lines
    /// directly above each entry.
    [[nodiscard]] QString yamlWithout(const QStringList &except) const;

    // Edits. Each returns false and changes nothing when the YAML has an error. Setting a value
    // equal to the current one changes nothing; an empty value removes the key.
    bool setScalar(const QString &key, const QString &value);
    bool setSequence(const QString &key, const QStringList &items);
    bool remove(const QString &key);

    bool setTitle(const QString &title) { return setScalar(QStringLiteral("title"), title); }
    bool setDate(const QString &date) { return setScalar(QStringLiteral("date"), date); }
    /// Writes `authors` or `author`, whichever the document uses (a new single author is `author`).
    bool setAuthors(const QStringList &authors);
    /// Keeps a space-separated tag string a string when every tag is one word.
    bool setTags(const QStringList &tags);
    bool setSeverity(const QString &severity) { return setScalar(QStringLiteral("severity"), severity); }
    bool setStatus(const QString &status) { return setScalar(QStringLiteral("status"), status); }
    bool setRule(const QString &rule) { return setScalar(QStringLiteral("rule"), rule); }
    bool setIncidentStart(const QString &when) { return setScalar(QStringLiteral("incident_start"), when); }
    bool setIncidentEnd(const QString &when) { return setScalar(QStringLiteral("incident_end"), when); }

    /// Replaces the body, keeping the front matter.
    void setBody(const QString &body) { m_body = body; }

private:
    /// One top-level key; lines index yamlLines().
    struct Entry
    {
        QString key;
        int leadingLine = 0; ///< first comment line directly above the key (== keyLine if none)
        int keyLine = 0;
        int endLine = 0; ///< one past the last line of the value
        ValueKind kind = ValueKind::Null;
        QString scalar;
        QStringList items;
        bool quoted = false; ///< a scalar written in quotes
        bool flow = false;   ///< a sequence written as [a, b]
        QString itemIndent;  ///< indentation of a block sequence's `-`
    };

    void parse();
    [[nodiscard]] int indexOf(const QString &key) const;
    [[nodiscard]] QStringList yamlLines() const;
    [[nodiscard]] QString lineEnd() const;
    /// Replaces the lines of @p key's value (or appends when missing) with @p replacement.
    void replaceEntry(const QString &key, const QString &replacement);

    QString m_bom;
    QString m_opening;
    QString m_yaml;
    QString m_closing;
    QString m_body;
    bool m_present = false;
    bool m_flowRoot = false;
    std::optional<Error> m_error;
    QList<Entry> m_entries;
};

} // namespace debrief
