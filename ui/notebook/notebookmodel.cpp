#include "notebook/notebookmodel.h"

#include "common/themeicon.h"
#include "notebook/notebook.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace debrief {

namespace {

// Children sort by title so that saving a document never makes the tree jump around.
void sortByTitle(QList<DocumentSummary> &documents)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(documents.begin(), documents.end(),
                     [&collator](const auto &a, const auto &b) { return collator.compare(a.title, b.title) < 0; });
}

QString untitled()
{
    return NotebookModel::tr("Untitled");
}

} // namespace

NotebookModel::NotebookModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

NotebookModel::~NotebookModel() = default;

void NotebookModel::setNotebook(Notebook *notebook)
{
    if (m_notebook == notebook)
        return;
    if (m_notebook)
        disconnect(m_notebook, nullptr, this, nullptr);
    m_notebook = notebook;
    if (m_notebook) {
        connect(m_notebook, &Notebook::meetupsChanged, this, &NotebookModel::reload);
        connect(m_notebook, &Notebook::documentsChanged, this, &NotebookModel::reload);
        connect(m_notebook, &Notebook::documentChanged, this, &NotebookModel::refreshDocument);
    }
    reload();
}

void NotebookModel::reload()
{
    QList<TopNode> nodes;
    if (m_notebook) {
        auto meetups = m_notebook->meetups().list();
        auto documents = m_notebook->documents().list();
        if (!meetups.ok() || !documents.ok()) {
            Q_EMIT loadFailed(!meetups.ok() ? meetups.error().message() : documents.error().message());
            return;
        }
        TopNode group;
        group.type = NodeType::DocumentGroup;
        nodes.append(group);
        QHash<qint64, qsizetype> rowOfMeetup;
        for (const Meetup &meetup : meetups.value()) {
            TopNode node;
            node.meetup = meetup;
            rowOfMeetup.insert(meetup.id, nodes.size());
            nodes.append(node);
        }
        for (const DocumentSummary &document : documents.value()) {
            // A document of a meetup that vanished meanwhile is shown as loose rather than lost.
            const qsizetype row = document.meetupId ? rowOfMeetup.value(*document.meetupId, 0) : 0;
            nodes[row].documents.append(document);
        }
        for (TopNode &node : nodes)
            sortByTitle(node.documents);
    }
    beginResetModel();
    m_nodes = std::move(nodes);
    endResetModel();
}

void NotebookModel::refreshDocument(qint64 id)
{
    const QModelIndex index = indexForDocument(id);
    if (!index.isValid() || !m_notebook)
        return;
    auto stored = m_notebook->documents().get(id);
    if (!stored.ok())
        return; // a removal is announced by documentsChanged
    DocumentSummary &summary = m_nodes[index.parent().row()].documents[index.row()];
    const Document &document = stored.value();
    if (document.meetupId != summary.meetupId) {
        reload();
        return;
    }
    summary.title = document.title;
    summary.kind = document.kind;
    summary.updatedAt = document.updatedAt;
    Q_EMIT dataChanged(index, index);
}

QModelIndex NotebookModel::indexForDocument(qint64 id) const
{
    for (int top = 0; top < m_nodes.size(); ++top) {
        const auto &documents = m_nodes.at(top).documents;
        for (int row = 0; row < documents.size(); ++row) {
            if (documents.at(row).id == id)
                return createIndex(row, 0, quintptr(top) + 1);
        }
    }
    return {};
}

QModelIndex NotebookModel::indexForMeetup(qint64 id) const
{
    for (int top = 0; top < m_nodes.size(); ++top) {
        const TopNode &node = m_nodes.at(top);
        if (node.type == NodeType::Meetup && node.meetup.id == id)
            return createIndex(top, 0, quintptr(0));
    }
    return {};
}

QModelIndex NotebookModel::documentGroupIndex() const
{
    return m_nodes.isEmpty() ? QModelIndex() : createIndex(0, 0, quintptr(0));
}

QModelIndex NotebookModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    // internalId 0 marks a top-level row; children carry their parent's row + 1.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : quintptr(0));
}

QModelIndex NotebookModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int NotebookModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_nodes.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_nodes.at(parent.row()).documents.size());
}

int NotebookModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant NotebookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return topData(m_nodes.at(index.row()), role);
    return documentData(m_nodes.at(int(index.internalId() - 1)).documents.at(index.row()), role);
}

QVariant NotebookModel::topData(const TopNode &node, int role) const
{
    const bool isGroup = node.type == NodeType::DocumentGroup;
    switch (role) {
    case Qt::DisplayRole: {
        if (isGroup)
            return tr("Documents");
        const QString title = node.meetup.title.isEmpty() ? untitled() : node.meetup.title;
        if (!node.meetup.startsAt.isValid())
            return title;
        // The date first: long meetup titles get cut off at the right edge of the panel.
        //: Notebook tree: a meetup's date, then its title
        return tr("%1 · %2").arg(QLocale().toString(node.meetup.startsAt.date(), QLocale::ShortFormat), title);
    }
    case Qt::ToolTipRole: {
        if (isGroup)
            return tr("Documents that belong to no meetup");
        const QString when = QLocale().toString(node.meetup.startsAt, QLocale::LongFormat);
        if (node.meetup.venue.isEmpty())
            return tr("%1\n%2").arg(node.meetup.title, when);
        return tr("%1\n%2 at %3").arg(node.meetup.title, when, node.meetup.venue);
    }
    case Qt::DecorationRole:
        return isGroup ? themeIcon(QStringLiteral("folder-documents"), QStyle::SP_DirIcon)
                       : themeIcon(QStringLiteral("x-office-calendar"), QStyle::SP_DirOpenIcon);
    case IdRole:
        return isGroup ? qint64(0) : node.meetup.id;
    case NodeTypeRole:
        return int(node.type);
    case TitleRole:
        return isGroup ? tr("Documents") : node.meetup.title;
    default:
        return {};
    }
}

QVariant NotebookModel::documentData(const DocumentSummary &document, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return document.title.isEmpty() ? untitled() : document.title;
    case Qt::ToolTipRole:
        return tr("%1\n%2, last changed %3")
            .arg(document.title, displayName(document.kind),
                 QLocale().toString(document.updatedAt, QLocale::ShortFormat));
    case Qt::DecorationRole:
        return themeIcon(QStringLiteral("text-x-generic"), QStyle::SP_FileIcon);
    case IdRole:
        return document.id;
    case NodeTypeRole:
        return int(NodeType::Document);
    case TitleRole:
        return document.title;
    case DocumentKindRole:
        return int(document.kind);
    default:
        return {};
    }
}

QHash<int, QByteArray> NotebookModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(NodeTypeRole, "nodeType");
    names.insert(TitleRole, "title");
    names.insert(DocumentKindRole, "documentKind");
    return names;
}

} // namespace debrief
