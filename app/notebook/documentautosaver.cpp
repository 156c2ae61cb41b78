#include "notebook/documentautosaver.h"

#include "notebook/notebook.h"

namespace debrief {

namespace {
// Short enough that a crash loses at most a second of typing, long enough not to write on
// every keystroke.
constexpr int kDefaultDelayMs = 750;
// How soon a save that failed for a passing reason is tried again.
constexpr int kDefaultRetryDelayMs = 5000;
} // namespace

DocumentAutosaver::DocumentAutosaver(Notebook &notebook, QObject *parent)
    : QObject(parent)
    , m_notebook(notebook)
{
    m_timer.setSingleShot(true);
    m_retryDelayMs = kDefaultRetryDelayMs;
    m_timer.setInterval(kDefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DocumentAutosaver::flush);
}

DocumentAutosaver::~DocumentAutosaver()
{
    flush();
}

void DocumentAutosaver::setDocument(const Document &document)
{
    m_timer.stop();
    m_document = document;
    m_savedTitle = document.title;
    if (m_dirty) {
        m_dirty = false;
        Q_EMIT dirtyChanged(false);
    }
}

void DocumentAutosaver::setBody(const QString &body)
{
    if (!hasDocument() || body == m_document.body)
        return;
    m_document.body = body;
    markDirty();
}

void DocumentAutosaver::setTitle(const QString &title)
{
    if (!hasDocument() || title == m_document.title)
        return;
    m_document.title = title;
    markDirty();
}

void DocumentAutosaver::setMetadata(const Document &fields)
{
    if (!hasDocument())
        return;
    Document next = m_document;
    next.title = fields.title;
    next.tags = fields.tags;
    next.severity = fields.severity;
    next.status = fields.status;
    next.rule = fields.rule;
    next.incidentStart = fields.incidentStart;
    next.incidentEnd = fields.incidentEnd;
    next.frontMatterExtra = fields.frontMatterExtra;
    const bool same = next.title == m_document.title && next.tags == m_document.tags &&
                      next.severity == m_document.severity && next.status == m_document.status &&
                      next.rule == m_document.rule && next.incidentStart == m_document.incidentStart &&
                      next.incidentEnd == m_document.incidentEnd &&
                      next.frontMatterExtra == m_document.frontMatterExtra;
    if (same)
        return;
    m_document = std::move(next);
    markDirty();
}

void DocumentAutosaver::markDirty()
{
    m_timer.start();
    if (!m_dirty) {
        m_dirty = true;
        Q_EMIT dirtyChanged(true);
    }
}

bool DocumentAutosaver::flush()
{
    m_timer.stop();
    if (!m_dirty || !hasDocument())
        return true;
    Document toSave = m_document;
    // A title being retyped must not hold back the body: keep the stored title meanwhile.
    if (toSave.title.trimmed().isEmpty())
        toSave.title = m_savedTitle;
    auto result = m_notebook.documents().update(toSave);
    if (!result) {
        // Keep the text and stay dirty: the next edit or flush tries again, and so does the
        // timer while the cause may pass by itself (a lock released, a server back online).
        const StorageError::Kind kind = result.error().kind();
        if (kind == StorageError::Kind::Disconnected || kind == StorageError::Kind::Locked)
            m_timer.start(m_retryDelayMs);
        Q_EMIT saveFailed(result.error());
        return false;
    }
    const bool titleChanged = result.value().title != m_savedTitle;
    const QString typedTitle = m_document.title;
    m_document = result.value();
    m_savedTitle = m_document.title;
    if (typedTitle.trimmed().isEmpty())
        m_document.title = typedTitle;
    m_dirty = false;
    Q_EMIT dirtyChanged(false);
    Q_EMIT saved(m_document);
    m_notebook.notifyDocumentSavedHere(m_document.id);
    if (titleChanged)
        m_notebook.notifyDocumentsChanged();
    return true;
}

bool DocumentAutosaver::resolveConflict(Resolution resolution)
{
    m_timer.stop();
    auto theirs = m_notebook.documents().get(m_document.id);
    if (!theirs) {
        Q_EMIT saveFailed(theirs.error());
        return false;
    }
    switch (resolution) {
    case Resolution::KeepMine:
        // Save on top of the revision we have now seen: a deliberate overwrite.
        m_document.revision = theirs.value().revision;
        m_dirty = true;
        return flush();
    case Resolution::KeepTheirs:
        setDocument(theirs.value());
        Q_EMIT documentReplaced(m_document);
        return true;
    case Resolution::KeepBoth: {
        Document copy = m_document;
        copy.id = 0;
        copy.title = tr("%1 (my copy)").arg(m_document.title.trimmed().isEmpty() ? m_savedTitle : m_document.title);
        auto created = m_notebook.documents().create(copy);
        if (!created) {
            Q_EMIT saveFailed(created.error()); // my text stays here, still unsaved
            return false;
        }
        m_notebook.notifyDocumentsChanged();
        Q_EMIT copyCreated(created.value());
        setDocument(theirs.value());
        Q_EMIT documentReplaced(m_document);
        return true;
    }
    }
    return false;
}

} // namespace debrief
