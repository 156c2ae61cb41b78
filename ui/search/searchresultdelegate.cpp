#include "search/searchresultdelegate.h"

#include "search/searchresultsmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace debrief {

namespace {

constexpr int kMargin = 4;

void fill(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    document.setDocumentMargin(kMargin);
    document.setDefaultFont(option.font);
    document.setTextWidth(option.rect.width());
    const QString title = index.data(Qt::DisplayRole).toString().toHtmlEscaped();
    const QString snippet = index.data(SearchResultsModel::SnippetHtmlRole).toString();
    document.setHtml(QLatin1String("<div style=\"font-weight:600\">") + title + QLatin1String("</div>") +
                     (snippet.isEmpty() ? QString() : QLatin1String("<div>") + snippet + QLatin1String("</div>")));
}

} // namespace

SearchResultDelegate::SearchResultDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument document;
    fill(document, opt, index);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(opt.rect.translated(-opt.rect.topLeft()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.rect.width() <= 0 && opt.widget)
        opt.rect.setWidth(opt.widget->width());
    QTextDocument document;
    fill(document, opt, index);
    return {int(document.idealWidth()), int(document.size().height())};
}

} // namespace debrief
