#include "search/searchservice.h"

#include "notebook/notebook.h"
#include "storage/database.h"
#include "storage/searchrepository.h"
#include "storage/sqldialect.h"

#include <QThread>

namespace debrief {

SearchService::SearchService(QObject *parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<int>>(0))
{}

SearchService::~SearchService()
{
    stopThread();
}

void SearchService::stopThread()
{
    if (!m_thread)
        return;
    m_latest->store(-1);
    // The connection is closed in the thread that opened it.
    QMetaObject::invokeMethod(
        m_context, [database = m_database] { database->reset(); }, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
    m_context = nullptr;
    m_thread = nullptr;
    m_database.reset();
}

void SearchService::setNotebook(Notebook *notebook)
{
    stopThread();
    m_notebook = notebook;
    if (!m_notebook || m_notebook->database().dialect().driverName() != QLatin1String("QSQLITE"))
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("debrief-search"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_database = std::make_shared<std::unique_ptr<Database>>();
    m_thread->start(QThread::LowPriority);
    QMetaObject::invokeMethod(
        m_context,
        [database = m_database, path = m_notebook->location()] {
            Database::Options options;
            options.mustExist = true;
            options.busyTimeoutMs = 1000;
            if (auto opened = Database::openSqlite(path, options))
                *database = std::move(opened).value();
        },
        Qt::QueuedConnection);
}

int SearchService::search(const QString &query, const QString &tag, int limit)
{
    const int generation = ++m_generation;
    m_latest->store(generation);
    if (!m_notebook) {
        Q_EMIT finished(generation, {}, QString());
        return generation;
    }
    if (!m_thread) {
        const auto hits = SearchRepository(m_notebook->database()).search(query, tag, limit);
        Q_EMIT finished(generation, hits ? hits.value() : QList<SearchHit>(),
                        hits ? QString() : hits.error().message());
        return generation;
    }
    // The destructor stops the thread before this object goes, so `this` outlives the work;
    // the answer is queued to this object, and dropped with it.
    QMetaObject::invokeMethod(
        m_context,
        [this, database = m_database, latest = m_latest, generation, query, tag, limit] {
            // A newer query is already queued: this one's answer would be thrown away.
            if (latest->load() != generation)
                return;
            QList<SearchHit> hits;
            QString error;
            if (!*database) {
                error = tr("The notebook could not be opened for searching.");
            } else if (auto found = SearchRepository(**database).search(query, tag, limit)) {
                hits = std::move(found).value();
            } else {
                error = found.error().message();
            }
            QMetaObject::invokeMethod(
                this, [this, generation, hits, error] { Q_EMIT finished(generation, hits, error); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return generation;
}

} // namespace debrief
