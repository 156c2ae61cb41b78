#include "export/anonymisedpreview.h"

#include "preview/markdownpreview.h"

#include <QPlainTextEdit>

namespace debrief {

AnonymisedPreview::AnonymisedPreview(MarkdownPreview *preview, QPlainTextEdit *editor, QObject *parent)
    : QObject(parent)
    , m_preview(preview)
    , m_editor(editor)
{
    // The anonymiser runs on this thread: a pause in typing keeps keystrokes from waiting on it.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &AnonymisedPreview::updateNow);
    if (m_editor) {
        connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
            if (m_enabled)
                m_debounce.start();
        });
    }
}

void AnonymisedPreview::setRoster(const Roster &roster, const AnonymiserOptions &options)
{
    m_roster = roster;
    m_options = options;
    if (m_enabled)
        updateNow();
}

void AnonymisedPreview::setEnabled(bool enabled)
{
    if (!m_preview || !m_editor || enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (m_enabled) {
        m_preview->setEditor(nullptr); // the preview must not see the names, even for a moment
        updateNow();
    } else {
        m_debounce.stop();
        m_shown.clear();
        m_preview->setEditor(m_editor);
    }
}

void AnonymisedPreview::updateNow()
{
    m_debounce.stop();
    if (!m_enabled || !m_preview || !m_editor)
        return;
    Anonymiser anonymiser(m_roster, m_options);
    m_shown = anonymiser.anonymise(m_editor->toPlainText()).text;
    m_preview->setMarkdown(m_shown);
}

} // namespace debrief
