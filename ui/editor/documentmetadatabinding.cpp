#include "editor/documentmetadatabinding.h"

#include "frontmatter/frontmatterform.h"
#include "markdown/frontmatterfields.h"
#include "notebook/documentautosaver.h"

namespace debrief {

DocumentMetadataBinding::DocumentMetadataBinding(FrontMatterForm *form, QObject *parent)
    : QObject(parent)
    , m_form(form)
{
    m_yaml.setUndoRedoEnabled(false); // the fields are undone in the form, not here
    connect(&m_yaml, &QTextDocument::contentsChanged, this, &DocumentMetadataBinding::yamlChanged);
    m_form->setTextDocument(&m_yaml);
}

void DocumentMetadataBinding::load(const Document &document)
{
    Document fields = document;
    fields.body.clear();
    m_loading = true;
    m_yaml.setPlainText(document.id == 0 ? QString() : FrontMatterFields::toFrontMatter(fields).toText());
    m_loading = false;
    m_form->refreshNow(true); // another document, or another version: no field keeps old text
}

void DocumentMetadataBinding::setTitle(const QString &title)
{
    FrontMatter frontMatter(m_yaml.toPlainText());
    if (frontMatter.hasError() || frontMatter.title() == title.trimmed() || !frontMatter.setTitle(title.trimmed()))
        return;
    m_loading = true; // the autosaver has the title already
    m_yaml.setPlainText(frontMatter.toText());
    m_loading = false;
    m_form->refreshNow();
}

void DocumentMetadataBinding::yamlChanged()
{
    if (m_loading || !m_autosaver || !m_autosaver->hasDocument())
        return;
    const FrontMatter frontMatter(m_yaml.toPlainText());
    Document fields = m_autosaver->document();
    const QString titleBefore = fields.title;
    if (!FrontMatterFields::applyTo(frontMatter, fields))
        return; // the form shows the YAML error; the stored fields stay as they were
    m_autosaver->setMetadata(fields);
    if (fields.title != titleBefore)
        Q_EMIT titleEdited(fields.title);
}

} // namespace debrief
