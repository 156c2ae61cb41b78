#pragma once

#include "storage/changefeed.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace debrief {

class Notebook;

/// Notices changes made to the notebook by someone else (a team member on the server,
/// another Debrief on the same file) by polling a cheap change stamp, and announces them
/// through the Notebook's change signals so every view refreshes without a restart.
class NotebookWatcher : public QObject
{
    Q_OBJECT
public:
    explicit NotebookWatcher(Notebook &notebook, QObject *parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    void start();
    void stop() { m_timer.stop(); }

    /// Compares with the last stamp now and announces what changed; also called by the timer.
    void poll();

private:
    Notebook &m_notebook;
    ChangeFeed m_feed;
    QTimer m_timer;
    std::optional<ChangeFeed::Stamp> m_last;
};

} // namespace debrief
