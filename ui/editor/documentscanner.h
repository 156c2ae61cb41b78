#pragma once

#include "editing/textstatistics.h"
#include "markdown/outline.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

class QTextDocument;

namespace debrief {

/// What the outline and the status bar need from the whole text.
struct DocumentScan
{
    Outline outline;
    TextStatistics statistics;
};

/// Scans the whole document for headings and word counts off the UI thread, a moment after
/// typing stops; the latest text wins. The UI thread only copies the text.
class DocumentScanner : public QObject
{
    Q_OBJECT
public:
    explicit DocumentScanner(QTextDocument *document, QObject *parent = nullptr);
    ~DocumentScanner() override;

    /// Scans now (a document was opened), skipping the pause.
    void scanNow();
    [[nodiscard]] const DocumentScan &latest() const { return m_latest; }

Q_SIGNALS:
    void scanned(const debrief::DocumentScan &scan);

private:
    void finish();

    QTextDocument *m_document;
    QTimer m_timer;
    QFutureWatcher<DocumentScan> m_watcher;
    bool m_rescan = false;
    DocumentScan m_latest;
};

} // namespace debrief
