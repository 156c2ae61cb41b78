#include "editing/fencetracker.h"

#include <QTextBlock>
#include <QTextDocument>

namespace debrief {

FenceTracker::FenceTracker(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &QTextDocument::contentsChange, this, [this](int position, int, int) { forgetFrom(position); });
}

bool FenceTracker::isFenceLine(QStringView line, QChar *fenceChar, int *fenceLength)
{
    int i = 0;
    while (i < line.size() && i < 4 && line[i] == QLatin1Char(' '))
        ++i;
    if (i > 3 || i >= line.size())
        return false;
    const QChar c = line[i];
    if (c != QLatin1Char('`') && c != QLatin1Char('~'))
        return false;
    int n = 0;
    while (i + n < line.size() && line[i + n] == c)
        ++n;
    if (n < 3)
        return false;
    if (fenceChar)
        *fenceChar = c;
    if (fenceLength)
        *fenceLength = n;
    return true;
}

void FenceTracker::forgetFrom(int position)
{
    const int block = m_document->findBlock(position).blockNumber();
    if (block >= 0 && size_t(block) < m_code.size()) {
        m_code.resize(size_t(block));
        m_stateAfter.resize(size_t(block));
        m_frontMatterAfter.resize(size_t(block));
    }
}

bool FenceTracker::isCode(const QTextBlock &target)
{
    const int wanted = target.blockNumber();
    if (wanted < 0)
        return false;
    if (size_t(wanted) < m_code.size())
        return m_code[size_t(wanted)];

    int number = int(m_code.size());
    QChar openChar;
    int openLength = 0;
    bool frontMatter = false;
    if (number > 0) {
        openChar = m_stateAfter.back().first;
        openLength = m_stateAfter.back().second;
        frontMatter = m_frontMatterAfter.back();
    }
    for (QTextBlock block = m_document->findBlockByNumber(number); block.isValid() && number <= wanted;
         block = block.next(), ++number) {
        const QString text = block.text();
        bool code = openLength > 0 || frontMatter;
        if (number == 0 && text == QLatin1String("---")) {
            frontMatter = true;
            code = true;
        } else if (frontMatter) {
            if (text == QLatin1String("---") || text == QLatin1String("..."))
                frontMatter = false;
        } else {
            QChar c;
            int length = 0;
            if (isFenceLine(text, &c, &length)) {
                code = true;
                if (openLength == 0) {
                    openChar = c;
                    openLength = length;
                } else if (c == openChar && length >= openLength && QStringView(text).trimmed().size() == length) {
                    openLength = 0; // a closing fence has nothing after it
                }
            }
        }
        m_code.push_back(code);
        m_stateAfter.emplace_back(openChar, openLength);
        m_frontMatterAfter.push_back(frontMatter);
    }
    return size_t(wanted) < m_code.size() && m_code[size_t(wanted)];
}

} // namespace debrief
