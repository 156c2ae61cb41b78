#pragma once

#include "actions/taskline.h"
#include "model/actionitem.h"

#include <QList>
#include <QString>

namespace debrief {

/// A task line found in a document body.
struct DocumentTask
{
    /// Zero-based line number in the body.
    int line = 0;
    TaskLine task;
};

/// What to change in the tracker so that it agrees with a document's task lines.
struct TaskListSyncPlan
{
    /// Where each task line's action is: an existing item, or one of the creates.
    struct Link
    {
        int line = 0;
        qint64 itemId = 0;    ///< 0 for a line that creates a new action
        int createIndex = -1; ///< index into creates, or -1
    };

    /// New actions for lines no existing action matches (documentId left for the caller).
    QList<ActionItem> creates;
    /// Existing actions with the fields their lines now say (revision unchanged, for the
    /// repository's conflict check).
    QList<ActionItem> updates;
    /// Open actions whose lines are gone, proposed as Dropped; the UI asks before saving.
    QList<ActionItem> closes;
    QList<Link> links;
    /// The body with relative due dates ("due:fri") pinned to ISO dates, so that the text
    /// still means the same day next week.
    QString body;
    bool bodyChanged = false;

    [[nodiscard]] bool isEmpty() const
    {
        return creates.isEmpty() && updates.isEmpty() && closes.isEmpty() && !bodyChanged;
    }
};

/// Keeps a document's Markdown task lines and its tracked actions in step, both ways.
///
/// There is no hidden marker in the text: a line and an action are the same when their
/// normalised titles (case, accents, emphasis and spacing ignored) are equal and their owners
/// agree; then when the titles alone are equal (the owner was changed); then, for lines that
/// were edited, by the most similar remaining title above a threshold. Each action matches at
/// most one line, so reordering, reloading or importing the same text again never creates
/// duplicates. In very long lists edited all at once (beyond a few hundred lines), an edited
/// line is only compared with the actions created near its position. Only actions that came
/// from task lines should be passed in as @p existing.
/// A field the line does not state (no due:, no priority) keeps the tracker's value; the
/// status always follows the line: `[x]` done, `~~title~~` dropped, `[ ]` not done (a closed
/// action reopens, so undoing a deleted line brings its action back).
class TaskListSync
{
public:
    /// Every task line with a title, outside front matter and fenced code blocks.
    [[nodiscard]] static QList<DocumentTask> findTasks(QStringView body, const QDate &today,
                                                       const OwnerMatcher &roster = OwnerMatcher());

    [[nodiscard]] static TaskListSyncPlan plan(const QString &body, const QList<ActionItem> &existing,
                                               const QDate &today, const OwnerMatcher &roster = OwnerMatcher());

    /// Writes a tracker change to @p changed into the body: ticks or unticks its box, strikes
    /// a dropped title through, and updates its title, owner, due date and priority on the
    /// line, so that the next plan() of the text agrees with the tracker. @p existing are the
    /// document's actions as they were before the change (the line is found by the old title
    /// and owner). Returns the body unchanged when no line matches.
    [[nodiscard]] static QString applyToBody(const QString &body, const QList<ActionItem> &existing,
                                             const ActionItem &changed, const QDate &today,
                                             const OwnerMatcher &roster = OwnerMatcher());

    /// The title as compared: folded, Markdown emphasis and trailing full stops removed.
    [[nodiscard]] static QString titleKey(QStringView title);
    /// Similarity of two title keys from 0 (nothing alike) to 1 (equal).
    [[nodiscard]] static double similarity(const QString &a, const QString &b);

    /// Lines at least this similar may be the same action after an edit.
    static constexpr double fuzzyThreshold = 0.6;
};

} // namespace debrief
