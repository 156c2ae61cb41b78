// A document's task lines and its tracked actions, kept in step through the notebook:
// created once, updated by edits, drops only proposed, tracker changes written back.
#include "notebook/notebook.h"
#include "testnotebook.h"
#include "tracker/tasklistsyncer.h"

#include <QStandardPaths>
#include <QTest>

using namespace debrief;

namespace {
const QDate kToday(2025, 6, 15); // a Sunday
}

class TestTaskListSyncer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Notebook> m_notebook;

    Document addDocument(const QString &body)
    {
        Document document;
        document.title = QStringLiteral("Retry storm");
        document.body = body;
        return m_notebook->documents().create(document).value();
    }

    QList<ActionItem> actionsOf(qint64 documentId)
    {
        ActionItemRepository::Filter filter;
        filter.documentId = documentId;
        return m_notebook->actionItems().list(filter).value();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_notebook = test::openNotebook(m_dir, QStringLiteral("nb-%1.sqlite").arg(++m_counter));
        QVERIFY(m_notebook);
        Participant priya;
        priya.displayName = QStringLiteral("Priya Sharma");
        QVERIFY(m_notebook->participants().create(priya).ok());
    }

    void cleanup() { m_notebook.reset(); }

    void createsOnceAndNeverDuplicates()
    {
        Document document = addDocument(QStringLiteral("# Actions\n- [ ] Add jitter @priya due:2025-06-20 !high\n"
                                                       "- [x] Write the runbook\n"));
        TaskListSyncer syncer(*m_notebook);
        auto outcome = syncer.sync(document, kToday);
        QCOMPARE(outcome.created, 2);
        auto items = actionsOf(document.id);
        QCOMPARE(items.size(), 2);
        for (const ActionItem &item : items)
            QVERIFY(item.fromTaskLine);
        const auto jitter = std::find_if(items.cbegin(), items.cend(),
                                         [](const ActionItem &i) { return i.title == QLatin1String("Add jitter"); });
        QVERIFY(jitter != items.cend());
        QVERIFY(jitter->ownerParticipantId.has_value());
        QCOMPARE(jitter->priority, ActionPriority::High);

        // Reloading the same text, and reordering it, changes nothing.
        outcome = syncer.sync(document, kToday);
        QCOMPARE(outcome.created + outcome.updated, 0);
        document.body = QStringLiteral("- [x] Write the runbook\n- [ ] Add jitter @priya due:2025-06-20 !high\n");
        outcome = syncer.sync(document, kToday);
        QCOMPARE(outcome.created + outcome.updated, 0);
        QCOMPARE(actionsOf(document.id).size(), 2);
    }

    void editedLinesUpdateTheirAction_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<ActionStatus>("status");
        QTest::addColumn<QString>("title");
        QTest::newRow("ticked") << QStringLiteral("- [x] Add jitter") << ActionStatus::Done
                                << QStringLiteral("Add jitter");
        QTest::newRow("struck through") << QStringLiteral("- [ ] ~~Add jitter~~") << ActionStatus::Dropped
                                        << QStringLiteral("Add jitter");
        QTest::newRow("reworded") << QStringLiteral("- [ ] Add more jitter") << ActionStatus::Open
                                  << QStringLiteral("Add more jitter");
    }

    void editedLinesUpdateTheirAction()
    {
        QFETCH(QString, line);
        QFETCH(ActionStatus, status);
        QFETCH(QString, title);
        Document document = addDocument(QStringLiteral("- [ ] Add jitter\n"));
        TaskListSyncer syncer(*m_notebook);
        QCOMPARE(syncer.sync(document, kToday).created, 1);
        document.body = line + QLatin1Char('\n');
        const auto outcome = syncer.sync(document, kToday);
        QCOMPARE(outcome.created, 0);
        QCOMPARE(outcome.updated, 1);
        const auto items = actionsOf(document.id);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.constFirst().status, status);
        QCOMPARE(items.constFirst().title, title);
    }

    void aDeletedLineIsOnlyProposedForDropping()
    {
        Document document = addDocument(QStringLiteral("- [ ] Add jitter\n- [ ] Write the runbook\n"));
        TaskListSyncer syncer(*m_notebook);
        QCOMPARE(syncer.sync(document, kToday).created, 2);
        document.body = QStringLiteral("- [ ] Write the runbook\n");
        auto outcome = syncer.sync(document, kToday);
        QCOMPARE(outcome.proposedDrops.size(), 1);
        QCOMPARE(outcome.proposedDrops.constFirst().title, QStringLiteral("Add jitter"));
        QCOMPARE(outcome.proposedDrops.constFirst().status, ActionStatus::Open);

        // Kept: it stays open and no longer follows the text.
        QVERIFY(syncer.keep(outcome.proposedDrops.constFirst()).ok());
        outcome = syncer.sync(document, kToday);
        QVERIFY(outcome.proposedDrops.isEmpty());
        QCOMPARE(actionsOf(document.id).size(), 2);
    }

    void droppingAndUndoingTheDeletion()
    {
        Document document = addDocument(QStringLiteral("- [ ] Add jitter\n"));
        TaskListSyncer syncer(*m_notebook);
        QCOMPARE(syncer.sync(document, kToday).created, 1);
        document.body = QString();
        auto outcome = syncer.sync(document, kToday);
        QCOMPARE(outcome.proposedDrops.size(), 1);
        QVERIFY(syncer.drop(outcome.proposedDrops.constFirst()).ok());
        QCOMPARE(actionsOf(document.id).constFirst().status, ActionStatus::Dropped);

        // The line comes back (undo in the editor): the same action reopens, no duplicate.
        document.body = QStringLiteral("- [ ] Add jitter\n");
        outcome = syncer.sync(document, kToday);
        QCOMPARE(outcome.created, 0);
        QCOMPARE(actionsOf(document.id).size(), 1);
        QCOMPARE(actionsOf(document.id).constFirst().status, ActionStatus::Open);
    }

    void pinsRelativeDueDates()
    {
        Document document = addDocument(QStringLiteral("- [ ] Add jitter due:fri\n"));
        TaskListSyncer syncer(*m_notebook);
        const auto outcome = syncer.sync(document, kToday);
        QVERIFY(outcome.bodyChanged);
        QCOMPARE(outcome.body, QStringLiteral("- [ ] Add jitter due:2025-06-20\n"));
    }

    void writesTrackerChangesIntoTheText()
    {
        Document document = addDocument(QStringLiteral("Intro\n- [ ] Add jitter @priya\n- [ ] Write the runbook\n"));
        TaskListSyncer syncer(*m_notebook);
        QCOMPARE(syncer.sync(document, kToday).created, 2);
        ActionItem before;
        for (const ActionItem &item : actionsOf(document.id)) {
            if (item.title == QLatin1String("Add jitter"))
                before = item;
        }
        ActionItem after = before;
        after.status = ActionStatus::Done;
        QCOMPARE(syncer.bodyAfterChange(document.body, before, after, kToday),
                 QStringLiteral("Intro\n- [x] Add jitter @priya\n- [ ] Write the runbook\n"));
        // Not from a task line: the text is left alone.
        before.fromTaskLine = false;
        QCOMPARE(syncer.bodyAfterChange(document.body, before, after, kToday), document.body);
    }
};

QTEST_GUILESS_MAIN(TestTaskListSyncer)
#include "test_tasklistsyncer.moc"
