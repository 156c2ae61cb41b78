#include "actions/actionitemspanel.h"

#include "actions/actionconflictbar.h"
#include "actions/actionitemdelegate.h"
#include "actions/actionitemsmodel.h"
#include "actions/quickcaptureedit.h"
#include "settings/appsettings.h"
#include "tracker/actionscontroller.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace debrief {

ActionItemsPanel::ActionItemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ActionItemsModel(this))
    , m_proxy(new ActionItemsProxyModel(this))
    , m_delegate(new ActionItemDelegate(this))
    , m_scope(new QComboBox(this))
    , m_quick(new QComboBox(this))
    , m_ownerFilter(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_conflictBar(new ActionConflictBar(this))
    , m_table(new QTableView(this))
    , m_placeholder(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_capture(new QuickCaptureEdit(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setDynamicSortFilter(true);

    m_scope->addItem(tr("This document"), int(Scope::Document));
    m_scope->addItem(tr("This meetup"), int(Scope::Meetup));
    m_scope->addItem(tr("All action items"), int(Scope::All));
    m_scope->setCurrentIndex(m_scope->findData(int(Scope::All)));
    m_scope->setAccessibleName(tr("Show action items of"));

    using Quick = ActionItemsProxyModel::QuickFilter;
    m_quick->addItem(tr("Any state"), int(Quick::All));
    m_quick->addItem(tr("Open"), int(Quick::Open));
    m_quick->addItem(tr("Mine"), int(Quick::Mine));
    m_quick->addItem(tr("Overdue"), int(Quick::Overdue));
    m_quick->addItem(tr("Due this week"), int(Quick::DueThisWeek));
    m_quick->setAccessibleName(tr("Filter action items"));

    m_ownerFilter->setAccessibleName(tr("Owner"));
    m_statusFilter->setAccessibleName(tr("Status"));
    m_statusFilter->addItem(tr("Any status"), -1);
    for (ActionStatus status : {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Blocked, ActionStatus::Done,
                                ActionStatus::Dropped})
        m_statusFilter->addItem(displayName(status), int(status));
    // Narrow enough for a dock at the side of a small window.
    for (QComboBox *combo : {m_scope, m_quick, m_ownerFilter, m_statusFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumWidth(combo->fontMetrics().averageCharWidth() * 6); // may shrink below its text
    }
    updateOwnerChoices();

    m_table->setModel(m_proxy);
    m_table->setItemDelegate(m_delegate);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActionItemsModel::DueColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
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
    m_pending->setObjectName(QStringLiteral("actionPendingLabel"));
    m_pending->setWordWrap(true);
    m_pending->hide();

    auto *filters = new QHBoxLayout;
    auto *scopeLabel = new QLabel(tr("&Show:"), this);
    scopeLabel->setBuddy(m_scope);
    filters->addWidget(scopeLabel);
    filters->addWidget(m_scope);
    filters->addWidget(m_quick);
    filters->addWidget(m_ownerFilter);
    filters->addWidget(m_statusFilter);
    filters->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_conflictBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_pending);
    layout->addWidget(m_capture);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &ActionItemsPanel::reload);
    connect(m_quick, &QComboBox::currentIndexChanged, this, &ActionItemsPanel::applyQuickFilter);
    connect(m_ownerFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setOwnerKey(m_ownerFilter->currentData().toString());
        updatePlaceholder();
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_statusFilter->currentData().toInt();
        m_proxy->setStatusFilter(status < 0 ? std::nullopt : std::optional<ActionStatus>(ActionStatus(status)));
        updatePlaceholder();
    });
    connect(m_model, &ActionItemsModel::editRequested, this, [this](const ActionItem &edited) {
        if (m_controller)
            m_controller->edit(edited);
    });
    updatePlaceholder();
}

ActionItemsPanel::~ActionItemsPanel() = default;

void ActionItemsPanel::setNotebook(Notebook *notebook)
{
    if (m_notebook)
        disconnect(m_notebook, nullptr, this, nullptr);
    m_notebook = notebook;
    m_documentId = 0;
    m_meetupId.reset();
    if (m_notebook) {
        connect(m_notebook, &Notebook::actionItemsChanged, this, &ActionItemsPanel::reload);
        connect(m_notebook, &Notebook::participantsChanged, this, &ActionItemsPanel::reload);
    }
    reload();
}

void ActionItemsPanel::setController(ActionsController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    m_capture->setController(controller);
    m_conflictBar->setController(controller);
    if (m_controller) {
        // The table shows waiting edits as made: reload when the queue changes.
        connect(m_controller, &ActionsController::pendingChanged, this, &ActionItemsPanel::reload);
    }
    reload();
}

QString ActionItemsPanel::pendingText() const
{
    return m_pending->isHidden() ? QString() : m_pending->text();
}

void ActionItemsPanel::updatePending()
{
    const int waiting = m_controller ? int(m_controller->pendingEdits().size()) : 0;
    m_pending->setText(tr("%n action edit(s) waiting for the server", nullptr, waiting));
    m_pending->setVisible(waiting > 0);
}

void ActionItemsPanel::setSettings(AppSettings *settings)
{
    if (m_settings)
        disconnect(m_settings, nullptr, this, nullptr);
    m_settings = settings;
    if (!m_settings)
        return;
    m_proxy->setMyName(m_settings->myName());
    connect(m_settings, &AppSettings::myNameChanged, this, [this](const QString &name) {
        m_proxy->setMyName(name);
        updatePlaceholder();
    });
}

void ActionItemsPanel::setContext(qint64 documentId, std::optional<qint64> meetupId)
{
    m_capture->setTarget(CaptureTarget{documentId ? std::optional<qint64>(documentId) : std::nullopt, meetupId});
    if (documentId == m_documentId && meetupId == m_meetupId)
        return;
    m_documentId = documentId;
    m_meetupId = meetupId;
    if (scope() != Scope::All)
        reload();
}

void ActionItemsPanel::setToday(const QDate &today)
{
    m_today = today;
    m_capture->setToday(today);
    reload();
}

QDate ActionItemsPanel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void ActionItemsPanel::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

ActionItemsPanel::Scope ActionItemsPanel::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

void ActionItemsPanel::setQuickFilter(ActionItemsProxyModel::QuickFilter filter)
{
    m_quick->setCurrentIndex(m_quick->findData(int(filter)));
}

void ActionItemsPanel::applyQuickFilter()
{
    const auto filter = ActionItemsProxyModel::QuickFilter(m_quick->currentData().toInt());
    if (filter == ActionItemsProxyModel::QuickFilter::Mine && m_settings && m_settings->myName().isEmpty()) {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Your Name"), tr("Which owner are you? Type your name as on the roster:"),
                                  QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            m_settings->setMyName(name.trimmed());
    }
    if (m_settings)
        m_proxy->setMyName(m_settings->myName());
    m_proxy->setQuickFilter(filter);
    updatePlaceholder();
}

void ActionItemsPanel::reload()
{
    QList<ActionItem> items;
    QList<Participant> roster;
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
        if (auto people = m_notebook->participants().list(); people.ok())
            roster = people.value();
    }
    // What waits for the server is what the user sees: the table must not look as if the
    // edit had been dropped.
    if (m_controller) {
        for (ActionItem &item : items) {
            if (const auto waiting = m_controller->pendingEdit(item.id))
                item = *waiting;
        }
    }
    m_model->setToday(today());
    m_model->setRoster(roster);
    m_model->setItems(items);
    QStringList names;
    for (const Participant &person : roster)
        names.append(person.displayName);
    m_delegate->setOwnerNames(names);
    updateOwnerChoices();
    updatePlaceholder();
    updatePending();
}

void ActionItemsPanel::updateOwnerChoices()
{
    const QString current = m_ownerFilter->currentData().toString();
    std::map<QString, QString> owners; // key -> name, sorted by key for a stable list
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString key = m_model->index(row, 0).data(ActionItemsModel::OwnerKeyRole).toString();
        if (!key.isEmpty())
            owners.emplace(key, m_model->index(row, ActionItemsModel::OwnerColumn).data().toString());
    }
    QList<std::pair<QString, QString>> byName(owners.cbegin(), owners.cend());
    std::sort(byName.begin(), byName.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.second, b.second) < 0; });
    const QSignalBlocker block(m_ownerFilter);
    m_ownerFilter->clear();
    m_ownerFilter->addItem(tr("Any owner"), QString());
    for (const auto &[key, name] : byName)
        m_ownerFilter->addItem(name, key);
    const int keep = m_ownerFilter->findData(current);
    m_ownerFilter->setCurrentIndex(keep >= 0 ? keep : 0);
    m_proxy->setOwnerKey(m_ownerFilter->currentData().toString());
}

QString ActionItemsPanel::placeholderText() const
{
    return m_placeholder->isVisible() || m_table->isHidden() ? m_placeholder->text() : QString();
}

void ActionItemsPanel::updatePlaceholder()
{
    const bool noItems = m_model->rowCount() == 0;
    const bool allFiltered = !noItems && m_proxy->rowCount() == 0;
    if (noItems && !m_loadError.isEmpty()) {
        m_placeholder->setText(tr("The action items could not be read: %1").arg(m_loadError));
    } else if (allFiltered) {
        m_placeholder->setText(tr("No action items match the filters."));
    } else if (noItems) {
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
    const bool empty = noItems || allFiltered;
    m_placeholder->setVisible(empty);
    m_table->setVisible(!empty);
}

} // namespace debrief
