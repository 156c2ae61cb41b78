#include "editor/documentscanner.h"

#include <QTextDocument>
#include <QtConcurrent>

namespace debrief {

namespace {
constexpr int kTypingPauseMs = 400;
} // namespace

DocumentScanner::DocumentScanner(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kTypingPauseMs);
    connect(&m_timer, &QTimer::timeout, this, &DocumentScanner::scanNow);
    connect(document, &QTextDocument::contentsChanged, &m_timer, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFutureWatcher<DocumentScan>::finished, this, &DocumentScanner::finish);
}

DocumentScanner::~DocumentScanner()
{
    m_watcher.waitForFinished();
}

void DocumentScanner::scanNow()
{
    m_timer.stop();
    if (m_watcher.isRunning()) {
        m_rescan = true; // one scan at a time; the newest text follows when it ends
        return;
    }
    const QString text = m_document->toPlainText();
    m_watcher.setFuture(QtConcurrent::run([text] {
        DocumentScan scan;
        scan.outline = Outline::fromMarkdown(text);
        scan.statistics = TextStatistics::count(text);
        return scan;
    }));
}

void DocumentScanner::finish()
{
    if (m_rescan) {
        m_rescan = false;
        scanNow();
        return;
    }
    m_latest = m_watcher.result();
    Q_EMIT scanned(m_latest);
}

} // namespace debrief
