#include "editor/conflictbar.h"

#include <QPushButton>

namespace debrief {

ConflictBar::ConflictBar(QWidget *parent)
    : ChoiceBar(parent)
{
    setObjectName(QStringLiteral("conflictBar"));
    setMessage(tr("This document was saved elsewhere (by a team member or in another window) while you were "
                  "editing it. Your edits are kept here but not saved. Which version should stay?"));
    keepMineButton()->setToolTip(tr("Save your text over the other version"));
    keepTheirsButton()->setToolTip(tr("Drop your edits and show the other version (Undo brings yours back)"));
    keepBothButton()->setToolTip(tr("Save your text as a new document “… (my copy)” and show the other version here"));
    connect(this, &ChoiceBar::chosen, this, [this](Choice choice) {
        using Resolution = DocumentAutosaver::Resolution;
        switch (choice) {
        case Choice::KeepMine:
            Q_EMIT resolutionChosen(Resolution::KeepMine);
            break;
        case Choice::KeepTheirs:
            Q_EMIT resolutionChosen(Resolution::KeepTheirs);
            break;
        case Choice::KeepBoth:
            Q_EMIT resolutionChosen(Resolution::KeepBoth);
            break;
        }
    });
}

void ConflictBar::showConflict()
{
    show();
}

} // namespace debrief
