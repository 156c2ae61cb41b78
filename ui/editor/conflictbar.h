#pragma once

#include "common/choicebar.h"
#include "notebook/documentautosaver.h"

namespace debrief {

/// The bar above a document that someone else saved while it had unsaved edits here. It
/// says what happened and offers the three ways out; nothing is written until one is
/// chosen, and typing carries on meanwhile.
class ConflictBar : public ChoiceBar
{
    Q_OBJECT
public:
    explicit ConflictBar(QWidget *parent = nullptr);

    void showConflict();

Q_SIGNALS:
    void resolutionChosen(debrief::DocumentAutosaver::Resolution resolution);
};

} // namespace debrief
