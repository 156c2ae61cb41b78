#include "notebook/notebookwatcher.h"

#include "notebook/notebook.h"
#include "storage/changefeed.h"
#include "storage/database.h"

#include <optional>

namespace debrief {

namespace {
// A team member's edit shows up within a few seconds; each poll is four small aggregates
// (and, when documents changed, a look at the ones saved lately).
constexpr int kDefaultIntervalMs = 3000;
} // namespace

/// Reads change stamps on the watcher's thread; its connection is opened there, on the
/// first read, and closed there when the thread ends.
class StampReader : public QObject
{
    Q_OBJECT
public:
    explicit StampReader(Database::Handle handle)
        : m_handle(std::move(handle))
    {}

    void read()
    {
        if (!m_database) {
            auto opened = Database::openAnother(m_handle);
            if (!opened) {
                // Unreachable now; the next poll tries again.
                Q_EMIT read_(false, false, false, false, {});
                return;
            }
            m_database = std::move(opened).value();
            m_feed.emplace(*m_database);
        }
        // The documents' revisions first, the stamp after: a save in between is then in the
        // stamp and not yet in the revisions, and is found below or on the next poll.
        if (m_documents.readAt.isEmpty() && !m_feed->changedDocuments(m_documents)) {
            Q_EMIT read_(false, false, false, false, {});
            return;
        }
        auto current = m_feed->stamp();
        // An unreachable server is tried again on the next poll; views keep what they show,
        // and what the user must know (an unsaved edit) is reported by the save that failed.
        if (!current) {
            Q_EMIT read_(false, false, false, false, {});
            return;
        }
        const ChangeFeed::Stamp now = current.value();
        const ChangeFeed::Stamp before = m_last.value_or(now); // the first stamp changes nothing
        m_last = now;
        // Which documents changed is told by their revisions, never by the time a save was
        // stamped with: a teammate's clock may lag ours, and a save may commit late.
        QList<qint64> ids;
        if (now.documents != m_documents.documents) {
            if (auto changed = m_feed->changedDocuments(m_documents))
                ids = changed.value();
        }
        const bool documents = now.documents != before.documents || !ids.isEmpty();
        Q_EMIT read_(now.meetups != before.meetups, now.participants != before.participants, documents,
                     now.actionItems != before.actionItems, ids);
    }

Q_SIGNALS:
    void read_(bool meetups, bool participants, bool documents, bool actionItems, const QList<qint64> &documentIds);

private:
    Database::Handle m_handle;
    std::unique_ptr<Database> m_database;
    std::optional<ChangeFeed> m_feed;
    std::optional<ChangeFeed::Stamp> m_last;
    ChangeFeed::DocumentState m_documents;
};

NotebookWatcher::NotebookWatcher(Notebook &notebook, QObject *parent)
    : QObject(parent)
    , m_notebook(notebook)
    , m_thread(new QThread)
    , m_reader(new StampReader(notebook.database().handle()))
{
    m_thread->setObjectName(QStringLiteral("NotebookWatcher"));
    m_reader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_reader, &StampReader::read_, this, &NotebookWatcher::apply);
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &NotebookWatcher::poll);
}

namespace {
// Long enough for a read in progress on a live server; a dead one is not waited for.
constexpr int kStopWaitMs = 2000;
} // namespace

NotebookWatcher::~NotebookWatcher()
{
    m_timer.stop();
    disconnect(m_reader, nullptr, this, nullptr);
    if (!m_thread->isRunning()) {
        // Never started: nothing else deletes them.
        delete m_reader;
        delete m_thread;
        return;
    }
    m_thread->quit();
    // A read stuck on a server that vanished (a dropped VPN) can take minutes to fail; the
    // window must not wait for it. The reader owns its own connection and nothing of ours,
    // so it may finish after we are gone: thread and reader then delete themselves.
    if (!m_thread->wait(kStopWaitMs))
        qInfo("NotebookWatcher: leaving a stamp read to finish in the background");
}

void NotebookWatcher::start()
{
    if (!m_thread->isRunning())
        m_thread->start(QThread::LowPriority);
    poll();
    m_timer.start();
}

void NotebookWatcher::poll()
{
    if (!m_thread->isRunning())
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    QMetaObject::invokeMethod(m_reader, &StampReader::read, Qt::QueuedConnection);
}

void NotebookWatcher::apply(bool meetups, bool participants, bool documents, bool actionItems,
                            const QList<qint64> &documentIds)
{
    m_busy = false;
    if (meetups)
        m_notebook.notifyMeetupsChanged();
    if (participants)
        m_notebook.notifyParticipantsChanged();
    if (documents) {
        m_notebook.notifyDocumentsChanged();
        for (qint64 id : documentIds)
            m_notebook.notifyDocumentChanged(id);
    }
    if (actionItems)
        m_notebook.notifyActionItemsChanged();
    Q_EMIT polled();
    if (std::exchange(m_again, false))
        poll();
}

} // namespace debrief

#include "notebookwatcher.moc"
