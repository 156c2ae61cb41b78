// Undoable tracker edits: every edit, undo and redo reaches the database, conflicts are
// refused and reported, never written over another save.
#include "notebook/notebook.h"
#include "testnotebook.h"
#include "tracker/actionscontroller.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace debrief;

class TestActionsController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Notebook> m_notebook;

    ActionItem stored(qint64 id) { return m_notebook->actionItems().get(id).value(); }

    qint64 addMeetup()
    {
        Meetup meetup;
        meetup.title = QStringLiteral("Failure Modes #12");
        return m_notebook->meetups().create(meetup).value().id;
    }

    ActionItem addItem(const QString &title)
    {
        ActionItem item;
        item.title = title;
        item.ownerText = QStringLiteral("Priya");
        item.dueDate = QDate(2025, 6, 20);
        auto created = m_notebook->actionItems().create(item);
        return created.ok() ? created.value() : ActionItem{};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_notebook = test::openNotebook(m_dir, QStringLiteral("nb-%1.sqlite").arg(++m_counter));
        QVERIFY(m_notebook);
    }

    void cleanup() { m_notebook.reset(); }

    void editUndoRedoRoundTrip_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("title") << QStringLiteral("title");
        QTest::newRow("owner as free text") << QStringLiteral("owner");
        QTest::newRow("due date") << QStringLiteral("due");
        QTest::newRow("due date cleared") << QStringLiteral("clear-due");
        QTest::newRow("status done sets completion") << QStringLiteral("status");
        QTest::newRow("priority") << QStringLiteral("priority");
    }

    void editUndoRedoRoundTrip()
    {
        QFETCH(QString, field);
        const ActionItem original = addItem(QStringLiteral("Add jitter to retries"));
        QVERIFY(original.id);
        ActionsController controller;
        controller.setNotebook(m_notebook.get());
        QSignalSpy changed(&controller, &ActionsController::itemChanged);

        ActionItem edited = original;
        if (field == QLatin1String("title"))
            edited.title = QStringLiteral("Add full jitter to retries");
        else if (field == QLatin1String("owner"))
            edited.ownerText = QStringLiteral("José");
        else if (field == QLatin1String("due"))
            edited.dueDate = QDate(2025, 7, 1);
        else if (field == QLatin1String("clear-due"))
            edited.dueDate = QDate();
        else if (field == QLatin1String("status"))
            edited.status = ActionStatus::Done;
        else
            edited.priority = ActionPriority::Urgent;

        QVERIFY(controller.edit(edited));
        const auto sameFields = [](const ActionItem &a, const ActionItem &b) {
            return a.title == b.title && a.ownerText == b.ownerText && a.dueDate == b.dueDate && a.status == b.status &&
                   a.priority == b.priority;
        };
        QVERIFY(sameFields(stored(original.id), edited));
        QCOMPARE(stored(original.id).completedAt.isValid(), edited.status == ActionStatus::Done);
        QCOMPARE(changed.count(), 1);
        QVERIFY(controller.undoStack()->canUndo());

        controller.undoStack()->undo();
        QVERIFY(sameFields(stored(original.id), original));
        QVERIFY(!stored(original.id).completedAt.isValid());
        QCOMPARE(changed.count(), 2);
        QVERIFY(sameFields(changed.last().at(1).value<ActionItem>(), original));

        controller.undoStack()->redo();
        QVERIFY(sameFields(stored(original.id), edited));
        QCOMPARE(changed.count(), 3);
    }

    void aStaleEditIsAConflictKeptForTheUser()
    {
        const ActionItem original = addItem(QStringLiteral("Rotate the keys"));
        ActionItem elsewhere = original;
        elsewhere.title = QStringLiteral("Rotate the signing keys");
        QVERIFY(m_notebook->actionItems().update(elsewhere).ok());

        ActionsController controller;
        controller.setNotebook(m_notebook.get());
        QSignalSpy conflicts(&controller, &ActionsController::conflictsChanged);
        QSignalSpy reload(m_notebook.get(), &Notebook::actionItemsChanged);
        ActionItem edited = original; // the revision the user saw is outdated
        edited.status = ActionStatus::Done;
        QVERIFY(!controller.edit(edited));
        QCOMPARE(conflicts.count(), 1);
        // Nothing written, nothing lost: the edit waits for Keep Mine / Theirs / Both.
        QCOMPARE(controller.conflicts().size(), 1);
        QCOMPARE(controller.conflicts().constFirst().status, ActionStatus::Done);
        QVERIFY(reload.count() >= 1);
        QCOMPARE(stored(original.id).title, QStringLiteral("Rotate the signing keys"));
        QCOMPARE(stored(original.id).status, ActionStatus::Open);
        QVERIFY(!controller.undoStack()->canUndo());
    }

    void undoAfterAnotherSaveIsRefused()
    {
        const ActionItem original = addItem(QStringLiteral("Write the runbook"));
        ActionsController controller;
        controller.setNotebook(m_notebook.get());
        ActionItem edited = original;
        edited.priority = ActionPriority::High;
        QVERIFY(controller.edit(edited));

        ActionItem elsewhere = stored(original.id);
        elsewhere.title = QStringLiteral("Write the on-call runbook");
        QVERIFY(m_notebook->actionItems().update(elsewhere).ok());

        QSignalSpy conflicts(&controller, &ActionsController::conflictsChanged);
        controller.undoStack()->undo();
        QCOMPARE(conflicts.count(), 1);
        QCOMPARE(controller.conflicts().constFirst().priority, ActionPriority::Normal); // the undo, kept
        QCOMPARE(stored(original.id).priority, ActionPriority::High);
        QCOMPARE(stored(original.id).title, QStringLiteral("Write the on-call runbook"));
        // The refused step is gone from the history.
        QCOMPARE(controller.undoStack()->count(), 0);
    }

    void createIsUndoable()
    {
        ActionsController controller;
        controller.setNotebook(m_notebook.get());
        QuickCapture capture =
            QuickCaptureParser::parse(u"Add jitter @priya due:fri !high", QDate(2025, 6, 15) /* a Sunday */);
        const qint64 meetup = addMeetup();
        auto created = controller.create(ActionsController::itemFor(capture, CaptureTarget{std::nullopt, meetup}));
        QVERIFY(created);
        QCOMPARE(stored(created->id).dueDate, QDate(2025, 6, 20));
        QCOMPARE(stored(created->id).priority, ActionPriority::High);
        QCOMPARE(stored(created->id).meetupId, std::optional<qint64>(meetup));
        controller.undoStack()->undo();
        QCOMPARE(m_notebook->actionItems().list().value().size(), 0);
        controller.undoStack()->redo();
        QCOMPARE(m_notebook->actionItems().list().value().size(), 1);
        QCOMPARE(m_notebook->actionItems().list().value().constFirst().title, QStringLiteral("Add jitter"));
    }

    void addsUnknownOwnersToTheMeetupRoster()
    {
        ActionsController controller;
        controller.setNotebook(m_notebook.get());
        const qint64 meetup = addMeetup();
        auto added = controller.addToRoster(QStringLiteral("Ana Lima"), meetup);
        QVERIFY(added.ok());
        const auto roster = m_notebook->meetups().roster(meetup).value();
        QCOMPARE(roster.size(), 1);
        QCOMPARE(roster.constFirst().participant.displayName, QStringLiteral("Ana Lima"));
        QCOMPARE(roster.constFirst().role, MeetupRole::Attendee);
    }

    void settingANotebookClearsTheHistory()
    {
        const ActionItem original = addItem(QStringLiteral("Tune the breaker"));
        ActionsController controller;
        controller.setNotebook(m_notebook.get());
        ActionItem edited = original;
        edited.status = ActionStatus::Blocked;
        QVERIFY(controller.edit(edited));
        controller.setNotebook(nullptr);
        QCOMPARE(controller.undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestActionsController)
#include "test_actionscontroller.moc"
