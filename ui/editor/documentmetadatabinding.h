#pragma once

#include "model/document.h"

#include <QObject>
#include <QPointer>
#include <QTextDocument>

namespace debrief {

class DocumentAutosaver;
class FrontMatterForm;

/// Connects the front-matter form to a notebook document. The notebook keeps a document's
/// metadata (title, tags, severity, status, rule, incident times, and every other front-matter
/// key such as Jekyll's `layout`) in fields of its own, not in the Markdown body. The form
/// edits a small YAML text made from those fields; each change goes back into the fields
/// through the autosaver, so it is saved, searched and exported like any other edit.
class DocumentMetadataBinding : public QObject
{
    Q_OBJECT
public:
    DocumentMetadataBinding(FrontMatterForm *form, QObject *parent = nullptr);

    void setAutosaver(DocumentAutosaver *autosaver) { m_autosaver = autosaver; }

    /// Shows @p document's fields (when it is opened, reloaded or replaced).
    void load(const Document &document);
    /// Keeps the YAML's title in step with the title field above the text.
    void setTitle(const QString &title);

    /// The YAML the form edits (front matter only, no body).
    [[nodiscard]] QString yaml() const { return m_yaml.toPlainText(); }

Q_SIGNALS:
    /// The title was changed in the form.
    void titleEdited(const QString &title);

private:
    void yamlChanged();

    QPointer<FrontMatterForm> m_form;
    QPointer<DocumentAutosaver> m_autosaver;
    QTextDocument m_yaml;
    bool m_loading = false;
};

} // namespace debrief
