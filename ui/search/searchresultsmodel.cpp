#include "search/searchresultsmodel.h"

#include "storage/sqldialect.h"

namespace debrief {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SearchResultsModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.title.isEmpty() ? tr("Untitled") : hit.title;
    case Qt::ToolTipRole:
    case SnippetRole:
        return snippetText(hit.snippet);
    case SnippetHtmlRole:
        return snippetHtml(hit.snippet);
    case DocumentIdRole:
        return hit.documentId;
    case RankRole:
        return hit.rank;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DocumentIdRole, "documentId");
    names.insert(SnippetRole, "snippet");
    names.insert(SnippetHtmlRole, "snippetHtml");
    names.insert(RankRole, "rank");
    return names;
}

QString SearchResultsModel::snippetHtml(const QString &snippet)
{
    // Escape the pieces between markers, never the markup we add.
    QString html;
    QString piece;
    bool inMatch = false;
    for (QChar c : snippet) {
        if (c == kMatchBegin || c == kMatchEnd) {
            html += piece.toHtmlEscaped();
            piece.clear();
            if ((c == kMatchBegin) != inMatch)
                html += c == kMatchBegin ? QLatin1String("<b>") : QLatin1String("</b>");
            inMatch = c == kMatchBegin;
            continue;
        }
        piece += c == QLatin1Char('\n') ? QLatin1Char(' ') : c;
    }
    html += piece.toHtmlEscaped();
    if (inMatch)
        html += QLatin1String("</b>");
    return html;
}

QString SearchResultsModel::snippetText(const QString &snippet)
{
    QString text = snippet;
    text.remove(kMatchBegin);
    text.remove(kMatchEnd);
    return text.simplified();
}

} // namespace debrief
