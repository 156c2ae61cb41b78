#include "actions/actionconflictbar.h"

#include "tracker/actionscontroller.h"

#include <QPushButton>

namespace debrief {

ActionConflictBar::ActionConflictBar(QWidget *parent)
    : ChoiceBar(parent)
{
    setObjectName(QStringLiteral("actionConflictBar"));
    keepMineButton()->setToolTip(tr("Save your change over the other version"));
    keepTheirsButton()->setToolTip(tr("Drop your change and keep the other version"));
    keepBothButton()->setToolTip(tr("Keep the other version and save yours as a new action beside it"));
    connect(this, &ChoiceBar::chosen, this, [this](Choice choice) {
        using Resolution = ActionResolver::Resolution;
        switch (choice) {
        case Choice::KeepMine:
            resolve(Resolution::KeepMine);
            break;
        case Choice::KeepTheirs:
            resolve(Resolution::KeepTheirs);
            break;
        case Choice::KeepBoth:
            resolve(Resolution::KeepBoth);
            break;
        }
    });
}

void ActionConflictBar::setController(ActionsController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller)
        connect(m_controller, &ActionsController::conflictsChanged, this, &ActionConflictBar::refresh);
    refresh();
}

void ActionConflictBar::refresh()
{
    const QList<ActionItem> conflicts = m_controller ? m_controller->conflicts() : QList<ActionItem>();
    if (conflicts.isEmpty()) {
        m_actionId = 0;
        hide();
        return;
    }
    const ActionItem &mine = conflicts.constFirst();
    m_actionId = mine.id;
    QString text = tr("Someone else changed the action “%1” while you edited it. Your change is kept here but "
                      "not saved. Which version should stay?")
                       .arg(mine.title);
    if (conflicts.size() > 1)
        text += QLatin1Char(' ') + tr("(%n more after this one)", nullptr, int(conflicts.size() - 1));
    setMessage(text);
    show();
}

void ActionConflictBar::resolve(ActionResolver::Resolution resolution)
{
    if (m_controller && m_actionId)
        m_controller->resolveConflict(m_actionId, resolution);
}

} // namespace debrief
