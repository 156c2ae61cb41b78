#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QTextDocumentFragment>
#include <QTextFrameFormat>

#include <atomic>
#include <memory>

namespace debrief {

/// One source line and the position in the rendered document where its block starts.
struct PreviewLine
{
    int line = 0;
    int position = 0;
};

/// What a rendered chunk looks like besides its Markdown: chunks shown in another style are
/// rendered again.
struct PreviewStyle
{
    QString documentDirectory;
    /// Empty: the default light or dark theme, by the palette.
    QString themeName;
    bool dark = false;
    // Palette colours substituted into the preview style sheet.
    QColor text;
    QColor base;
    QColor alternateBase;
    QColor link;
    QColor mid;

    bool operator==(const PreviewStyle &other) const = default;
};

/// A render the preview asks for: everything is copied, so the jobs run on any thread.
struct PreviewRequest
{
    enum class Stage
    {
        Visible, ///< the chunk around the visible line is shown, the rest is on its way
        Complete ///< the whole document
    };

    int generation = 0;
    /// The generation the preview wants now; a job that finds it changed stops early.
    std::shared_ptr<const std::atomic<int>> latest;
    QString markdown;
    int visibleLine = 1;
    /// Characters of Markdown per chunk, about: each is rendered, and put into the preview's
    /// document, on its own.
    qsizetype chunkSize = 16 * 1024;
    PreviewStyle style;
};

/// A run of whole top-level blocks of the document, rendered on its own.
struct PreviewChunkSource
{
    /// Also what the chunk is known by: a chunk whose Markdown did not change is not rendered again.
    QString markdown;
    int firstLine = 1;
};

/// How a document is cut into chunks, the first step of a render.
struct PreviewPlan
{
    int generation = 0;
    bool cancelled = false;
    QList<PreviewChunkSource> chunks;
    /// The document's link reference definitions, which every chunk is rendered with.
    QString definitions;
    int definitionLines = 0;
    /// The chunk holding the request's visible line.
    int visibleChunk = 0;
    QString styleSheet;
};

/// Cuts the request's Markdown into chunks (MarkdownSlice::split); a document with footnotes
/// stays whole, since they are numbered over all of it.
[[nodiscard]] PreviewPlan planPreview(const PreviewRequest &request);

/// One chunk of a plan to render.
struct PreviewChunkJob
{
    int generation = 0;
    std::shared_ptr<const std::atomic<int>> latest;
    int index = 0;
    QString markdown;
    QString definitions;
    int definitionLines = 0;
    PreviewStyle style;
    QString styleSheet;
};

/// A rendered chunk: a fragment to insert into the preview's document.
struct PreviewChunk
{
    int generation = 0;
    int index = -1;
    bool cancelled = false;
    /// The first chunk's fragment starts with the document's first block. Every other one
    /// starts with a block separator that carries its first block's format, and goes in at the
    /// end of the last block before it.
    QTextDocumentFragment fragment;
    /// Line 1 is the chunk's first line; positions count from where the fragment goes in.
    QList<PreviewLine> lines;
    /// The style sheet's body colours, which QTextDocument keeps on the root frame.
    QTextFrameFormat rootFrameFormat;
};

/// Renders a chunk on the calling thread: HTML with highlighted code, task boxes and line
/// markers, the QTextDocument built with the style sheet, its line table read.
[[nodiscard]] PreviewChunk renderPreviewChunk(const PreviewChunkJob &job);

/// The preview style sheet (resources/preview/preview.css) with the style's colours.
[[nodiscard]] QString previewStyleSheet(const PreviewStyle &style);

} // namespace debrief
