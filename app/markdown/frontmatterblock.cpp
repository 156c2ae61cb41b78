#include "markdown/frontmatterblock.h"

namespace debrief {

namespace {

constexpr QChar kByteOrderMark(0xFEFF);

/// The line starting at @p begin without its line ending and trailing blanks, and where the
/// next line starts (text.size() when it is the last line).
struct Line
{
    QStringView content;
    qsizetype next = 0;
    bool terminated = false; ///< ends with a line feed
};

Line lineAt(QStringView text, qsizetype begin)
{
    const qsizetype feed = text.indexOf(QLatin1Char('\n'), begin);
    const qsizetype end = feed < 0 ? text.size() : feed;
    QStringView content = text.mid(begin, end - begin);
    // Trailing blanks (and the CR of CRLF) do not change what a marker line is.
    while (!content.isEmpty() && (content.back() == QLatin1Char('\r') || content.back() == QLatin1Char(' ') ||
                                  content.back() == QLatin1Char('\t')))
        content.chop(1);
    return {content, feed < 0 ? text.size() : feed + 1, feed >= 0};
}

} // namespace

FrontMatterBlock FrontMatterBlock::locate(QStringView text)
{
    FrontMatterBlock block;
    const qsizetype start = text.startsWith(kByteOrderMark) ? 1 : 0;
    const Line opening = lineAt(text, start);
    if (opening.content != QLatin1String("---") || !opening.terminated)
        return block;

    int lineNumber = 2;
    qsizetype position = opening.next;
    while (position < text.size()) {
        const Line line = lineAt(text, position);
        if (line.content == QLatin1String("---") || line.content == QLatin1String("...")) {
            block.present = true;
            block.yamlBegin = opening.next;
            block.yamlEnd = position;
            block.bodyBegin = line.next;
            block.yamlFirstLine = 2;
            block.bodyFirstLine = lineNumber + 1;
            return block;
        }
        position = line.next;
        ++lineNumber;
    }
    return block;
}

QString FrontMatterBlock::blankedForMarkdown(const QString &text)
{
    const FrontMatterBlock block = locate(text);
    if (!block.present)
        return text.startsWith(kByteOrderMark) ? text.mid(1) : text;
    return QString(block.bodyFirstLine - 1, QLatin1Char('\n')) + QStringView(text).mid(block.bodyBegin);
}

} // namespace debrief
