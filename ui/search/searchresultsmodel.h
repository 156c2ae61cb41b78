#pragma once

#include "model/document.h"

#include <QAbstractListModel>

namespace debrief {

/// The hits of one search, best first: the title as display text, the snippet with its
/// matched words, plain or as HTML with the matches in bold.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        DocumentIdRole = Qt::UserRole + 1,
        SnippetRole,     ///< plain text, the match markers removed
        SnippetHtmlRole, ///< escaped HTML, matches in <b>
        RankRole
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setHits(const QList<SearchHit> &hits);
    [[nodiscard]] const QList<SearchHit> &hits() const { return m_hits; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The snippet as HTML: escaped, the marked matches in bold.
    [[nodiscard]] static QString snippetHtml(const QString &snippet);
    /// The snippet without its markers.
    [[nodiscard]] static QString snippetText(const QString &snippet);

private:
    QList<SearchHit> m_hits;
};

} // namespace debrief
