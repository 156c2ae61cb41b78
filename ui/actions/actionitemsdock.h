#pragma once

#include "actions/actionitemspanel.h"
#include "notebook/notebook.h"

#include <QDockWidget>

#include <optional>

class QAction;
class QTableView;

namespace debrief {

class ActionItemsModel;
class ActionsController;
class AppSettings;

/// The action-items dock: an ActionItemsPanel, plus the tracker's undo history. Its Undo and
/// Redo act only while the focus is in a tracker (the dock or the full view), so Ctrl+Z in
/// the editor keeps undoing text.
class ActionItemsDock : public QDockWidget
{
    Q_OBJECT
public:
    using Scope = ActionItemsPanel::Scope;

    explicit ActionItemsDock(QWidget *parent = nullptr);
    ~ActionItemsDock() override;

    void setNotebook(Notebook *notebook);
    void setSettings(AppSettings *settings);
    /// What "this document" and "this meetup" mean: 0 / nullopt for none.
    void setContext(qint64 documentId, std::optional<qint64> meetupId);

    void setScope(Scope scope);
    [[nodiscard]] Scope scope() const;

    /// Re-reads the actions in scope.
    void reload();

    [[nodiscard]] ActionItemsPanel *panel() const { return m_panel; }
    [[nodiscard]] ActionItemsModel *model() const;
    [[nodiscard]] QTableView *tableView() const;
    [[nodiscard]] ActionsController *controller() const { return m_controller; }
    /// Tracker Undo/Redo, for the Edit menu; add them to every widget that shows a tracker.
    [[nodiscard]] QAction *undoAction() const { return m_undo; }
    [[nodiscard]] QAction *redoAction() const { return m_redo; }
    /// Makes the tracker's Undo/Redo shortcuts work while the focus is inside @p widget.
    void routeUndoShortcuts(QWidget *widget);

private:
    ActionsController *m_controller;
    ActionItemsPanel *m_panel;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace debrief
