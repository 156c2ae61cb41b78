#include "preview/markdownpreview.h"

#include "markdown/outline.h"
#include "preview/previewdocument.h"

#include <QDesktopServices>
#include <QElapsedTimer>
#include <QEvent>
#include <QFutureWatcher>
#include <QPlainTextEdit>
#include <QPromise>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>

namespace debrief {

namespace {

/// A change this large is a new text (a document opened), not typing: render at once, and
/// show the visible part of a long document first again.
constexpr int kReloadChange = 10000;

/// An edit that changes at most this many chunks replaces them all at once, so the preview
/// never shows the edited place half old, half new; more go in one by one.
constexpr int kAtomicChunks = 4;

/// Milliseconds of UI time to spend putting chunks in before letting the event loop run. A round
/// costs the layout of the new text, and after an edit that adds a table (a QTextFrame)
/// QTextDocument also scans the whole document for its frames: a round takes as many chunks as
/// fit in this time, not one each, so that scan is paid rarely.
constexpr qint64 kApplyRoundMs = 15;
/// Characters to put in during the first round: the visible chunks of a new text, about.
constexpr int kFirstRoundChars = 24 * 1024;

QThreadPool *renderPool()
{
    // One core stays free for the UI thread, which lays out all the workers render and is the
    // slower of the two (on two cores, a second worker made its rounds half as long again). More
    // than two workers would only wait for it. Threads stay alive: each keeps its syntax
    // repository.
    static QThreadPool *pool = [] {
        auto *created = new QThreadPool(qApp);
        created->setMaxThreadCount(qBound(1, QThread::idealThreadCount() - 1, 2));
        created->setExpiryTimeout(-1);
        return created;
    }();
    return pool;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

/// The chunks of one render, taken in order by the worker threads.
struct ChunkBatch
{
    QList<PreviewChunkJob> jobs;
    std::atomic<qsizetype> next{0};
};

void renderChunks(QPromise<PreviewChunk> &promise, const std::shared_ptr<ChunkBatch> &batch)
{
    for (qsizetype i = batch->next++; i < batch->jobs.size(); i = batch->next++) {
        PreviewChunk chunk = renderPreviewChunk(batch->jobs.at(i));
        // A newer render is wanted: the rest of this one is stale too.
        if (chunk.cancelled)
            return;
        promise.addResult(std::move(chunk));
    }
}

} // namespace

MarkdownPreview::MarkdownPreview(QWidget *parent)
    : QTextBrowser(parent)
    , m_latest(std::make_shared<std::atomic<int>>(0))
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setAccessibleName(tr("Preview"));
    resetDocument();
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &MarkdownPreview::renderNow);
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(0);
    connect(&m_applyTimer, &QTimer::timeout, this, &MarkdownPreview::applyChunks);
    connect(this, &QTextBrowser::anchorClicked, this, &MarkdownPreview::followLink);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &MarkdownPreview::previewScrolled);
}

MarkdownPreview::~MarkdownPreview()
{
    // Jobs still running see a newer generation and stop early.
    m_latest->store(-1);
}

void MarkdownPreview::setEditor(QPlainTextEdit *editor)
{
    if (m_editor) {
        disconnect(m_editor, nullptr, this, nullptr);
        disconnect(m_editor->document(), nullptr, this, nullptr);
        disconnect(m_editor->verticalScrollBar(), nullptr, this, nullptr);
    }
    m_editor = editor;
    if (!m_editor)
        return;
    connect(m_editor->document(), &QTextDocument::contentsChange, this, &MarkdownPreview::editorChanged);
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &MarkdownPreview::editorScrolled);
    m_hasComplete = false;
    m_debounce.start(0);
}

void MarkdownPreview::setMarkdown(const QString &markdown)
{
    m_markdown = markdown;
    m_hasComplete = false;
    scheduleRender();
}

void MarkdownPreview::setDocumentDirectory(const QString &directory)
{
    if (m_documentDirectory == directory)
        return;
    m_documentDirectory = directory;
    // The document loads the images, with the folder it was made for.
    resetDocument();
    m_hasComplete = false;
    scheduleRender();
}

void MarkdownPreview::setThemeName(const QString &name)
{
    if (m_themeName == name)
        return;
    m_themeName = name;
    scheduleRender();
}

void MarkdownPreview::editorChanged(int position, int removed, int added)
{
    // A large change, or one that replaced the whole text (setPlainText), is a new text.
    const bool wholeText = position == 0 && added >= m_editor->document()->characterCount() - 1;
    if (removed + added >= kReloadChange || wholeText) {
        m_hasComplete = false;
        m_debounce.start(0);
        return;
    }
    scheduleRender();
}

void MarkdownPreview::scheduleRender()
{
    // The interval every time: start(0) above would otherwise stay the timer's interval.
    m_debounce.start(m_renderDelay);
}

void MarkdownPreview::resetDocument()
{
    // Guarded: QTextEdit deletes the document it made itself when another one is set.
    const QPointer<QTextDocument> old = document();
    auto *fresh = new PreviewDocument(m_documentDirectory, this);
    {
        const QSignalBlocker blocker(verticalScrollBar());
        setDocument(fresh);
    }
    if (old && old->parent() == this)
        old->deleteLater();
    m_assembler = std::make_unique<PreviewAssembler>(fresh);
    m_hasShownStyle = false;
    m_lines.clear();
}

bool MarkdownPreview::isUpToDate() const
{
    return m_shownGeneration == m_generation && m_shownStage == PreviewRequest::Stage::Complete &&
           !m_debounce.isActive();
}

PreviewStyle MarkdownPreview::currentStyle() const
{
    PreviewStyle style;
    style.documentDirectory = m_documentDirectory;
    style.themeName = m_themeName;
    const QPalette colours = palette();
    style.dark = isDark(colours);
    style.text = colours.color(QPalette::Text);
    style.base = colours.color(QPalette::Base);
    style.alternateBase = colours.color(QPalette::AlternateBase);
    style.link = colours.color(QPalette::Link);
    style.mid = colours.color(QPalette::PlaceholderText);
    return style;
}

void MarkdownPreview::renderNow()
{
    m_debounce.stop();
    if (m_editor)
        m_markdown = m_editor->toPlainText();
    const int generation = ++m_generation;
    m_latest->store(generation);
    // What is rendered of the previous text and not shown yet stays out: the document changes
    // next for the new plan, and until then shows what it shows.
    m_applyTimer.stop();
    m_assembler->dropPending();
    m_reloading = !m_hasComplete;
    m_announceVisible = m_reloading && m_markdown.size() > m_progressiveThreshold;

    PreviewRequest request;
    request.generation = generation;
    request.latest = m_latest;
    request.markdown = m_markdown;
    request.visibleLine = m_editor ? editorTopLine() : qMax(1, sourceLineAtTop());
    request.chunkSize = m_chunkSize;
    request.style = currentStyle();
    m_requestedStyle = request.style;

    auto *watcher = new QFutureWatcher<PreviewPlan>(this);
    connect(watcher, &QFutureWatcher<PreviewPlan>::finished, this, [this, watcher] {
        planned(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(renderPool(), planPreview, request));
}

void MarkdownPreview::planned(const PreviewPlan &plan)
{
    // Latest wins: a plan of an older generation is dropped.
    if (plan.cancelled || plan.generation != m_generation)
        return;
    // Chunks rendered in another style, or with other link definitions, cannot stay.
    const bool reuse = m_hasShownStyle && m_shownStyle == m_requestedStyle && m_shownDefinitions == plan.definitions;
    m_shownStyle = m_requestedStyle;
    m_shownDefinitions = plan.definitions;
    m_hasShownStyle = true;
    m_visibleChunk = plan.visibleChunk;
    m_planGeneration = plan.generation;
    document()->setDefaultStyleSheet(plan.styleSheet);

    m_roundChars = kFirstRoundChars;
    const ScrollAnchor anchor = scrollAnchor();
    const QList<int> order =
        m_assembler->setPlan(plan.chunks, reuse, plan.visibleChunk, m_reloading ? 0 : kAtomicChunks);
    m_lines = m_assembler->lineTable();
    restoreScroll(anchor);
    if (order.isEmpty()) {
        // Nothing to render: the edit only moved or deleted whole chunks.
        m_shownGeneration = plan.generation;
        showComplete();
        return;
    }

    auto batch = std::make_shared<ChunkBatch>();
    batch->jobs.reserve(order.size());
    for (const int index : order) {
        PreviewChunkJob job;
        job.generation = plan.generation;
        job.latest = m_latest;
        job.index = index;
        job.markdown = plan.chunks.at(index).markdown;
        job.definitions = plan.definitions;
        job.definitionLines = plan.definitionLines;
        job.style = m_requestedStyle;
        job.styleSheet = plan.styleSheet;
        batch->jobs << std::move(job);
    }
    const int workers = int(qMin<qsizetype>(renderPool()->maxThreadCount(), batch->jobs.size()));
    for (int i = 0; i < workers; ++i) {
        auto *watcher = new QFutureWatcher<PreviewChunk>(this);
        connect(watcher, &QFutureWatcher<PreviewChunk>::resultReadyAt, this,
                [this, watcher](int index) { chunkRendered(watcher->resultAt(index)); });
        connect(watcher, &QFutureWatcher<PreviewChunk>::finished, watcher, &QObject::deleteLater);
        watcher->setFuture(QtConcurrent::run(renderPool(), renderChunks, batch));
    }
}

void MarkdownPreview::chunkRendered(const PreviewChunk &chunk)
{
    if (chunk.cancelled || chunk.generation != m_generation)
        return;
    m_assembler->addChunk(chunk);
    if (!m_applyTimer.isActive())
        m_applyTimer.start();
}

void MarkdownPreview::applyChunks()
{
    if (!m_assembler->canApply())
        return;
    const ScrollAnchor anchor = scrollAnchor();
    QElapsedTimer round;
    round.start();
    const int before = document()->characterCount();
    int changed = 0;
    {
        // One edit for the round: the document is laid out once, when it ends.
        QTextCursor edit(document());
        edit.beginEditBlock();
        do {
            m_assembler->applyNext();
            changed = qAbs(document()->characterCount() - before);
        } while (changed < m_roundChars && m_assembler->canApply());
        edit.endEditBlock();
    }
    // Aims the next round at kApplyRoundMs from what this one cost.
    const qint64 elapsed = qMax<qint64>(1, round.elapsed());
    // At most twice as much as this round: what costs more per character (tables) may come.
    const qint64 wanted = qMin(qint64(qMax(changed, 1)) * kApplyRoundMs / elapsed, qint64(m_roundChars) * 2);
    m_roundChars = int(qBound(qint64(4 * 1024), (m_roundChars + wanted) / 2, qint64(256 * 1024)));
    m_lines = m_assembler->lineTable();
    restoreScroll(anchor);

    m_shownGeneration = m_planGeneration;
    if (m_assembler->isComplete()) {
        showComplete();
        return;
    }
    m_shownStage = PreviewRequest::Stage::Visible;
    const bool visibleShown =
        m_assembler->isPresent(m_visibleChunk) &&
        (m_visibleChunk + 1 >= m_assembler->chunkCount() || m_assembler->isPresent(m_visibleChunk + 1));
    if (m_announceVisible && visibleShown) {
        m_announceVisible = false;
        Q_EMIT rendered(m_planGeneration, PreviewRequest::Stage::Visible);
    }
    // The rest at the next turn of the event loop: input and painting go first.
    if (m_assembler->canApply())
        m_applyTimer.start();
}

void MarkdownPreview::showComplete()
{
    m_shownStage = PreviewRequest::Stage::Complete;
    m_hasComplete = true;
    m_announceVisible = false;
    Q_EMIT rendered(m_shownGeneration, PreviewRequest::Stage::Complete);
}

MarkdownPreview::ScrollAnchor MarkdownPreview::scrollAnchor() const
{
    // With an editor, the preview shows the editor's top line; else the line it shows now,
    // to the pixel.
    if (m_editor && m_scrollSync)
        return ScrollAnchor{editorTopLine(), 0};
    if (m_lines.isEmpty())
        return ScrollAnchor{};
    ScrollAnchor anchor{sourceLineAtTop(), 0};
    if (const int position = positionForSourceLine(anchor.line); position >= 0) {
        QTextCursor cursor(document());
        cursor.setPosition(position);
        anchor.offset = -cursorRect(cursor).top();
    }
    return anchor;
}

void MarkdownPreview::restoreScroll(const ScrollAnchor &anchor)
{
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    syncToSourceLine(anchor.line);
    if (anchor.offset != 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + anchor.offset);
    m_syncing = wasSyncing;
}

int MarkdownPreview::positionForSourceLine(int line) const
{
    if (m_lines.isEmpty())
        return -1;
    // The last block starting at or before the line holds it.
    auto it = std::upper_bound(m_lines.cbegin(), m_lines.cend(), line,
                               [](int wanted, const PreviewLine &entry) { return wanted < entry.line; });
    if (it != m_lines.cbegin())
        --it;
    return it->position;
}

void MarkdownPreview::syncToSourceLine(int line)
{
    const int position = positionForSourceLine(line);
    if (position < 0)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(position);
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    // cursorRect lays the document out up to the position if it has not been yet.
    verticalScrollBar()->setValue(verticalScrollBar()->value() + cursorRect(cursor).top());
    m_syncing = wasSyncing;
}

int MarkdownPreview::sourceLineAtTop() const
{
    if (m_lines.isEmpty())
        return 0;
    const int position = cursorForPosition(QPoint(0, 0)).position();
    auto it = std::upper_bound(m_lines.cbegin(), m_lines.cend(), position,
                               [](int wanted, const PreviewLine &entry) { return wanted < entry.position; });
    if (it != m_lines.cbegin())
        --it;
    return it->line;
}

int MarkdownPreview::editorTopLine() const
{
    return m_editor ? m_editor->cursorForPosition(QPoint(0, 0)).blockNumber() + 1 : 1;
}

void MarkdownPreview::editorScrolled()
{
    if (!m_scrollSync || m_syncing)
        return;
    m_syncing = true;
    syncToSourceLine(editorTopLine());
    m_syncing = false;
}

void MarkdownPreview::previewScrolled()
{
    if (m_syncing)
        return;
    const int line = sourceLineAtTop();
    if (line <= 0)
        return;
    Q_EMIT sourceLineAtTopChanged(line);
    if (!m_scrollSync || !m_editor)
        return;
    const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    m_syncing = true;
    // The plain-text editor scrolls by layout lines; a block's first one is its top.
    m_editor->verticalScrollBar()->setValue(block.firstLineNumber());
    m_syncing = false;
}

void MarkdownPreview::followLink(const QUrl &url)
{
    if (url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment()) {
        // A heading's anchor is found through the outline and shown by source line: named
        // anchors in the preview's document would make every render slower.
        if (const int line = Outline::fromMarkdown(m_markdown).lineForAnchor(url.fragment()); line > 0)
            syncToSourceLine(line);
        else
            scrollToAnchor(url.fragment());
        return;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("mailto"))
        return;
    Q_EMIT externalLinkActivated(url);
    if (m_opensLinksInBrowser)
        QDesktopServices::openUrl(url);
}

QVariant MarkdownPreview::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    return PreviewDocument::loadOffline(name, m_documentDirectory);
}

void MarkdownPreview::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        scheduleRender();
}

} // namespace debrief
