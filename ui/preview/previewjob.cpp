#include "preview/previewjob.h"

#include "markdown/frontmatterblock.h"
#include "markdown/markdownrenderer.h"
#include "markdown/markdownslice.h"
#include "preview/codehtmlhighlighter.h"
#include "preview/previewdocument.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>

#include <algorithm>

namespace debrief {

namespace {

/// Link reference definitions are parsed again with every chunk; past this many characters of
/// them the document renders in one piece instead.
constexpr qsizetype kMaxSharedDefinitions = 16 * 1024;

QString styleSheetTemplate()
{
    static const QString css = [] {
        QFile file(QStringLiteral(":/preview/preview.css"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return css;
}

bool stale(const std::shared_ptr<const std::atomic<int>> &latest, int generation)
{
    return latest && latest->load(std::memory_order_relaxed) != generation;
}

/// Finds the renderer's line markers, records where each block starts and removes them.
QList<PreviewLine> takeLineMarkers(QTextDocument &document)
{
    struct Marker
    {
        qsizetype begin;
        qsizetype length;
        int line;
    };
    QList<PreviewLine> lines;
    QTextCursor cursor(&document);
    // One edit block: the document reports its changes once, not once per marker.
    cursor.beginEditBlock();
    QList<Marker> markers;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        markers.clear();
        for (qsizetype begin = text.indexOf(kLineMarkerBegin); begin >= 0;
             begin = text.indexOf(kLineMarkerBegin, begin + 1)) {
            const qsizetype end = text.indexOf(kLineMarkerEnd, begin);
            if (end < 0)
                break;
            markers << Marker{begin, end - begin + 1, QStringView(text).mid(begin + 1, end - begin - 1).toInt()};
        }
        // Removing from the last marker keeps the earlier offsets valid; each recorded position
        // is where the text after its marker starts once every marker before it is gone.
        qsizetype removedBefore = 0;
        for (const Marker &marker : std::as_const(markers)) {
            if (marker.line > 0)
                lines << PreviewLine{marker.line, int(block.position() + marker.begin - removedBefore)};
            removedBefore += marker.length;
        }
        for (auto it = markers.crbegin(); it != markers.crend(); ++it) {
            cursor.setPosition(int(block.position() + it->begin));
            cursor.setPosition(int(block.position() + it->begin + it->length), QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
        }
    }
    cursor.endEditBlock();
    std::sort(lines.begin(), lines.end(), [](const PreviewLine &a, const PreviewLine &b) {
        return a.line < b.line || (a.line == b.line && a.position < b.position);
    });
    return lines;
}

} // namespace

QString previewStyleSheet(const PreviewStyle &style)
{
    KSyntaxHighlighting::Repository &repository = CodeHtmlHighlighter::threadRepository();
    KSyntaxHighlighting::Theme theme =
        style.themeName.isEmpty() ? KSyntaxHighlighting::Theme() : repository.theme(style.themeName);
    if (!theme.isValid())
        theme = repository.defaultTheme(style.dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                   : KSyntaxHighlighting::Repository::LightTheme);
    const QColor codeBackground = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    const QColor codeText = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    QString css = styleSheetTemplate();
    const std::pair<QLatin1String, QColor> colours[] = {
        {QLatin1String("@text@"), style.text},
        {QLatin1String("@base@"), style.base},
        {QLatin1String("@alternate-base@"), style.alternateBase},
        {QLatin1String("@link@"), style.link},
        {QLatin1String("@mid@"), style.mid},
        {QLatin1String("@code-background@"), codeBackground.isValid() ? codeBackground : style.alternateBase},
        {QLatin1String("@code-text@"), codeText.isValid() ? codeText : style.text},
    };
    for (const auto &[name, colour] : colours)
        css.replace(name, colour.name());
    return css;
}

PreviewPlan planPreview(const PreviewRequest &request)
{
    PreviewPlan plan;
    plan.generation = request.generation;
    if (stale(request.latest, request.generation)) {
        plan.cancelled = true;
        return plan;
    }
    // Blank lines in place of the front matter keep chunk lines equal to document lines.
    const QString text = FrontMatterBlock::blankedForMarkdown(request.markdown);
    const MarkdownDefinitions definitions = MarkdownDefinitions::find(text);
    const bool whole = definitions.footnotes || definitions.links.size() > kMaxSharedDefinitions;
    const QList<MarkdownSlice> slices =
        whole ? QList<MarkdownSlice>{MarkdownSlice{0, text.size(), 1}} : MarkdownSlice::split(text, request.chunkSize);
    plan.chunks.reserve(slices.size());
    for (const MarkdownSlice &slice : slices) {
        plan.chunks << PreviewChunkSource{text.mid(slice.begin, slice.end - slice.begin), slice.firstLine};
        if (slice.firstLine <= request.visibleLine)
            plan.visibleChunk = int(plan.chunks.size()) - 1;
    }
    if (!whole) {
        plan.definitions = definitions.links;
        plan.definitionLines = definitions.linkLines;
    }
    plan.styleSheet = previewStyleSheet(request.style);
    return plan;
}

PreviewChunk renderPreviewChunk(const PreviewChunkJob &job)
{
    PreviewChunk chunk;
    chunk.generation = job.generation;
    chunk.index = job.index;
    if (stale(job.latest, job.generation)) {
        chunk.cancelled = true;
        return chunk;
    }

    MarkdownRenderer::Options options;
    options.documentDirectory = job.style.documentDirectory;
    options.lineMarkers = true;
    options.taskListMarkers = true;
    options.strikeoutAsS = true;
    CodeHtmlHighlighter highlighter(CodeHtmlHighlighter::threadRepository(), job.style.themeName, job.style.dark);
    options.codeHighlighter = [&highlighter](const QString &language, const QString &code) {
        return highlighter.highlight(language, code);
    };
    const MarkdownRenderer renderer(options);
    // The definitions go first, then a blank line (a chunk's first line must not read as a
    // definition's title); line markers still count the chunk's own first line as line 1.
    QString html =
        job.definitions.isEmpty()
            ? renderer.fragmentToHtml(job.markdown, 1)
            : renderer.fragmentToHtml(job.definitions + QLatin1Char('\n') + job.markdown, -job.definitionLines);
    // QTextDocument reads the whitespace around what it ignores at either end of a document as
    // text: after the last list (into its last item) and after the comments standing in for raw
    // HTML (into a block of its own). A chunk starting or ending there would differ from the
    // same blocks inside the whole. User text never has this comment: it is escaped.
    html.remove(QLatin1String("<!-- raw HTML omitted -->\n"));
    html.remove(QLatin1String("<!-- raw HTML omitted -->"));
    while (!html.isEmpty() && html.back().isSpace())
        html.chop(1);
    if (stale(job.latest, job.generation)) {
        chunk.cancelled = true;
        return chunk;
    }

    // A PreviewDocument, so that whatever setHtml loads follows the offline policy.
    PreviewDocument document(job.style.documentDirectory);
    document.setUndoRedoEnabled(false);
    document.setDefaultStyleSheet(job.styleSheet);
    document.setHtml(html);
    chunk.lines = takeLineMarkers(document);
    if (job.index > 0) {
        // The separator in front takes the first block's format along into the preview's
        // document (a fragment's first block would merge into the block it lands in).
        QTextCursor(&document).insertBlock();
        for (PreviewLine &line : chunk.lines)
            ++line.position;
    }
    chunk.rootFrameFormat = document.rootFrame()->frameFormat();
    chunk.fragment = QTextDocumentFragment(&document);
    // The fragment's document makes its root frame and lists when first asked for them, as
    // children: inserting it once here has that happen in this thread, where the document
    // lives, and not in the UI thread, where Qt refuses such children.
    QTextDocument scratch;
    QTextCursor(&scratch).insertFragment(chunk.fragment);
    return chunk;
}

} // namespace debrief
