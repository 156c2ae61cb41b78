#pragma once

#include "actions/actionitemsproxymodel.h"
#include "notebook/notebook.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QTableView;

namespace debrief {

class ActionConflictBar;
class ActionItemDelegate;
class ActionItemsModel;
class ActionsController;
class AppSettings;
class QuickCaptureEdit;

/// The tracker: the actions of the current document, of its meetup or of the whole
/// notebook, filtered (open, mine, overdue, due this week, by owner, by status), sortable on
/// every column, edited in place through the ActionsController, with quick capture below.
/// Edits waiting for the server show in the table as made, with a count below it; an edit
/// that met someone else's save shows its choices in a bar above the table.
/// The dock and the full tracker window each show one.
class ActionItemsPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Scope
    {
        Document,
        Meetup,
        All
    };
    Q_ENUM(Scope)

    explicit ActionItemsPanel(QWidget *parent = nullptr);
    ~ActionItemsPanel() override;

    void setNotebook(Notebook *notebook);
    void setController(ActionsController *controller);
    /// Where "mine" comes from; asked for when "mine" is chosen and it is empty.
    void setSettings(AppSettings *settings);
    /// What "this document" and "this meetup" mean: 0 / nullopt for none.
    void setContext(qint64 documentId, std::optional<qint64> meetupId);
    /// The day deciding what is overdue and due this week (tests; invalid: the real today).
    void setToday(const QDate &today);

    void setScope(Scope scope);
    [[nodiscard]] Scope scope() const;
    void setQuickFilter(ActionItemsProxyModel::QuickFilter filter);

    /// Re-reads the actions in scope.
    void reload();

    [[nodiscard]] ActionItemsModel *model() const { return m_model; }
    [[nodiscard]] ActionItemsProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] QTableView *tableView() const { return m_table; }
    [[nodiscard]] QuickCaptureEdit *quickCapture() const { return m_capture; }
    [[nodiscard]] QComboBox *ownerFilter() const { return m_ownerFilter; }
    [[nodiscard]] QComboBox *statusFilter() const { return m_statusFilter; }
    [[nodiscard]] QString placeholderText() const;
    [[nodiscard]] ActionConflictBar *conflictBar() const { return m_conflictBar; }
    /// "N action edits waiting for the server", empty when none wait.
    [[nodiscard]] QString pendingText() const;

private:
    void updatePlaceholder();
    void updatePending();
    void updateOwnerChoices();
    void applyQuickFilter();
    [[nodiscard]] QDate today() const;

    QPointer<Notebook> m_notebook;
    QPointer<ActionsController> m_controller;
    QPointer<AppSettings> m_settings;
    qint64 m_documentId = 0;
    std::optional<qint64> m_meetupId;
    QDate m_today;
    ActionItemsModel *m_model;
    ActionItemsProxyModel *m_proxy;
    ActionItemDelegate *m_delegate;
    QComboBox *m_scope;
    QComboBox *m_quick;
    QComboBox *m_ownerFilter;
    QComboBox *m_statusFilter;
    ActionConflictBar *m_conflictBar;
    QTableView *m_table;
    QLabel *m_placeholder;
    QLabel *m_pending;
    QuickCaptureEdit *m_capture;
    QString m_loadError;
};

} // namespace debrief
