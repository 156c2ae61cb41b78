#include "actions/actionitemsdock.h"

#include "actions/actionitemspanel.h"
#include "tracker/actionscontroller.h"

#include <QAction>
#include <QMessageBox>
#include <QUndoStack>

namespace debrief {

ActionItemsDock::ActionItemsDock(QWidget *parent)
    : QDockWidget(tr("Action Items"), parent)
    , m_controller(new ActionsController(this))
    , m_panel(new ActionItemsPanel(this))
    , m_undo(m_controller->undoStack()->createUndoAction(this, tr("Undo")))
    , m_redo(m_controller->undoStack()->createRedoAction(this, tr("Redo")))
{
    setObjectName(QStringLiteral("actionItemsDock"));
    m_panel->setController(m_controller);
    setWidget(m_panel);

    m_undo->setObjectName(QStringLiteral("actions.undo"));
    m_redo->setObjectName(QStringLiteral("actions.redo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo->setShortcuts(QKeySequence::Redo);
    routeUndoShortcuts(this);

    connect(m_controller, &ActionsController::failed, this, [this](const QString &message) {
        // Not modal: the table has already reloaded the stored state; this only says why.
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Action Items"),
            tr("The change could not be saved: %1\nThe table shows the stored state again.").arg(message),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("actionConflictMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

ActionItemsDock::~ActionItemsDock() = default;

void ActionItemsDock::routeUndoShortcuts(QWidget *widget)
{
    // Only while the focus is in @p widget: elsewhere the editor's own Ctrl+Z applies.
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    widget->addAction(m_undo);
    widget->addAction(m_redo);
}

void ActionItemsDock::setNotebook(Notebook *notebook)
{
    m_controller->setNotebook(notebook);
    m_panel->setNotebook(notebook);
}

void ActionItemsDock::setSettings(AppSettings *settings)
{
    m_panel->setSettings(settings);
}

void ActionItemsDock::setContext(qint64 documentId, std::optional<qint64> meetupId)
{
    m_panel->setContext(documentId, meetupId);
}

void ActionItemsDock::setScope(Scope scope)
{
    m_panel->setScope(scope);
}

ActionItemsDock::Scope ActionItemsDock::scope() const
{
    return m_panel->scope();
}

void ActionItemsDock::reload()
{
    m_panel->reload();
}

ActionItemsModel *ActionItemsDock::model() const
{
    return m_panel->model();
}

QTableView *ActionItemsDock::tableView() const
{
    return m_panel->tableView();
}

} // namespace debrief
