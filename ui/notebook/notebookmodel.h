#pragma once

#include "model/document.h"
#include "model/meetup.h"

#include "notebook/notebook.h"

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>

namespace debrief {

/// The notebook as a tree for the left panel: a "Documents" group with the loose documents
/// first, then one row per meetup (newest first) with its documents as children.
/// Follows the notebook's change signals by itself.
class NotebookModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeType
    {
        DocumentGroup,
        Meetup,
        Document
    };
    Q_ENUM(NodeType)

    enum Roles
    {
        IdRole = Qt::UserRole + 1, ///< qint64: the meetup or document id (0 for the group)
        NodeTypeRole,              ///< NodeType as int
        TitleRole,                 ///< the bare title, without the date shown next to meetups
        DocumentKindRole,          ///< DocumentKind as int (documents only)
    };

    explicit NotebookModel(QObject *parent = nullptr);
    ~NotebookModel() override;

    /// Shows @p notebook (nullptr for none); the model does not own it.
    void setNotebook(Notebook *notebook);
    [[nodiscard]] Notebook *notebook() const { return m_notebook; }

    /// Re-reads everything from the notebook.
    void reload();

    [[nodiscard]] QModelIndex indexForDocument(qint64 id) const;
    [[nodiscard]] QModelIndex indexForMeetup(qint64 id) const;
    [[nodiscard]] QModelIndex documentGroupIndex() const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// Reading the notebook failed; the tree keeps what it showed before.
    void loadFailed(const QString &message);

private:
    struct TopNode
    {
        NodeType type = NodeType::Meetup;
        Meetup meetup; // unused for the group
        QList<DocumentSummary> documents;
    };

    void refreshDocument(qint64 id);
    [[nodiscard]] QVariant topData(const TopNode &node, int role) const;
    [[nodiscard]] QVariant documentData(const DocumentSummary &document, int role) const;

    QPointer<Notebook> m_notebook;
    QList<TopNode> m_nodes;
};

} // namespace debrief
