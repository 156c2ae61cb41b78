// Two people editing one action: a stale edit is kept as a conflict and resolved by Keep
// Mine, Keep Theirs or Keep Both; an edit made while the server is away waits in a queue and
// is written (or becomes a conflict) when it answers again. Never reported saved before it is.
#include "notebook/notebook.h"
#include "testnotebook.h"
#include "tracker/actionresolver.h"
#include "tracker/actionscontroller.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace debrief;
using Resolution = ActionResolver::Resolution;

class TestActionConflicts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Notebook> m_mine;
    std::unique_ptr<Notebook> m_theirs; // a second connection: the teammate
    ActionItem m_original;

    ActionItem stored(qint64 id) { return m_mine->actionItems().get(id).value(); }
    QList<ActionItem> all() { return m_mine->actionItems().list().value(); }

    /// The teammate's save: applies @p change to the stored action through their connection.
    void theyChange(const std::function<void(ActionItem &)> &change)
    {
        ActionItem item = m_theirs->actionItems().get(m_original.id).value();
        change(item);
        QVERIFY(m_theirs->actionItems().update(item).ok());
    }

    static Result<ActionItem> serverAway(const ActionItem &)
    {
        return StorageError(StorageError::Kind::Disconnected, QStringLiteral("The server cannot be reached."));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_mine = test::openNotebook(m_dir, QStringLiteral("nb-%1.sqlite").arg(++m_counter));
        QVERIFY(m_mine);
        const auto location = NotebookLocation::parse(m_mine->location());
        QVERIFY(location);
        auto theirs = Notebook::open(*location);
        DEBRIEF_VERIFY_OK(theirs);
        m_theirs = std::move(theirs).value();

        Meetup meetup;
        meetup.title = QStringLiteral("Failure Modes #12");
        const qint64 meetupId = m_mine->meetups().create(meetup).value().id;
        Document document;
        document.title = QStringLiteral("Retry storm");
        document.meetupId = meetupId;
        const qint64 documentId = m_mine->documents().create(document).value().id;
        ActionItem item;
        item.title = QStringLiteral("Add jitter to retries");
        item.ownerText = QStringLiteral("Priya");
        item.dueDate = QDate(2025, 6, 20);
        item.documentId = documentId;
        item.meetupId = meetupId;
        auto created = m_mine->actionItems().create(item);
        DEBRIEF_VERIFY_OK(created);
        m_original = created.value();
    }

    void cleanup()
    {
        m_theirs.reset();
        m_mine.reset();
    }

    void keepBothMarksTheCopyOnlyWhenTitlesMatch()
    {
        ActionItem theirs = m_original;
        theirs.status = ActionStatus::Done;
        ActionItem mine = m_original;
        mine.priority = ActionPriority::Urgent;
        const ActionItem copy = ActionResolver::keepBoth(theirs, mine);
        QCOMPARE(copy.id, 0);
        QCOMPARE(copy.title, QStringLiteral("Add jitter to retries (my copy)"));
        QCOMPARE(copy.priority, ActionPriority::Urgent);
        QCOMPARE(copy.status, ActionStatus::Open);
        QCOMPARE(copy.documentId, m_original.documentId);
        QCOMPARE(copy.meetupId, m_original.meetupId);

        theirs.title = QStringLiteral("Add full jitter to retries");
        QCOMPARE(ActionResolver::keepBoth(theirs, mine).title, QStringLiteral("Add jitter to retries"));

        const ActionItem update = ActionResolver::keepMine(theirs, mine);
        QCOMPARE(update.revision, theirs.revision);
        QCOMPARE(update.status, ActionStatus::Open);
        QCOMPARE(update.title, mine.title);
    }

    void aStaleEditBecomesAConflictResolvedByChoice_data()
    {
        QTest::addColumn<Resolution>("resolution");
        QTest::newRow("keep mine") << Resolution::KeepMine;
        QTest::newRow("keep theirs") << Resolution::KeepTheirs;
        QTest::newRow("keep both") << Resolution::KeepBoth;
    }

    void aStaleEditBecomesAConflictResolvedByChoice()
    {
        QFETCH(Resolution, resolution);
        ActionsController controller;
        controller.setNotebook(m_mine.get());
        QSignalSpy failed(&controller, &ActionsController::failed);
        theyChange([](ActionItem &item) { item.title = QStringLiteral("Add full jitter to retries"); });

        ActionItem edited = m_original; // what the table showed before their save
        edited.priority = ActionPriority::Urgent;
        edited.dueDate = QDate(2025, 7, 1);
        QVERIFY(!controller.edit(edited));
        QCOMPARE(controller.conflicts().size(), 1);
        QCOMPARE(stored(m_original.id).priority, ActionPriority::Normal); // nothing overwritten

        QVERIFY(controller.resolveConflict(m_original.id, resolution));
        QVERIFY(controller.conflicts().isEmpty());
        QCOMPARE(failed.count(), 0);
        const QList<ActionItem> rows = all();
        const ActionItem now = stored(m_original.id);
        switch (resolution) {
        case Resolution::KeepMine:
            QCOMPARE(rows.size(), 1);
            QCOMPARE(now.title, QStringLiteral("Add jitter to retries"));
            QCOMPARE(now.priority, ActionPriority::Urgent);
            QCOMPARE(now.dueDate, QDate(2025, 7, 1));
            // Undo brings theirs back.
            controller.undoStack()->undo();
            QCOMPARE(stored(m_original.id).title, QStringLiteral("Add full jitter to retries"));
            QCOMPARE(stored(m_original.id).priority, ActionPriority::Normal);
            break;
        case Resolution::KeepTheirs:
            QCOMPARE(rows.size(), 1);
            QCOMPARE(now.title, QStringLiteral("Add full jitter to retries"));
            QCOMPARE(now.priority, ActionPriority::Normal);
            break;
        case Resolution::KeepBoth: {
            QCOMPARE(rows.size(), 2);
            QCOMPARE(now.title, QStringLiteral("Add full jitter to retries"));
            QCOMPARE(now.priority, ActionPriority::Normal);
            const ActionItem copy = rows.at(0).id == m_original.id ? rows.at(1) : rows.at(0);
            QCOMPARE(copy.title, QStringLiteral("Add jitter to retries")); // already tells them apart
            QCOMPARE(copy.priority, ActionPriority::Urgent);
            QCOMPARE(copy.dueDate, QDate(2025, 7, 1));
            QCOMPARE(copy.documentId, m_original.documentId);
            QCOMPARE(copy.meetupId, m_original.meetupId);
            break;
        }
        }
    }

    void keepMineMeetsAThirdSaveAsAConflictAgain()
    {
        ActionsController controller;
        controller.setNotebook(m_mine.get());
        theyChange([](ActionItem &item) { item.status = ActionStatus::Blocked; });
        ActionItem edited = m_original;
        edited.priority = ActionPriority::High;
        QVERIFY(!controller.edit(edited));
        // The check between reading theirs and writing mine: a save in that gap is not lost.
        bool once = true;
        controller.setWriterForTesting([&](const ActionItem &update) -> Result<ActionItem> {
            if (std::exchange(once, false))
                theyChange([](ActionItem &item) { item.ownerText = QStringLiteral("José"); });
            return m_mine->actionItems().update(update);
        });
        QVERIFY(!controller.resolveConflict(m_original.id, Resolution::KeepMine));
        QCOMPARE(controller.conflicts().size(), 1);
        QCOMPARE(stored(m_original.id).ownerText, QStringLiteral("José"));
        QCOMPARE(stored(m_original.id).priority, ActionPriority::Normal);
        QVERIFY(controller.resolveConflict(m_original.id, Resolution::KeepMine));
        QCOMPARE(stored(m_original.id).priority, ActionPriority::High);
    }

    void aNewerSavedEditSettlesTheConflict()
    {
        ActionsController controller;
        controller.setNotebook(m_mine.get());
        theyChange([](ActionItem &item) { item.status = ActionStatus::Blocked; });
        ActionItem edited = m_original;
        edited.priority = ActionPriority::High;
        QVERIFY(!controller.edit(edited));
        QCOMPARE(controller.conflicts().size(), 1);
        // The user edits again, now on their version, and that is saved: the older kept
        // version must not come back through Keep Mine.
        ActionItem again = stored(m_original.id);
        again.dueDate = QDate(2026, 12, 24);
        QVERIFY(controller.edit(again));
        QVERIFY(controller.conflicts().isEmpty());
        QCOMPARE(stored(m_original.id).priority, ActionPriority::Normal);
    }

    void keepMineBringsBackAnActionTheyDeleted()
    {
        ActionsController controller;
        controller.setNotebook(m_mine.get());
        theyChange([](ActionItem &item) { item.title = QStringLiteral("Jitter"); });
        ActionItem edited = m_original;
        edited.priority = ActionPriority::High;
        QVERIFY(!controller.edit(edited));
        QVERIFY(m_theirs->actionItems().remove(m_original.id).ok());
        QVERIFY(controller.resolveConflict(m_original.id, Resolution::KeepMine));
        const QList<ActionItem> rows = all();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().title, QStringLiteral("Add jitter to retries"));
        QCOMPARE(rows.constFirst().priority, ActionPriority::High);
        QCOMPARE(rows.constFirst().documentId, m_original.documentId);
    }

    void anEditWhileTheServerIsAwayWaitsAndIsWrittenLater()
    {
        ActionsController controller;
        controller.setNotebook(m_mine.get());
        controller.setRetryDelay(60 * 60 * 1000); // retried when the test says so
        controller.setWriterForTesting(&TestActionConflicts::serverAway);
        QSignalSpy failed(&controller, &ActionsController::failed);
        QSignalSpy changed(&controller, &ActionsController::itemChanged);
        QSignalSpy pending(&controller, &ActionsController::pendingChanged);

        ActionItem edited = m_original;
        edited.status = ActionStatus::InProgress;
        QVERIFY(!controller.edit(edited)); // never reported as saved
        QCOMPARE(controller.pendingEdits().size(), 1);
        QCOMPARE(pending.constLast().constFirst().toInt(), 1);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!controller.undoStack()->canUndo());

        // A second edit of the same action, made on what the table shows (the waiting edit).
        ActionItem again = *controller.pendingEdit(m_original.id);
        again.priority = ActionPriority::High;
        QVERIFY(!controller.edit(again));
        QCOMPARE(controller.pendingEdits().size(), 1);
        QCOMPARE(controller.pendingEdit(m_original.id)->revision, m_original.revision);

        controller.retryPending(); // still away
        QCOMPARE(controller.pendingEdits().size(), 1);
        QCOMPARE(stored(m_original.id).status, ActionStatus::Open);

        controller.setWriterForTesting({}); // the server is back
        controller.setRetryDelay(20);
        controller.retryPending();
        QCOMPARE(controller.pendingEdits().size(), 0);
        QCOMPARE(pending.constLast().constFirst().toInt(), 0);
        QCOMPARE(stored(m_original.id).status, ActionStatus::InProgress);
        QCOMPARE(stored(m_original.id).priority, ActionPriority::High);
        QCOMPARE(changed.count(), 1);
        QVERIFY(controller.undoStack()->canUndo());
    }

    void theRetryTimerWritesWithoutBeingAsked()
    {
        ActionsController controller;
        controller.setNotebook(m_mine.get());
        controller.setRetryDelay(30);
        int refusals = 2;
        controller.setWriterForTesting([&](const ActionItem &update) -> Result<ActionItem> {
            if (refusals-- > 0)
                return serverAway(update);
            return m_mine->actionItems().update(update);
        });
        ActionItem edited = m_original;
        edited.ownerText = QStringLiteral("José");
        QVERIFY(!controller.edit(edited));
        QCOMPARE(controller.pendingEdits().size(), 1);
        QTRY_COMPARE(controller.pendingEdits().size(), 0);
        QCOMPARE(stored(m_original.id).ownerText, QStringLiteral("José"));
    }

    void aWaitingEditThatMeetsANewerSaveBecomesAConflict()
    {
        ActionsController controller;
        controller.setNotebook(m_mine.get());
        controller.setRetryDelay(60 * 60 * 1000);
        controller.setWriterForTesting(&TestActionConflicts::serverAway);
        ActionItem edited = m_original;
        edited.dueDate = QDate(2025, 8, 1);
        QVERIFY(!controller.edit(edited));
        theyChange([](ActionItem &item) { item.dueDate = QDate(2025, 9, 1); });

        controller.setWriterForTesting({});
        controller.retryPending();
        QCOMPARE(controller.pendingEdits().size(), 0);
        QCOMPARE(controller.conflicts().size(), 1);
        QCOMPARE(stored(m_original.id).dueDate, QDate(2025, 9, 1));
        QVERIFY(controller.resolveConflict(m_original.id, Resolution::KeepMine));
        QCOMPARE(stored(m_original.id).dueDate, QDate(2025, 8, 1));
    }
};

QTEST_GUILESS_MAIN(TestActionConflicts)
#include "test_actionconflicts.moc"
