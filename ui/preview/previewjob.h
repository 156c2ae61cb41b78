#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <utility>

class QTextDocument;
class QThread;

namespace debrief {

/// What a preview render needs: everything is copied, so the job runs on any thread.
struct PreviewRequest
{
    enum class Stage
    {
        Visible, ///< only the blocks around visibleLine, to show something at once
        Complete ///< the whole document
    };

    int generation = 0;
    /// The generation the preview wants now; a job that finds it changed stops early.
    std::shared_ptr<const std::atomic<int>> latest;
    Stage stage = Stage::Complete;
    QString markdown;
    int visibleLine = 1;
    int visibleLineBudget = 400;
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
    /// The thread the finished document is handed to (the preview's).
    QThread *target = nullptr;
};

/// One source line and the position in the rendered document where its block starts.
struct PreviewLine
{
    int line = 0;
    int position = 0;
};

/// Owns a finished document until the preview takes it; deletes it (in its thread) otherwise.
class RenderedDocument
{
public:
    explicit RenderedDocument(QTextDocument *document)
        : m_document(document)
    {}
    ~RenderedDocument();
    RenderedDocument(const RenderedDocument &) = delete;
    RenderedDocument &operator=(const RenderedDocument &) = delete;

    [[nodiscard]] QTextDocument *get() const { return m_document; }
    /// Hands the document over; the caller owns it from now on.
    [[nodiscard]] QTextDocument *take() { return std::exchange(m_document, nullptr); }

private:
    QTextDocument *m_document;
};

/// A finished render. The document lives in the request's target thread; a result that
/// nobody takes deletes it there.
struct PreviewResult
{
    int generation = 0;
    PreviewRequest::Stage stage = PreviewRequest::Stage::Complete;
    bool cancelled = false;
    std::shared_ptr<RenderedDocument> document;
    /// Sorted by line and by position.
    QList<PreviewLine> lines;
    /// Document lines covered: all of them for a complete render.
    int firstLine = 1;
    int lastLine = 0;
};

/// Renders Markdown to a preview document off the UI thread: HTML with highlighted code and
/// line anchors, the themed style sheet, the QTextDocument built and its line table read.
[[nodiscard]] PreviewResult renderPreview(const PreviewRequest &request);

/// The preview style sheet (resources/preview/preview.css) with the request's colours.
[[nodiscard]] QString previewStyleSheet(const PreviewRequest &request);

} // namespace debrief
