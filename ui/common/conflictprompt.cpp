#include "common/conflictprompt.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace debrief {

std::optional<DocumentAutosaver::Resolution> askConflictResolution(const QString &documentTitle, QWidget *parent)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("debrief::ConflictPrompt", "Changed Elsewhere"),
                    QCoreApplication::translate("debrief::ConflictPrompt",
                                                "“%1” was saved by someone else while you were editing it.")
                        .arg(documentTitle),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(QCoreApplication::translate(
        "debrief::ConflictPrompt", "Your edits are safe in the editor. Which version should the notebook keep?"));
    QPushButton *both =
        box.addButton(QCoreApplication::translate("debrief::ConflictPrompt", "Keep &Both"), QMessageBox::AcceptRole);
    both->setToolTip(QCoreApplication::translate(
        "debrief::ConflictPrompt", "Saves your text as a new document “… (my copy)” and shows their version here."));
    QPushButton *mine = box.addButton(QCoreApplication::translate("debrief::ConflictPrompt", "Keep &Mine"),
                                      QMessageBox::DestructiveRole);
    mine->setToolTip(QCoreApplication::translate("debrief::ConflictPrompt", "Saves your text over theirs."));
    QPushButton *theirs = box.addButton(QCoreApplication::translate("debrief::ConflictPrompt", "Keep &Theirs"),
                                        QMessageBox::DestructiveRole);
    theirs->setToolTip(
        QCoreApplication::translate("debrief::ConflictPrompt", "Discards your edits and shows their version."));
    box.addButton(QCoreApplication::translate("debrief::ConflictPrompt", "&Decide Later"), QMessageBox::RejectRole);
    box.setDefaultButton(both); // the choice that loses nothing
    box.exec();
    if (box.clickedButton() == both)
        return DocumentAutosaver::Resolution::KeepBoth;
    if (box.clickedButton() == mine)
        return DocumentAutosaver::Resolution::KeepMine;
    if (box.clickedButton() == theirs)
        return DocumentAutosaver::Resolution::KeepTheirs;
    return std::nullopt;
}

} // namespace debrief
