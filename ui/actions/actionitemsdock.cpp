#include "actions/actionitemsdock.h"

#include "actions/actionitemsmodel.h"
#include "actions/actionitemsproxymodel.h"
#include "notebook/notebook.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace debrief {

ActionItemsDock::ActionItemsDock(QWidget *parent)
    : QDockWidget(tr("Action Items"), parent)
    , m_model(new ActionItemsModel(this))
    , m_proxy(new ActionItemsProxyModel(this))
    , m_scope(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("actionItemsDock"));
    m_proxy->setSourceModel(m_model);

    m_scope->addItem(tr("This document"), int(Scope::Document));
    m_scope->addItem(tr("This meetup"), int(Scope::Meetup));
    m_scope->addItem(tr("All action items"), int(Scope::All));
    m_scope->setCurrentIndex(m_scope->findData(int(Scope::All)));
    m_scope->setAccessibleName(tr("Show action items of"));

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActionItemsModel::DueColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ActionItemsModel::TitleColumn, QHeaderView::Stretch);
    for (int column : {ActionItemsModel::OwnerColumn, ActionItemsModel::DueColumn, ActionItemsModel::StatusColumn,
                       ActionItemsModel::PriorityColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false); // greyed out: a hint, not content

    auto *content = new QWidget(this);
    auto *scopeRow = new QHBoxLayout;
    auto *scopeLabel = new QLabel(tr("&Show:"), content);
    scopeLabel->setBuddy(m_scope);
    scopeRow->addWidget(scopeLabel);
    scopeRow->addWidget(m_scope);
    scopeRow->addStretch();
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(scopeRow);
    layout->addWidget(m_table);
    layout->addWidget(m_placeholder);
    setWidget(content);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &ActionItemsDock::reload);
    updatePlaceholder();
}

ActionItemsDock::~ActionItemsDock() = default;

void ActionItemsDock::setNotebook(Notebook *notebook)
{
    if (m_notebook)
        disconnect(m_notebook, nullptr, this, nullptr);
    m_notebook = notebook;
    m_documentId = 0;
    m_meetupId.reset();
    if (m_notebook) {
        connect(m_notebook, &Notebook::actionItemsChanged, this, &ActionItemsDock::reload);
        connect(m_notebook, &Notebook::participantsChanged, this, &ActionItemsDock::reload);
    }
    reload();
}

void ActionItemsDock::setContext(qint64 documentId, std::optional<qint64> meetupId)
{
    if (documentId == m_documentId && meetupId == m_meetupId)
        return;
    m_documentId = documentId;
    m_meetupId = meetupId;
    if (scope() != Scope::All)
        reload();
}

void ActionItemsDock::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

ActionItemsDock::Scope ActionItemsDock::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

void ActionItemsDock::reload()
{
    QList<ActionItem> items;
    QHash<qint64, QString> owners;
    m_loadError.clear();
    if (m_notebook) {
        ActionItemRepository::Filter filter;
        bool empty = false;
        switch (scope()) {
        case Scope::Document:
            filter.documentId = m_documentId;
            empty = m_documentId == 0;
            break;
        case Scope::Meetup:
            filter.meetupId = m_meetupId;
            empty = !m_meetupId;
            break;
        case Scope::All:
            break;
        }
        if (!empty) {
            auto listed = m_notebook->actionItems().list(filter);
            if (listed.ok())
                items = listed.value();
            else
                m_loadError = listed.error().message();
        }
        if (auto people = m_notebook->participants().list(); people.ok()) {
            for (const Participant &person : people.value())
                owners.insert(person.id, person.displayName);
        }
    }
    m_model->setToday(QDate::currentDate());
    m_model->setOwnerNames(owners);
    m_model->setItems(items);
    updatePlaceholder();
}

void ActionItemsDock::updatePlaceholder()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty && !m_loadError.isEmpty()) {
        m_placeholder->setText(tr("The action items could not be read: %1").arg(m_loadError));
    } else if (empty) {
        switch (scope()) {
        case Scope::Document:
            m_placeholder->setText(m_documentId ? tr("This document has no action items.")
                                                : tr("Select a document to see its action items."));
            break;
        case Scope::Meetup:
            m_placeholder->setText(m_meetupId ? tr("This meetup has no action items.")
                                              : tr("Select a meetup or one of its documents."));
            break;
        case Scope::All:
            m_placeholder->setText(tr("No action items yet."));
            break;
        }
    }
    m_placeholder->setVisible(empty);
    m_table->setVisible(!empty);
}

} // namespace debrief
