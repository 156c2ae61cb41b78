#pragma once

#include <QObject>
#include <QStringView>

#include <vector>

class QTextBlock;
class QTextDocument;

namespace debrief {

/// Knows which lines of a Markdown document are code (inside a ``` or ~~~ fence) or front
/// matter, so spelling and lint can skip them. It scans lazily and only up to the line asked
/// about, and an edit forgets only what follows it: checking the visible lines after a
/// keystroke costs the lines between the edit and the view, never the whole document.
/// The document needs a layout (every editor's has one): without it, QTextDocument does not
/// report edits.
class FenceTracker : public QObject
{
    Q_OBJECT
public:
    explicit FenceTracker(QTextDocument *document, QObject *parent = nullptr);

    /// True when @p block is fenced code, a fence line itself or front matter.
    [[nodiscard]] bool isCode(const QTextBlock &block);

    /// Whether @p line opens or closes a fence; @p fence receives its character and length.
    static bool isFenceLine(QStringView line, QChar *fenceChar = nullptr, int *fenceLength = nullptr);

private:
    void forgetFrom(int position);

    QTextDocument *m_document;
    std::vector<bool> m_code;                        ///< per block number, valid below m_code.size()
    std::vector<std::pair<QChar, int>> m_stateAfter; ///< open fence after each block
    std::vector<bool> m_frontMatterAfter;
};

} // namespace debrief
