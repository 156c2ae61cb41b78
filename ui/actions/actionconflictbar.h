#pragma once

#include "tracker/actionresolver.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace debrief {

class ActionsController;

/// The bar above the tracker table while an action edit meets a newer save by someone else.
/// It names the action, offers Keep Mine, Keep Theirs and Keep Both, and leaves the choice
/// to the controller; one conflict at a time, the rest counted. Not a dialog, like the
/// editor's ConflictBar: a save found late must not take the keyboard away.
class ActionConflictBar : public QFrame
{
    Q_OBJECT
public:
    explicit ActionConflictBar(QWidget *parent = nullptr);

    void setController(ActionsController *controller);

    [[nodiscard]] QPushButton *keepMineButton() const { return m_keepMine; }
    [[nodiscard]] QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    [[nodiscard]] QPushButton *keepBothButton() const { return m_keepBoth; }
    [[nodiscard]] QString text() const;

private:
    void refresh();
    void resolve(ActionResolver::Resolution resolution);

    QPointer<ActionsController> m_controller;
    qint64 m_actionId = 0;
    QLabel *m_text;
    QPushButton *m_keepMine;
    QPushButton *m_keepTheirs;
    QPushButton *m_keepBoth;
};

} // namespace debrief
