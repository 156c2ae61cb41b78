#pragma once

#include "actions/ownermatcher.h"
#include "model/actionitem.h"

#include <QDate>
#include <QList>
#include <QString>

namespace debrief {

/// What importing a file changes in its document's actions and text. It is TaskListSync's
/// plan with the rules of an import on top, because a file is an old copy of the text rather
/// than the text being edited:
/// - an unticked line never reopens a closed action: the box is most likely still empty only
///   because the action was closed in the tracker, and the line is ticked (or struck through)
///   in the notebook copy instead;
/// - a line written exactly as in the file imported last time says nothing new: the action
///   keeps what the tracker says (a due date, priority or owner changed there), and the line
///   is taken from the notebook copy, which the tracker keeps in step;
/// - a relative due date (`due:fri`) of an existing action keeps the stored date, since the
///   file says what it meant on the day it was first imported, not today;
/// - actions whose lines are gone are only listed; the caller decides whether to drop them.
struct TaskLineImport
{
    QList<ActionItem> creates;
    /// Existing actions with their new fields (revision unchanged, for the conflict check).
    QList<ActionItem> updates;
    /// Open task-line actions without a line, as stored.
    QList<ActionItem> missing;
    /// The file's body with the tracker's state written into its lines and every relative
    /// due date pinned to the date it stands for.
    QString body;

    /// @p existing are the document's task-line actions, @p notebookBody the document's text
    /// now and @p previousLines the file's task lines at the last import (taskLinesOf()).
    [[nodiscard]] static TaskLineImport plan(const QString &fileBody, const QList<ActionItem> &existing,
                                             const QDate &today, const OwnerMatcher &roster,
                                             const QString &notebookBody = {}, const QStringList &previousLines = {});
    /// The task lines of @p body as written.
    [[nodiscard]] static QStringList taskLinesOf(const QString &body, const QDate &today);
    /// Task-line actions in @p existing that have no line in @p body and are still open.
    [[nodiscard]] static QList<ActionItem> missingFrom(const QString &body, const QList<ActionItem> &existing,
                                                       const QDate &today, const OwnerMatcher &roster);
};

} // namespace debrief
