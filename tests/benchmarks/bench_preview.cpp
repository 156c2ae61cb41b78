// The live preview on postmortem-like documents of 5 KB, 200 KB and 2 MB: time from
// QPlainTextEdit::setPlainText to the first render on screen (the visible part, for long
// documents) and to the complete render, the re-render after one keystroke, and the longest
// time the UI thread was busy meanwhile (what a typist would feel). --quick: one run each.
#include "preview/markdownpreview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace debrief;

namespace {

QString documentOfSize(qsizetype bytes)
{
    QString text = QStringLiteral("---\ntitle: Preview benchmark\nlayout: post\n---\n\n# Preview benchmark\n\n");
    int section = 0;
    while (text.size() < bytes) {
        ++section;
        text += QStringLiteral("## Section %1\n\n").arg(section);
        for (int p = 0; p < 3; ++p)
            text += QStringLiteral("The *gateway* retried every `request` at once after failover %1, and the "
                                   "[queue](https://wiki.example.com/queue) grew until shedding began. "
                                   "Latency stayed high for %2 minutes while replicas caught up.\n\n")
                        .arg(section)
                        .arg(p + 3);
        text += QStringLiteral("| Time | Event |\n|---|---|\n| 14:0%1 | Failover |\n| 14:1%1 | Recovery |\n\n")
                    .arg(section % 10);
        text += QStringLiteral("- [ ] Bound the retries @owner due:2026-01-15\n- [x] Add jitter\n\n");
        text +=
            QStringLiteral("```cpp\nint backoffMs(int attempt) { return std::min(30000, 100 << attempt); }\n```\n\n");
    }
    return text;
}

/// Records the longest gap between ticks of a 5 ms timer: how long the UI thread was busy.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { m_longest = qMax(m_longest, m_clock.restart()); });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qEnvironmentVariableIsSet("QT_QPA_PLATFORM") ? qgetenv("QT_QPA_PLATFORM") : "offscreen");
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    QTextStream out(stdout);

    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *editor = new QPlainTextEdit(&window);
    auto *preview = new MarkdownPreview(&window);
    preview->setOpensLinksInBrowser(false);
    layout->addWidget(editor);
    layout->addWidget(preview);
    window.resize(1400, 900);
    window.show();
    preview->setEditor(editor);

    // Warm up: the first render builds each worker thread's syntax repository.
    editor->setPlainText(documentOfSize(5 * 1024));
    waitFor([&] { return preview->isUpToDate(); }, 20000);

    out << "Preview (QTextBrowser, rendered on workers), ms\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("size"), 8)
               .arg(QStringLiteral("setText"), 9)
               .arg(QStringLiteral("first"), 8)
               .arg(QStringLiteral("complete"), 9)
               .arg(QStringLiteral("keystroke"), 10)
               .arg(QStringLiteral("UI stall"), 9);
    out.flush();
    StallMeter stall;
    bool ok = true;
    const int runs = quick ? 1 : 3;
    for (const qsizetype size : {qsizetype(5 * 1024), qsizetype(200 * 1024), qsizetype(2 * 1024 * 1024)}) {
        const QString text = documentOfSize(size);
        for (int run = 0; run < runs; ++run) {
            editor->clear();
            waitFor([&] { return preview->isUpToDate(); }, 20000);
            qint64 first = -1;
            QElapsedTimer clock;
            const auto connection = QObject::connect(preview, &MarkdownPreview::rendered, [&] {
                if (first < 0)
                    first = clock.elapsed();
            });
            stall.start();
            clock.start();
            editor->setPlainText(text);
            const qint64 setText = clock.elapsed();
            ok = waitFor([&] { return preview->isUpToDate() && first >= 0; }, 60000) && ok;
            const qint64 complete = clock.elapsed();
            QObject::disconnect(connection);

            // One keystroke in the middle: the time until the preview shows it.
            QTextCursor cursor(editor->document());
            cursor.setPosition(int(text.size() / 2));
            clock.restart();
            cursor.insertText(QStringLiteral("x"));
            const qint64 typed = clock.elapsed();
            ok = waitFor([&] { return preview->isUpToDate(); }, 60000) && ok;
            const qint64 keystroke = clock.elapsed();
            const qint64 longestStall = stall.stop();
            out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                       .arg(QStringLiteral("%1 KB").arg(size / 1024), 8)
                       .arg(setText, 9)
                       .arg(first, 8)
                       .arg(complete, 9)
                       .arg(keystroke, 10)
                       .arg(longestStall, 9);
            out.flush();
            Q_UNUSED(typed)
        }
    }
    out << "first: visible part shown (long documents) or whole render; keystroke: includes the "
           "150 ms pause;\nUI stall: longest the UI thread was busy at once (setText included).\n";
    return ok ? 0 : 1;
}
