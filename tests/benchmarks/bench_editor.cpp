// Editor keystroke cost on postmortem-like documents of 5 KB, 200 KB and 2 MB: opening
// (text + full KSyntaxHighlighting pass), the preview filling in after it (first render shown,
// complete, longest UI stall meanwhile), typing a character in the middle, Enter in a list,
// and the work that runs once typing pauses (visible-lines spelling and lint, the
// background outline and word count). Prints the figures; `--quick` is the ctest smoke run.
#include "benchsupport.h"
#include "editing/spellchecker.h"
#include "editor/documenteditor.h"
#include "editor/documentscanner.h"
#include "editor/editorservices.h"
#include "editor/inlinechecker.h"
#include "editor/markdowneditor.h"
#include "editor/progressivehighlighter.h"
#include "notebook/notebook.h"
#include "preview/markdownpreview.h"
#include "stallmeter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace debrief;
using debrief::bench::StallMeter;

namespace {

QString documentOfSize(qsizetype targetBytes)
{
    static const char *const words[] = {"retry",  "storm",   "gateway",  "database", "failover", "latency", "client",
                                        "budget", "timeout", "backoff",  "region",   "deploy",   "alert",   "on-call",
                                        "queue",  "replica", "checkout", "payments", "recieve",  "capacity"};
    quint32 state = 20240501u;
    auto next = [&state](quint32 bound) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % bound;
    };
    auto sentence = [&](int length) -> QString {
        QString text;
        for (int i = 0; i < length; ++i) {
            if (i > 0)
                text += QLatin1Char(' ');
            text += QString::fromLatin1(words[next(20)]);
        }
        return text + QLatin1Char('.');
    };
    QString doc = QStringLiteral("---\ntitle: \"Retry storm\"\nseverity: SEV-2\n---\n\n");
    int section = 0;
    while (doc.size() < targetBytes) {
        doc += QStringLiteral("## Section %1\n\n").arg(++section);
        doc += sentence(40) + QLatin1Char('\n') + sentence(30) + QStringLiteral("\n\n");
        for (int i = 0; i < 4; ++i)
            doc += QStringLiteral("- [ ] ") + sentence(8) + QLatin1Char('\n');
        doc += QStringLiteral("\n```cpp\nint retries = backoff(attempt) * 2; // jitter\n```\n\n");
        doc += QStringLiteral("1. ") + sentence(10) + QStringLiteral("\n2. ") + sentence(10) + QStringLiteral("\n\n");
    }
    return doc;
}

using bench::Stats;
using bench::summarise;

void press(QWidget *target, int key, const QString &text)
{
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &down);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &up);
    QApplication::processEvents(); // layout and paint, as the event loop would
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    QTextStream out(stdout);

    QTemporaryDir dir;
    auto opened = Notebook::openSqlite(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened.ok()) {
        out << "cannot open a notebook: " << opened.error().message() << Qt::endl;
        return 2;
    }
    std::unique_ptr<Notebook> notebook = std::move(opened).value();
    const bool spelling = sharedSpellChecker().setLanguage(QStringLiteral("en_US"));
    out << "spelling: " << (spelling ? "en_US" : "no dictionary") << Qt::endl;

    const QList<qsizetype> sizes =
        quick ? QList<qsizetype>{5 * 1024, 200 * 1024} : QList<qsizetype>{5 * 1024, 200 * 1024, 2 * 1024 * 1024};
    const int keystrokes = quick ? 40 : 200;
    int failures = 0;
    for (const qsizetype size : sizes) {
        Document document;
        document.title = QStringLiteral("Bench");
        document.body = documentOfSize(size);
        auto created = notebook->documents().create(document);
        if (!created.ok()) {
            out << "cannot create the document: " << created.error().message() << Qt::endl;
            return 2;
        }

        {
            // The source editor alone (highlighting, list keys, underlines), without the page
            // around it (autosave, preview, front-matter form).
            MarkdownEditor bare;
            bare.checker()->setSpellChecker(&sharedSpellChecker());
            bare.resize(1000, 800);
            bare.show();
            QElapsedTimer bareTimer;
            bareTimer.start();
            bare.loadText(document.body);
            const double bareOpen = msSince(bareTimer);
            // Keystrokes while the rest is still being coloured in the background.
            std::vector<double> duringHighlight;
            for (int i = 0; i < 10 && !bare.highlighter()->isComplete(); ++i) {
                QElapsedTimer one;
                one.start();
                press(&bare, Qt::Key_A, QStringLiteral("a"));
                duringHighlight.push_back(msSince(one));
            }
            while (!bare.highlighter()->isComplete())
                QApplication::processEvents();
            const double bareHighlighted = msSince(bareTimer);
            QTextCursor middle(bare.document()->findBlockByNumber(bare.document()->blockCount() / 2));
            middle.movePosition(QTextCursor::EndOfBlock);
            bare.setTextCursor(middle);
            bare.setFocus();
            QApplication::processEvents();
            std::vector<double> bareTyping;
            for (int i = 0; i < keystrokes; ++i) {
                const QChar ch = QLatin1Char("blameless "[i % 10]);
                bareTimer.restart();
                press(&bare, ch == QLatin1Char(' ') ? Qt::Key_Space : Qt::Key_A + (ch.unicode() - 'a'), QString(ch));
                bareTyping.push_back(msSince(bareTimer));
            }
            const Stats b = summarise(bareTyping);
            const Stats d = summarise(duringHighlight);
            out << QStringLiteral("%1 KB source editor alone: load %2 ms, fully highlighted after %6 ms (keystroke "
                                  "meanwhile %7 ms) | keystroke mean %3 ms p95 %4 ms max %5 ms")
                       .arg(size / 1024)
                       .arg(bareOpen, 0, 'f', 1)
                       .arg(b.mean, 0, 'f', 2)
                       .arg(b.p95, 0, 'f', 2)
                       .arg(b.max, 0, 'f', 2)
                       .arg(bareHighlighted, 0, 'f', 1)
                       .arg(d.mean, 0, 'f', 2)
                << Qt::endl;
        }

        DocumentEditor editor;
        editor.resize(1000, 800);
        editor.setNotebook(notebook.get());
        editor.show();
        QApplication::processEvents();
        QElapsedTimer timer;
        MarkdownPreview *preview = editor.preview();
        qint64 previewFirst = -1;
        const auto firstShown = QObject::connect(preview, &MarkdownPreview::rendered, [&] {
            if (previewFirst < 0)
                previewFirst = timer.elapsed();
        });
        timer.start();
        editor.openDocument(created.value().id);
        QApplication::processEvents();
        const double openMs = msSince(timer);
        // The preview fills in after the open, on workers and in short rounds on the UI
        // thread; typing is measured once it is done, so that its rounds count as the preview's
        // and not as keystrokes.
        StallMeter meter;
        meter.start();
        QElapsedTimer waited;
        waited.start();
        while (!preview->isUpToDate() && waited.elapsed() < 60000)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        const qint64 previewComplete = timer.elapsed();
        const qint64 previewStall = meter.longest();
        meter.stop();
        QObject::disconnect(firstShown);
        if (!preview->isUpToDate()) {
            out << "  preview never complete" << Qt::endl;
            ++failures;
        }

        MarkdownEditor *body = editor.markdownEditor();
        body->setFocus();
        // The middle of the document, inside a paragraph.
        QTextBlock block = body->document()->findBlockByNumber(body->document()->blockCount() / 2);
        while (block.isValid() &&
               (block.text().isEmpty() || block.text().startsWith(QLatin1Char('#')) ||
                block.text().startsWith(QLatin1Char('-')) || block.text().startsWith(QLatin1Char('`'))))
            block = block.next();
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock);
        body->setTextCursor(cursor);
        body->ensureCursorVisible();
        QApplication::processEvents();

        std::vector<double> typing;
        for (int i = 0; i < keystrokes; ++i) {
            const QChar ch = QLatin1Char("blameless "[i % 10]);
            timer.restart();
            press(body, ch == QLatin1Char(' ') ? Qt::Key_Space : Qt::Key_A + (ch.unicode() - 'a'), QString(ch));
            typing.push_back(msSince(timer));
        }
        // Enter at the end of a task-list item continues the list.
        QTextBlock item = body->textCursor().block();
        while (item.isValid() && !item.text().startsWith(QStringLiteral("- [ ]")))
            item = item.next();
        std::vector<double> enter;
        for (int i = 0; i < keystrokes / 10 && item.isValid(); ++i) {
            QTextCursor at(item);
            at.movePosition(QTextCursor::EndOfBlock);
            body->setTextCursor(at);
            timer.restart();
            press(body, Qt::Key_Return, QStringLiteral("\r"));
            enter.push_back(msSince(timer));
            press(body, Qt::Key_X, QStringLiteral("x"));
            item = body->textCursor().block().next();
            while (item.isValid() && !item.text().startsWith(QStringLiteral("- [ ]")))
                item = item.next();
        }

        timer.restart();
        body->checker()->checkNow();
        const double checkMs = msSince(timer);
        const int checkedBlocks = body->checker()->lastCheckedBlocks();
        const qsizetype issues = body->checker()->issues().size();

        QSignalSpy scanned(&editor, &DocumentEditor::statisticsChanged);
        timer.restart();
        editor.findChild<DocumentScanner *>()->scanNow();
        scanned.wait(30000);
        const double scanMs = msSince(timer);

        timer.restart();
        editor.flush();
        const double flushMs = msSince(timer);

        const Stats t = summarise(typing);
        const Stats e = summarise(enter);
        out << QStringLiteral("%1 KB whole page: open+highlight %2 ms | preview first %12 ms, complete %13 ms, "
                              "UI stall meanwhile %14 ms | keystroke mean %3 ms p95 %4 ms max %5 ms | "
                              "Enter in list mean %6 ms | pause: spell+lint %7 ms (%8 lines, %9 marks), "
                              "outline+count %10 ms (background) | save %11 ms")
                   .arg(size / 1024)
                   .arg(openMs, 0, 'f', 1)
                   .arg(t.mean, 0, 'f', 2)
                   .arg(t.p95, 0, 'f', 2)
                   .arg(t.max, 0, 'f', 2)
                   .arg(e.mean, 0, 'f', 2)
                   .arg(checkMs, 0, 'f', 2)
                   .arg(checkedBlocks)
                   .arg(issues)
                   .arg(scanMs, 0, 'f', 1)
                   .arg(flushMs, 0, 'f', 1)
                   .arg(previewFirst)
                   .arg(previewComplete)
                   .arg(previewStall)
            << Qt::endl;
        // A keystroke must stay far below a frame even on a 2 MB document.
        if (t.mean > 50.0) {
            out << "  keystroke too slow" << Qt::endl;
            ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}
