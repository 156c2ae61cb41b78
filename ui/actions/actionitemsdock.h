#pragma once

#include "notebook/notebook.h"

#include <QDockWidget>
#include <QPointer>

#include <optional>

class QComboBox;
class QLabel;
class QTableView;

namespace debrief {

class ActionItemsModel;
class ActionItemsProxyModel;

/// The action-items dock: the actions of the current document, of its meetup or of the
/// whole notebook, sortable, refreshed whenever the notebook's actions change. Read-only.
class ActionItemsDock : public QDockWidget
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

    explicit ActionItemsDock(QWidget *parent = nullptr);
    ~ActionItemsDock() override;

    void setNotebook(Notebook *notebook);
    /// What "this document" and "this meetup" mean: 0 / nullopt for none.
    void setContext(qint64 documentId, std::optional<qint64> meetupId);

    void setScope(Scope scope);
    [[nodiscard]] Scope scope() const;

    /// Re-reads the actions in scope.
    void reload();

    [[nodiscard]] ActionItemsModel *model() const { return m_model; }
    [[nodiscard]] QTableView *tableView() const { return m_table; }

private:
    void updatePlaceholder();

    QPointer<Notebook> m_notebook;
    qint64 m_documentId = 0;
    std::optional<qint64> m_meetupId;
    ActionItemsModel *m_model;
    ActionItemsProxyModel *m_proxy;
    QComboBox *m_scope;
    QTableView *m_table;
    QLabel *m_placeholder;
    QString m_loadError;
};

} // namespace debrief
