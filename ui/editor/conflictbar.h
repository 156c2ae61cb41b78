#pragma once

#include "notebook/documentautosaver.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace debrief {

/// The bar above a document that someone else saved while it had unsaved edits here. It
/// says what happened and offers the three ways out; nothing is written until one is
/// chosen, and typing carries on meanwhile. Not a dialog: a conflict found by an autosave
/// must not steal the keyboard in the middle of a sentence.
class ConflictBar : public QFrame
{
    Q_OBJECT
public:
    explicit ConflictBar(QWidget *parent = nullptr);

    void showConflict();

    [[nodiscard]] QPushButton *keepMineButton() const { return m_keepMine; }
    [[nodiscard]] QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    [[nodiscard]] QPushButton *keepBothButton() const { return m_keepBoth; }

Q_SIGNALS:
    void resolutionChosen(debrief::DocumentAutosaver::Resolution resolution);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_text;
    QPushButton *m_keepMine;
    QPushButton *m_keepTheirs;
    QPushButton *m_keepBoth;
    bool m_applying = false;
};

} // namespace debrief
