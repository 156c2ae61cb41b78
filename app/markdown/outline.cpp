#include "markdown/outline.h"

#include "markdown/cmarkdocument.h"
#include "markdown/frontmatterblock.h"

#include <QHash>

#include <algorithm>

namespace debrief {

Outline Outline::fromMarkdown(const QString &document)
{
    Outline outline;
    const CmarkDocument parsed(FrontMatterBlock::blankedForMarkdown(document).toUtf8());
    cmark_iter *iter = cmark_iter_new(parsed.root());
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_HEADING)
            continue;
        outline.m_headings.append({cmark_node_get_heading_level(node),
                                   QString::fromUtf8(CmarkDocument::plainText(node)).simplified(),
                                   cmark_node_get_start_line(node)});
    }
    cmark_iter_free(iter);
    return outline;
}

qsizetype Outline::indexForLine(int line) const
{
    const auto after = std::upper_bound(m_headings.cbegin(), m_headings.cend(), line,
                                        [](int value, const OutlineHeading &heading) { return value < heading.line; });
    return qsizetype(after - m_headings.cbegin()) - 1;
}

QString Outline::anchorFor(const QString &headingText)
{
    QString anchor;
    anchor.reserve(headingText.size());
    for (const QChar c : headingText.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c.isMark())
            anchor.append(c);
        else if (c.isSpace())
            anchor.append(QLatin1Char('-'));
    }
    return anchor;
}

QStringList Outline::anchors() const
{
    QStringList result;
    QHash<QString, int> seen;
    for (const OutlineHeading &heading : m_headings) {
        const QString base = anchorFor(heading.text);
        const int repeat = seen.value(base, 0);
        seen.insert(base, repeat + 1);
        result.append(repeat == 0 ? base : base + QLatin1Char('-') + QString::number(repeat));
    }
    return result;
}

int Outline::lineForAnchor(const QString &anchor) const
{
    const qsizetype index = anchors().indexOf(anchor.toLower());
    return index < 0 ? 0 : m_headings.at(index).line;
}

} // namespace debrief
