#pragma once

#include <QObject>
#include <QThread>
#include <QTimer>

namespace debrief {

class Notebook;
class StampReader;

/// Notices changes made to the notebook by someone else (a team member on the server,
/// another Debrief on the same file) by polling a cheap change stamp, and announces them
/// through the Notebook's change signals so every view refreshes without a restart.
///
/// The stamp is read on a thread of its own, over a connection of its own: a slow or
/// unreachable server never holds up typing, however large the notebook.
class NotebookWatcher : public QObject
{
    Q_OBJECT
public:
    explicit NotebookWatcher(Notebook &notebook, QObject *parent = nullptr);
    ~NotebookWatcher() override;

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    /// Reads the first stamp (reported by polled()) and polls on the timer from then on.
    void start();
    void stop() { m_timer.stop(); }

    /// Asks for a comparison with the last stamp now (also done by the timer); what changed is
    /// announced, then polled() is emitted. A poll asked for while one runs follows it.
    void poll();

Q_SIGNALS:
    /// A poll finished (its changes, if any, are announced already).
    void polled();

private:
    void apply(bool meetups, bool participants, bool documents, bool actionItems, const QList<qint64> &documentIds);

    Notebook &m_notebook;
    /// Owned until it is told to finish: a reader stuck on a dead server is left to finish
    /// on its own rather than waited for (see the destructor).
    QThread *m_thread;
    StampReader *m_reader;
    QTimer m_timer;
    bool m_busy = false;
    bool m_again = false;
};

} // namespace debrief
