#pragma once

#include "actions/ownermatcher.h"
#include "model/actionitem.h"
#include "model/document.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace debrief {

class Notebook;

/// Applies TaskListSync to the notebook: a saved document's task lines become tracked
/// actions (created and updated through the repository), and a tracker change is written back
/// into the text. Drops are only proposed; the caller asks the user and calls drop() or keep().
class TaskListSyncer
{
    Q_DECLARE_TR_FUNCTIONS(debrief::TaskListSyncer)
public:
    struct Outcome
    {
        int created = 0;
        int updated = 0;
        /// Open actions whose lines are gone (status still as stored).
        QList<ActionItem> proposedDrops;
        /// The body with relative due dates pinned; equal to the input when nothing changed.
        QString body;
        bool bodyChanged = false;
        /// Messages of writes that failed (conflicts with a tracker edit, ...).
        QStringList problems;
    };

    explicit TaskListSyncer(Notebook &notebook);

    /// Brings the tracker in line with @p document's task lines.
    Outcome sync(const Document &document, const QDate &today);
    /// Marks a proposed drop dropped.
    Result<ActionItem> drop(const ActionItem &item);
    /// Keeps the action although its line is gone: it no longer follows the text.
    Result<ActionItem> keep(const ActionItem &item);

    /// @p body with the line of the action that changed from @p before to @p after updated
    /// (box ticked, struck through, due date, priority); unchanged when no line matches.
    [[nodiscard]] QString bodyAfterChange(const QString &body, const ActionItem &before, const ActionItem &after,
                                          const QDate &today) const;

    /// The actions that follow @p documentId's task lines.
    [[nodiscard]] QList<ActionItem> taskActions(qint64 documentId) const;
    /// Whom owners in the text may name: everyone in the notebook.
    [[nodiscard]] OwnerMatcher roster() const;

private:
    Notebook &m_notebook;
};

} // namespace debrief
