#include "preview/markdownpreview.h"

#include "preview/previewdocument.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFutureWatcher>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>

namespace debrief {

namespace {

/// A change this large is a new text (a document opened), not typing: render at once, and
/// show the visible part of a long document first again.
constexpr int kReloadChange = 10000;

QThreadPool *renderPool()
{
    // Two threads: the visible part of a long document need not wait for the whole one.
    // Threads stay alive, so each keeps its syntax repository.
    static QThreadPool *pool = [] {
        auto *created = new QThreadPool(qApp);
        created->setMaxThreadCount(2);
        created->setExpiryTimeout(-1);
        return created;
    }();
    return pool;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

} // namespace

MarkdownPreview::MarkdownPreview(QWidget *parent)
    : QTextBrowser(parent)
    , m_latest(std::make_shared<std::atomic<int>>(0))
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setAccessibleName(tr("Preview"));
    setDocument(new PreviewDocument(QString(), this));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &MarkdownPreview::renderNow);
    connect(this, &QTextBrowser::anchorClicked, this, &MarkdownPreview::followLink);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &MarkdownPreview::previewScrolled);
}

MarkdownPreview::~MarkdownPreview()
{
    // Jobs still running see a newer generation and stop early; their documents delete themselves.
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
    Q_UNUSED(position)
    if (removed + added >= kReloadChange) {
        m_hasComplete = false;
        m_debounce.start(0);
        return;
    }
    scheduleRender();
}

void MarkdownPreview::scheduleRender()
{
    m_debounce.start();
}

bool MarkdownPreview::isUpToDate() const
{
    return m_shownGeneration == m_generation && m_shownStage == PreviewRequest::Stage::Complete &&
           !m_debounce.isActive();
}

void MarkdownPreview::renderNow()
{
    m_debounce.stop();
    if (m_editor)
        m_markdown = m_editor->toPlainText();
    const int generation = ++m_generation;
    m_latest->store(generation);
    if (m_markdown.size() > m_progressiveThreshold && !m_hasComplete)
        startRender(PreviewRequest::Stage::Visible, generation, m_markdown);
    startRender(PreviewRequest::Stage::Complete, generation, m_markdown);
}

void MarkdownPreview::startRender(PreviewRequest::Stage stage, int generation, const QString &markdown)
{
    PreviewRequest request;
    request.generation = generation;
    request.latest = m_latest;
    request.stage = stage;
    request.markdown = markdown;
    request.visibleLine = m_editor ? editorTopLine() : qMax(1, sourceLineAtTop());
    request.documentDirectory = m_documentDirectory;
    request.themeName = m_themeName;
    const QPalette colours = palette();
    request.dark = isDark(colours);
    request.text = colours.color(QPalette::Text);
    request.base = colours.color(QPalette::Base);
    request.alternateBase = colours.color(QPalette::AlternateBase);
    request.link = colours.color(QPalette::Link);
    request.mid = colours.color(QPalette::PlaceholderText);
    request.target = thread();

    auto *watcher = new QFutureWatcher<PreviewResult>(this);
    connect(watcher, &QFutureWatcher<PreviewResult>::finished, this, [this, watcher] {
        showResult(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(renderPool(), renderPreview, request));
}

void MarkdownPreview::showResult(const PreviewResult &result)
{
    // Latest wins: an older generation, or the first part after the whole, is dropped.
    if (result.cancelled || !result.document || !result.document->get() || result.generation != m_generation)
        return;
    if (result.stage == PreviewRequest::Stage::Visible && m_shownGeneration == result.generation)
        return;

    const int topLine = m_hasComplete || m_shownGeneration > 0 ? sourceLineAtTop() : 1;
    const int wantedLine = m_editor && m_scrollSync ? editorTopLine() : topLine;
    int offset = 0;
    if (const int position = positionForSourceLine(wantedLine); position >= 0 && !m_editor) {
        QTextCursor cursor(document());
        cursor.setPosition(position);
        offset = -cursorRect(cursor).top();
    }

    QTextDocument *old = document();
    QTextDocument *fresh = result.document->take();
    fresh->setParent(this);
    m_lines = result.lines;
    {
        const QSignalBlocker blocker(verticalScrollBar());
        setDocument(fresh);
    }
    if (old && old->parent() == this)
        old->deleteLater();
    m_shownGeneration = result.generation;
    m_shownStage = result.stage;
    if (result.stage == PreviewRequest::Stage::Complete)
        m_hasComplete = true;

    m_syncing = true;
    syncToSourceLine(wantedLine);
    if (offset != 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + offset);
    m_syncing = false;
    Q_EMIT rendered(result.generation, result.stage);
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
