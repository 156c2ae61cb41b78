#pragma once
// For the benchmarks: how long the UI thread was busy at once, as a user would feel it.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

namespace debrief::bench {

/// Watches a 2 ms timer: the gaps between its ticks are the times the UI thread was busy.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 gap = m_clock.restart();
            m_longest = qMax(m_longest, gap);
            // A gap this long is work, not timer jitter: remember when it ended.
            if (gap >= kBusyMs)
                m_lastBusyEnd = m_since.elapsed();
        });
    }
    void start()
    {
        m_longest = 0;
        m_lastBusyEnd = 0;
        m_since.start();
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    /// The longest gap since start(), in milliseconds.
    [[nodiscard]] qint64 longest() const { return m_longest; }
    /// Milliseconds from start() to the end of the last busy gap.
    [[nodiscard]] qint64 lastBusyEnd() const { return m_lastBusyEnd; }
    [[nodiscard]] qint64 sinceStart() const { return m_since.elapsed(); }

    /// Runs the event loop until nothing kept the UI thread busy for @p quietMs (QTextBrowser,
    /// for one, may lay a document out in steps after it is set), or @p timeoutMs passed.
    void waitForIdle(qint64 quietMs, qint64 timeoutMs) const
    {
        const qint64 deadline = sinceStart() + timeoutMs;
        while (sinceStart() - m_lastBusyEnd < quietMs && sinceStart() < deadline)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }

    static constexpr qint64 kBusyMs = 15;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
    qint64 m_lastBusyEnd = 0;
};

} // namespace debrief::bench
