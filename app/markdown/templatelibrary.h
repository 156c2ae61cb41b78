#pragma once

#include "model/document.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace debrief {

/// A document template: built in (`:/templates/NAME.md`) or the user's (a `NAME.md` file
/// in the templates folder; a user template replaces a built-in one of the same name).
struct DocumentTemplate
{
    QString name; ///< file name without `.md`: what `--template` takes
    QString path; ///< resource or file path
    bool builtIn = true;
    DocumentKind kind = DocumentKind::Postmortem;
};

/// What a filled template gives: the Markdown text (front matter included) and the same
/// content as a notebook Document (fields from the front matter, body after it).
struct FilledTemplate
{
    QString text;
    Document document;
};

/// Lists templates and fills their `{{placeholder}}`s. Placeholders are `{{title}}`,
/// `{{date}}` (YYYY-MM-DD, today unless given) and whatever else the caller passes
/// (author, severity, incident_start, incident_end, venue, talk_title, speaker, meetup,
/// source); a known placeholder without a value becomes empty. Values are quoted for YAML
/// inside the front matter, so a title with quotes or a colon keeps the front matter valid.
/// Other `{{ ... }}` text (Liquid in a Jekyll template) is left alone.
class TemplateLibrary
{
    Q_DECLARE_TR_FUNCTIONS(debrief::TemplateLibrary)
public:
    /// @p userFolder defaults to AppDataLocation/templates.
    explicit TemplateLibrary(QString userFolder = defaultUserFolder());

    [[nodiscard]] static QString defaultUserFolder();
    /// The template `new-incident` uses when none is named.
    [[nodiscard]] static QString defaultPostmortem() { return QStringLiteral("postmortem-sre"); }
    /// Placeholders every built-in template may use.
    [[nodiscard]] static const QStringList &knownPlaceholders();

    [[nodiscard]] const QString &userFolder() const { return m_userFolder; }
    /// Every template, sorted by name.
    [[nodiscard]] QList<DocumentTemplate> templates() const;
    [[nodiscard]] QStringList names() const;
    [[nodiscard]] std::optional<DocumentTemplate> find(const QString &name) const;

    /// Fills @p templateText; @p values maps placeholder names (without braces) to text.
    [[nodiscard]] static QString fill(const QString &templateText, const QHash<QString, QString> &values);

    /// Reads and fills a template; an empty author or authors entry is dropped. Errors (unknown name, unreadable file,
    /// a template whose front matter is not valid YAML) are returned as a translated message in @p error.
    [[nodiscard]] std::optional<FilledTemplate> instantiate(const QString &name, QHash<QString, QString> values,
                                                            QString *error = nullptr) const;

    /// The document kind a template name stands for (`meetup-*`, `talk-*`, `reading-*`;
    /// anything else is a postmortem).
    [[nodiscard]] static DocumentKind kindForName(const QString &name);

private:
    QString m_userFolder;
};

} // namespace debrief
