#pragma once

#include "common/choicebar.h"
#include "tracker/actionresolver.h"

#include <QPointer>

namespace debrief {

class ActionsController;

/// The bar above the tracker table while an action edit meets a newer save by someone else.
/// It names the action, offers Keep Mine, Keep Theirs and Keep Both, and leaves the choice
/// to the controller; one conflict at a time, the rest counted.
class ActionConflictBar : public ChoiceBar
{
    Q_OBJECT
public:
    explicit ActionConflictBar(QWidget *parent = nullptr);

    void setController(ActionsController *controller);

private:
    void refresh();
    void resolve(ActionResolver::Resolution resolution);

    QPointer<ActionsController> m_controller;
    qint64 m_actionId = 0;
};

} // namespace debrief
