#include "notebook/notebookwatcher.h"

#include "notebook/notebook.h"

namespace debrief {

namespace {
// A team member's edit shows up within a few seconds; each poll is five small aggregates.
constexpr int kDefaultIntervalMs = 3000;
} // namespace

NotebookWatcher::NotebookWatcher(Notebook &notebook, QObject *parent)
    : QObject(parent)
    , m_notebook(notebook)
    , m_feed(notebook.database())
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &NotebookWatcher::poll);
}

void NotebookWatcher::start()
{
    if (auto stamp = m_feed.stamp())
        m_last = stamp.value();
    m_timer.start();
}

void NotebookWatcher::poll()
{
    auto current = m_feed.stamp();
    // An unreachable server is tried again on the next tick; views keep what they show, and
    // what the user must know (an unsaved edit) is reported by the save that failed.
    if (!current)
        return;
    const ChangeFeed::Stamp now = current.value();
    if (!m_last) {
        m_last = now;
        return;
    }
    const ChangeFeed::Stamp before = *m_last;
    m_last = now;
    if (now == before)
        return;
    if (now.meetups != before.meetups)
        m_notebook.notifyMeetupsChanged();
    if (now.participants != before.participants)
        m_notebook.notifyParticipantsChanged();
    if (now.documents != before.documents || now.lastDocumentUpdate != before.lastDocumentUpdate) {
        m_notebook.notifyDocumentsChanged();
        if (auto changed = m_feed.documentsUpdatedAfter(before.lastDocumentUpdate)) {
            for (qint64 id : changed.value())
                m_notebook.notifyDocumentChanged(id);
        }
    }
    if (now.actionItems != before.actionItems)
        m_notebook.notifyActionItemsChanged();
}

} // namespace debrief
