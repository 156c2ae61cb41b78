#pragma once

#include "model/document.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

namespace debrief {

class Database;
class Notebook;

/// Runs notebook searches without blocking the UI thread. Qt SQL connections belong to the
/// thread that opened them, so for a SQLite notebook a thread of its own opens a second,
/// read-only-in-practice connection to the same file (WAL lets it read while the editor
/// writes) and answers there; only the newest query is answered, older queued ones are
/// skipped. A server notebook (PostgreSQL needs the password the user typed) is searched on
/// the UI thread instead, with a LIMIT, after the panel's debounce.
class SearchService : public QObject
{
    Q_OBJECT
public:
    explicit SearchService(QObject *parent = nullptr);
    ~SearchService() override;

    void setNotebook(Notebook *notebook);
    /// True when searches run on a thread of their own.
    [[nodiscard]] bool isThreaded() const { return m_thread != nullptr; }

    /// Starts a search; its answer comes as finished() with the returned generation.
    int search(const QString &query, const QString &tag, int limit);

Q_SIGNALS:
    void finished(int generation, const QList<debrief::SearchHit> &hits, const QString &error);

private:
    void stopThread();

    QPointer<Notebook> m_notebook;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;                          ///< lives in m_thread; queued work runs through it
    std::shared_ptr<std::unique_ptr<Database>> m_database; ///< touched only in m_thread
    std::shared_ptr<std::atomic<int>> m_latest;
    int m_generation = 0;
};

} // namespace debrief
