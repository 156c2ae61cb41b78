#pragma once

#include "editor/documenteditor.h"

#include "notebook/notebook.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QStatusBar;

namespace debrief {

/// The permanent parts of the status bar: whether the open document is saved, how many
/// action edits wait for the server, and how many actions of the notebook are open and overdue.
class StatusIndicators : public QObject
{
    Q_OBJECT
public:
    explicit StatusIndicators(QStatusBar *statusBar);

    void setNotebook(Notebook *notebook);
    void showSaveState(debrief::DocumentEditor::SaveState state, const QString &reason);
    /// Tracker edits kept while the server is away (none: the indicator hides).
    void showPendingActionEdits(int count);
    /// Recounts the notebook's actions.
    void updateCounts();

    [[nodiscard]] QString saveStateText() const;
    [[nodiscard]] QString countsText() const;
    [[nodiscard]] QString pendingActionEditsText() const;

private:
    QStatusBar *m_statusBar;
    QPointer<Notebook> m_notebook;
    QLabel *m_saveState;
    QLabel *m_pendingEdits;
    QLabel *m_counts;
};

} // namespace debrief
