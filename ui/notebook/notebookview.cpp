#include "notebook/notebookview.h"

#include "notebook/notebookmodel.h"
#include "search/searchpanel.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace debrief {

namespace {

using NodeType = NotebookModel::NodeType;

NodeType nodeType(const QModelIndex &index)
{
    return NodeType(index.data(NotebookModel::NodeTypeRole).toInt());
}

qint64 nodeId(const QModelIndex &index)
{
    return index.data(NotebookModel::IdRole).toLongLong();
}

} // namespace

NotebookView::NotebookView(QWidget *parent)
    : QWidget(parent)
    , m_model(new NotebookModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    // A meetup that matches shows all of its documents.
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter meetups and documents"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));

    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAccessibleName(tr("Notebook"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_search = new SearchPanel(this);
    layout->addWidget(m_search);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1); // spare height goes to the tree, not to an idle search panel
    connect(m_search, &SearchPanel::documentActivated, this, &NotebookView::selectDocument);

    connect(m_filter, &QLineEdit::textChanged, this, &NotebookView::applyFilter);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &NotebookView::rememberState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotebookView::restoreState);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &NotebookView::emitActivation);
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (m_restoring)
            return;
        if (nodeType(index) == NodeType::Meetup)
            m_collapsedMeetups.insert(nodeId(index));
        else
            m_groupCollapsed = true;
    });
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (m_restoring)
            return;
        if (nodeType(index) == NodeType::Meetup)
            m_collapsedMeetups.remove(nodeId(index));
        else
            m_groupCollapsed = false;
    });
}

NotebookView::~NotebookView() = default;

void NotebookView::setNotebook(Notebook *notebook)
{
    m_search->setNotebook(notebook);
    m_collapsedMeetups.clear();
    m_groupCollapsed = false;
    // Ids mean nothing in another notebook: select nothing rather than a stranger's document.
    m_switchingNotebook = true;
    m_model->setNotebook(notebook);
    m_switchingNotebook = false;
}

bool NotebookView::selectDocument(qint64 id)
{
    return selectSourceIndex(m_model->indexForDocument(id));
}

bool NotebookView::selectMeetup(qint64 id)
{
    return selectSourceIndex(m_model->indexForMeetup(id));
}

bool NotebookView::selectSourceIndex(const QModelIndex &sourceIndex)
{
    if (!sourceIndex.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(sourceIndex);
    if (!index.isValid()) {
        // Hidden by the filter: the user asked for it, so show it.
        m_filter->clear();
        index = m_proxy->mapFromSource(sourceIndex);
    }
    m_tree->expand(index.parent());
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_tree->scrollTo(index);
    return true;
}

QModelIndex NotebookView::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_tree->selectionModel()->currentIndex());
}

qint64 NotebookView::currentDocumentId() const
{
    const QModelIndex index = currentSourceIndex();
    return index.isValid() && nodeType(index) == NodeType::Document ? nodeId(index) : 0;
}

std::optional<qint64> NotebookView::currentMeetupId() const
{
    QModelIndex index = currentSourceIndex();
    if (index.isValid() && nodeType(index) == NodeType::Document)
        index = index.parent();
    if (index.isValid() && nodeType(index) == NodeType::Meetup)
        return nodeId(index);
    return std::nullopt;
}

void NotebookView::rememberState()
{
    const QModelIndex index = m_switchingNotebook ? QModelIndex() : currentSourceIndex();
    m_savedType = index.isValid() ? int(nodeType(index)) : -1;
    m_savedId = index.isValid() ? nodeId(index) : 0;
}

void NotebookView::restoreExpansion()
{
    m_restoring = true;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const bool collapsed =
            nodeType(index) == NodeType::Meetup ? m_collapsedMeetups.contains(nodeId(index)) : m_groupCollapsed;
        m_tree->setExpanded(index, !collapsed || !m_filter->text().isEmpty());
    }
    m_restoring = false;
}

void NotebookView::restoreState()
{
    restoreExpansion();
    QModelIndex previous;
    switch (m_savedType) {
    case int(NodeType::Document):
        previous = m_model->indexForDocument(m_savedId);
        break;
    case int(NodeType::Meetup):
        previous = m_model->indexForMeetup(m_savedId);
        break;
    case int(NodeType::DocumentGroup):
        previous = m_model->documentGroupIndex();
        break;
    default:
        break;
    }
    const QModelIndex proxyIndex = m_proxy->mapFromSource(previous);
    if (proxyIndex.isValid())
        m_tree->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect);
}

void NotebookView::applyFilter(const QString &text)
{
    m_proxy->setFilterFixedString(text);
    if (text.isEmpty()) {
        restoreExpansion();
        return;
    }
    m_restoring = true;
    m_tree->expandAll();
    m_restoring = false;
}

void NotebookView::emitActivation(const QModelIndex &current)
{
    const QModelIndex index = m_proxy->mapToSource(current);
    if (!index.isValid())
        return;
    switch (nodeType(index)) {
    case NodeType::Document:
        Q_EMIT documentActivated(nodeId(index));
        break;
    case NodeType::Meetup:
        Q_EMIT meetupActivated(nodeId(index));
        break;
    case NodeType::DocumentGroup:
        break;
    }
}

} // namespace debrief
