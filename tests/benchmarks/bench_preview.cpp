// The live preview on postmortem-like documents of 5 KB, 200 KB and 2 MB, next to a plain
// QPlainTextEdit (the editor's own costs are bench_editor's business). For opening a document:
// the time to the first render on screen (the visible part of a long document), to the complete
// render, and to idle (the preview's layout finished too), and the longest the UI thread was busy
// at once meanwhile. For typing: the cost of a keystroke with the preview attached and without it,
// the time until the preview shows the typed text, and the longest UI stall of that update.
// Build in Release for real numbers; --quick: one run each and no prose case (the ctest smoke).
#include "benchsupport.h"
#include "preview/markdownpreview.h"
#include "stallmeter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <vector>

using namespace debrief;
using debrief::bench::StallMeter;

namespace {

/// A postmortem of @p bytes: sections of paragraphs, a table, task items and a code block. The
/// table in every section makes it hard on QTextDocument (3000 tables in 2 MB: each costs about
/// 0.2 ms to lay out); @p tables false leaves them out, for prose.
QString documentOfSize(qsizetype bytes, bool tables = true)
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
        if (tables)
            text += QStringLiteral("| Time | Event |\n|---|---|\n| 14:0%1 | Failover |\n| 14:1%1 | Recovery |\n\n")
                        .arg(section % 10);
        text += QStringLiteral("- [ ] Bound the retries @owner due:2026-01-15\n- [x] Add jitter\n\n");
        text +=
            QStringLiteral("```cpp\nint backoffMs(int attempt) { return std::min(30000, 100 << attempt); }\n```\n\n");
    }
    return text;
}

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

using bench::Stats;
using bench::summarise;

/// Types @p count letters into @p editor as key events, each followed by the event processing
/// a real keystroke gets; returns the milliseconds each one took.
std::vector<double> type(QPlainTextEdit *editor, int count)
{
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        const QChar ch = QLatin1Char("blameless "[i % 10]);
        const int key = ch == QLatin1Char(' ') ? int(Qt::Key_Space) : Qt::Key_A + (ch.unicode() - 'a');
        timer.start();
        QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(editor, &down);
        QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(editor, &up);
        QApplication::processEvents();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return ms;
}

/// Puts the cursor at the end of a paragraph in the middle of the document.
void moveToMiddleParagraph(QPlainTextEdit *editor)
{
    QTextBlock block = editor->document()->findBlockByNumber(editor->document()->blockCount() / 2);
    while (block.isValid() && !block.text().startsWith(QLatin1String("The ")))
        block = block.next();
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    editor->ensureCursorVisible();
    QApplication::processEvents();
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
    editor->setFocus();

    // Warm up: the first render builds each worker thread's syntax repository.
    editor->setPlainText(documentOfSize(5 * 1024));
    waitFor([&] { return preview->isUpToDate(); }, 20000);

    out << "Preview (QTextBrowser, rendered on workers), ms. Open: setPlainText of the whole text.\n";
    out << QStringLiteral("%1 | %2 %3 %4 %5 | %6 %7 %8 | %9 | %10 %11\n")
               .arg(QStringLiteral("size"), 13)
               .arg(QStringLiteral("first"), 6)
               .arg(QStringLiteral("complete"), 8)
               .arg(QStringLiteral("idle"), 6)
               .arg(QStringLiteral("stall"), 6)
               .arg(QStringLiteral("key mean"), 8)
               .arg(QStringLiteral("p95"), 6)
               .arg(QStringLiteral("max"), 6)
               .arg(QStringLiteral("alone"), 6)
               .arg(QStringLiteral("update"), 7)
               .arg(QStringLiteral("stall"), 6);
    out.flush();
    StallMeter meter;
    bool ok = true;
    const int runs = quick ? 1 : 3;
    const int keystrokes = quick ? 20 : 60;
    struct Case
    {
        qsizetype size;
        bool tables;
    };
    QList<Case> cases{{5 * 1024, true}, {200 * 1024, true}, {2 * 1024 * 1024, true}};
    if (!quick)
        cases << Case{2 * 1024 * 1024, false};
    for (const auto &[size, tables] : std::as_const(cases)) {
        const QString text = documentOfSize(size, tables);
        for (int run = 0; run < runs; ++run) {
            preview->setEditor(editor);
            editor->clear();
            ok = waitFor([&] { return preview->isUpToDate(); }, 20000) && ok;
            meter.start();
            meter.waitForIdle(200, 5000);

            qint64 first = -1;
            QElapsedTimer clock;
            const auto connection = QObject::connect(preview, &MarkdownPreview::rendered, [&] {
                if (first < 0)
                    first = clock.elapsed();
            });
            // The editor's own setPlainText is not the preview's cost: the meter starts after it,
            // the clock before (a user waits for both).
            clock.start();
            editor->setPlainText(text);
            meter.start();
            const qint64 setText = clock.elapsed();
            ok = waitFor([&] { return preview->isUpToDate() && first >= 0; }, 60000) && ok;
            const qint64 complete = clock.elapsed();
            QObject::disconnect(connection);
            meter.waitForIdle(300, 20000);
            const qint64 idle = qMax(complete, setText + meter.lastBusyEnd());
            const qint64 openStall = meter.longest();

            // Typing in the middle: each keystroke's cost with the preview following the editor.
            moveToMiddleParagraph(editor);
            meter.start();
            const Stats typed = summarise(type(editor, keystrokes));
            // Then the pause: the time until the preview shows the text as typed.
            clock.restart();
            meter.start();
            ok = waitFor([&] { return preview->isUpToDate(); }, 60000) && ok;
            const qint64 update = clock.elapsed();
            meter.waitForIdle(300, 20000);
            const qint64 updateStall = meter.longest();

            // The same keystrokes without the preview, for comparison.
            preview->setEditor(nullptr);
            const Stats alone = summarise(type(editor, keystrokes));
            meter.stop();

            out << QStringLiteral("%1 | %2 %3 %4 %5 | %6 %7 %8 | %9 | %10 %11\n")
                       .arg(QStringLiteral("%1 KB%2")
                                .arg(size / 1024)
                                .arg(tables ? QString() : QStringLiteral(" prose")),
                            13)
                       .arg(first, 6)
                       .arg(complete, 8)
                       .arg(idle, 6)
                       .arg(openStall, 6)
                       .arg(typed.mean, 8, 'f', 2)
                       .arg(typed.p95, 6, 'f', 2)
                       .arg(typed.max, 6, 'f', 2)
                       .arg(alone.mean, 6, 'f', 2)
                       .arg(update, 7)
                       .arg(updateStall, 6);
            out.flush();
        }
    }
    out << "prose: the same without tables. first: something of the new text shown (the visible part of a long\n"
           "document); complete: all of it;\n"
           "idle: the preview's layout done too; stall: longest the UI thread was busy at once (after the\n"
           "editor's own setPlainText); key: one keystroke with the preview attached, alone: without it;\n"
           "update: from the last keystroke until the preview shows it (includes the 150 ms pause).\n";
    return ok ? 0 : 1;
}
