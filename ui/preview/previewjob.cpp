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

#include <QThread>
#include <algorithm>

namespace debrief {

namespace {

QString styleSheetTemplate()
{
    static const QString css = [] {
        QFile file(QStringLiteral(":/preview/preview.css"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return css;
}

bool stale(const PreviewRequest &request)
{
    return request.latest && request.latest->load(std::memory_order_relaxed) != request.generation;
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
    document.setUndoRedoEnabled(false);
    QTextCursor cursor(&document);
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
    std::sort(lines.begin(), lines.end(), [](const PreviewLine &a, const PreviewLine &b) {
        return a.line < b.line || (a.line == b.line && a.position < b.position);
    });
    return lines;
}

} // namespace

RenderedDocument::~RenderedDocument()
{
    // The document belongs to the target thread by now: delete it there.
    if (m_document)
        m_document->deleteLater();
}

QString previewStyleSheet(const PreviewRequest &request)
{
    KSyntaxHighlighting::Repository &repository = CodeHtmlHighlighter::threadRepository();
    KSyntaxHighlighting::Theme theme =
        request.themeName.isEmpty() ? KSyntaxHighlighting::Theme() : repository.theme(request.themeName);
    if (!theme.isValid())
        theme = repository.defaultTheme(request.dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                     : KSyntaxHighlighting::Repository::LightTheme);
    const QColor codeBackground = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    const QColor codeText = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    QString css = styleSheetTemplate();
    const std::pair<QLatin1String, QColor> colours[] = {
        {QLatin1String("@text@"), request.text},
        {QLatin1String("@base@"), request.base},
        {QLatin1String("@alternate-base@"), request.alternateBase},
        {QLatin1String("@link@"), request.link},
        {QLatin1String("@mid@"), request.mid},
        {QLatin1String("@code-background@"), codeBackground.isValid() ? codeBackground : request.alternateBase},
        {QLatin1String("@code-text@"), codeText.isValid() ? codeText : request.text},
    };
    for (const auto &[name, colour] : colours)
        css.replace(name, colour.name());
    return css;
}

PreviewResult renderPreview(const PreviewRequest &request)
{
    PreviewResult result;
    result.generation = request.generation;
    result.stage = request.stage;
    if (stale(request)) {
        result.cancelled = true;
        return result;
    }

    MarkdownRenderer::Options options;
    options.documentDirectory = request.documentDirectory;
    options.lineMarkers = true;
    CodeHtmlHighlighter highlighter(CodeHtmlHighlighter::threadRepository(), request.themeName, request.dark);
    options.codeHighlighter = [&highlighter](const QString &language, const QString &code) {
        return highlighter.highlight(language, code);
    };
    const MarkdownRenderer renderer(options);

    QString html;
    if (request.stage == PreviewRequest::Stage::Visible) {
        const QString blanked = FrontMatterBlock::blankedForMarkdown(request.markdown);
        const MarkdownSlice slice = MarkdownSlice::around(blanked, request.visibleLine, request.visibleLineBudget);
        const QString piece = blanked.mid(slice.begin, slice.end - slice.begin);
        html = renderer.fragmentToHtml(piece, slice.firstLine);
        result.firstLine = slice.firstLine;
        result.lastLine = slice.firstLine + int(piece.count(QLatin1Char('\n')));
    } else {
        html = renderer.toHtml(request.markdown);
        result.lastLine = int(request.markdown.count(QLatin1Char('\n'))) + 1;
    }
    if (stale(request)) {
        result.cancelled = true;
        return result;
    }

    auto *document = new PreviewDocument(request.documentDirectory);
    document->setDefaultStyleSheet(previewStyleSheet(request));
    document->setHtml(html);
    result.lines = takeLineMarkers(*document);
    if (request.target)
        document->moveToThread(request.target);
    result.document = std::make_shared<RenderedDocument>(document);
    return result;
}

} // namespace debrief
