// Markdown task lines and the tracker in the running window, both ways: lines typed and
// saved become actions, ticking or editing in the tracker edits the line, editing or deleting
// the line updates or (after asking, once the line has stayed away) drops the action, cut and
// paste of a line asks nothing, and undo in either place brings things back.
#include "actions/actionitemsdock.h"
#include "actions/actionitemsmodel.h"
#include "actions/tasklistbridge.h"
#include "editor/documenteditor.h"
#include "mainwindow/mainwindow.h"
#include "meetup/captureworkspace.h"
#include "notebook/notebookview.h"
#include "notebook/notebookwatcher.h"
#include "settings/appsettings.h"
#include "tracker/actionscontroller.h"
#include "uitestsupport.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

#include <chrono>

using namespace debrief;
using namespace std::chrono_literals;

class TestActionsSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    static QList<ActionItem> actionsOf(MainWindow &window, qint64 documentId)
    {
        ActionItemRepository::Filter filter;
        filter.documentId = documentId;
        return window.notebook()->actionItems().list(filter).value();
    }

    static ActionItem only(MainWindow &window, qint64 documentId)
    {
        const auto items = actionsOf(window, documentId);
        return items.size() == 1 ? items.constFirst() : ActionItem{};
    }

    /// Replaces line @p line of the editor as the user would (one undoable edit).
    static void retypeLine(QPlainTextEdit *edit, int line, const QString &text)
    {
        QTextCursor cursor(edit->document()->findBlockByNumber(line));
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(text);
        edit->setTextCursor(cursor);
    }

    /// Cuts line @p line with its line break to the clipboard, as the user would.
    static void cutLine(QPlainTextEdit *edit, int line)
    {
        QTextCursor cursor(edit->document()->findBlockByNumber(line));
        cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor);
        edit->setTextCursor(cursor);
        edit->cut();
    }

    /// Pastes the clipboard at the start of line @p line.
    static void pasteAtLine(QPlainTextEdit *edit, int line)
    {
        edit->setTextCursor(QTextCursor(edit->document()->findBlockByNumber(line)));
        edit->paste();
    }

    static QString lineOf(QPlainTextEdit *edit, int line) { return edit->document()->findBlockByNumber(line).text(); }

    /// A window showing one document with @p body, whose task lines are already actions.
    /// Drop questions are recorded in asked and answered with answerDrop; the grace period
    /// is long enough never to pass by itself, so each test decides when it has passed.
    struct Session
    {
        std::unique_ptr<AppSettings> settings;
        std::unique_ptr<MainWindow> window;
        qint64 doc = 0;
        TaskListBridge *bridge = nullptr;
        QPlainTextEdit *edit = nullptr;
        QList<QString> asked;
        bool answerDrop = false;

        [[nodiscard]] QList<ActionItem> actions() const { return actionsOf(*window, doc); }
        [[nodiscard]] ActionItem action(const QString &title) const
        {
            for (const ActionItem &item : actions()) {
                if (item.title == title)
                    return item;
            }
            return {};
        }
    };

    std::unique_ptr<Session> openSession(const QString &body)
    {
        ++m_counter;
        auto session = std::make_unique<Session>();
        auto notebook = test::openNotebook(m_dir.filePath(QStringLiteral("nb-%1.sqlite").arg(m_counter)));
        if (!notebook)
            return nullptr;
        session->doc = test::addDocument(*notebook, QStringLiteral("Retry storm"), std::nullopt, body);
        session->settings =
            std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_counter)));
        session->window = std::make_unique<MainWindow>(std::move(notebook), *session->settings);
        session->window->editor()->setAutosaveDelay(600000); // saves only when flushed
        session->bridge = session->window->captureWorkspace()->taskListBridge();
        session->bridge->setDropGrace(1h);
        Session *raw = session.get();
        session->bridge->setDropQuestion([raw](const ActionItem &item) {
            raw->asked.append(item.title);
            return raw->answerDrop;
        });
        session->bridge->syncDocument(session->doc);
        session->window->show();
        if (!QTest::qWaitForWindowExposed(session->window.get()) ||
            !session->window->notebookView()->selectDocument(session->doc))
            return nullptr;
        if (!QTest::qWaitFor([&] { return session->window->editor()->documentId() == session->doc; }))
            return nullptr;
        session->edit = session->window->editor()->bodyEdit();
        return session;
    }

    static const QString &threeTasks()
    {
        static const QString body = QStringLiteral("# Follow-up\n"
                                                   "- [ ] Add jitter to retries @priya !high\n"
                                                   "- [ ] Write the runbook\n"
                                                   "- [ ] Page the vendor\n");
        return body;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void bothWays()
    {
        QVERIFY(m_dir.isValid());
        ++m_counter;
        const QString path = m_dir.filePath(QStringLiteral("nb-%1.sqlite").arg(m_counter));
        auto notebook = test::openNotebook(path);
        QVERIFY(notebook);
        const qint64 doc =
            test::addDocument(*notebook, QStringLiteral("Retry storm"), std::nullopt, QStringLiteral("# Follow-up\n"));
        AppSettings settings(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_counter)));
        MainWindow window(std::move(notebook), settings);
        window.editor()->setAutosaveDelay(600000); // saves only when flushed
        TaskListBridge *bridge = window.captureWorkspace()->taskListBridge();
        bridge->setDropGrace(1h); // passes only when the test says so
        QList<QString> asked;
        bool answerDrop = true;
        bridge->setDropQuestion([&](const ActionItem &item) {
            asked.append(item.title);
            return answerDrop;
        });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.notebookView()->selectDocument(doc));
        QTRY_COMPARE(window.editor()->documentId(), doc);
        QPlainTextEdit *edit = window.editor()->bodyEdit();

        // Typing a task line: nothing happens until the document is saved.
        edit->setFocus();
        edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(edit, QStringLiteral("- [ ] Add jitter to retries !high"));
        QTest::qWait(50);
        QCOMPARE(actionsOf(window, doc).size(), 0);
        QVERIFY(window.editor()->flush());
        QTRY_COMPARE(actionsOf(window, doc).size(), 1);
        ActionItem item = only(window, doc);
        QVERIFY(item.fromTaskLine);
        QCOMPARE(item.priority, ActionPriority::High);

        // Tick in the tracker: the box in the text is ticked.
        ActionItemsDock *dock = window.actionItemsDock();
        QTRY_COMPARE(dock->model()->rowCount(), 1);
        QVERIFY(
            dock->model()->setData(dock->model()->index(0, ActionItemsModel::StatusColumn), int(ActionStatus::Done)));
        QCOMPARE(only(window, doc).status, ActionStatus::Done);
        QCOMPARE(edit->document()->findBlockByNumber(1).text(), QStringLiteral("- [x] Add jitter to retries !high"));
        // Saved as usual, and the sync after the save changes nothing more.
        QVERIFY(window.editor()->flush());
        QTest::qWait(20);
        QCOMPARE(actionsOf(window, doc).size(), 1);
        QCOMPARE(only(window, doc).status, ActionStatus::Done);

        // Undo in the tracker unticks the box again.
        dock->controller()->undoStack()->undo();
        QCOMPARE(only(window, doc).status, ActionStatus::Open);
        QCOMPARE(edit->document()->findBlockByNumber(1).text(), QStringLiteral("- [ ] Add jitter to retries !high"));

        // Editing the line updates the same action.
        retypeLine(edit, 1, QStringLiteral("- [ ] Add full jitter to retries !urgent"));
        QVERIFY(window.editor()->flush());
        QTRY_COMPARE(only(window, doc).priority, ActionPriority::Urgent);
        QCOMPARE(actionsOf(window, doc).size(), 1);
        QCOMPARE(only(window, doc).title, QStringLiteral("Add full jitter to retries"));
        QCOMPARE(only(window, doc).id, item.id);

        // Deleting the line asks once the line has stayed away (here: the grace period is
        // made to pass at once); "drop" drops the action.
        retypeLine(edit, 1, QString());
        QVERIFY(window.editor()->flush());
        QTRY_VERIFY(bridge->pendingDrops().contains(item.id));
        QVERIFY(asked.isEmpty());
        bridge->flushPendingDrops();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.constFirst(), QStringLiteral("Add full jitter to retries"));
        QTRY_COMPARE(only(window, doc).status, ActionStatus::Dropped);

        // Undoing the deletion in the editor brings the same action back, no duplicate.
        edit->undo();
        QCOMPARE(edit->document()->findBlockByNumber(1).text(),
                 QStringLiteral("- [ ] Add full jitter to retries !urgent"));
        QVERIFY(window.editor()->flush());
        QTRY_COMPARE(only(window, doc).status, ActionStatus::Open);
        QCOMPARE(actionsOf(window, doc).size(), 1);

        // Deleting again and keeping it: the action stays open and stops following the text.
        // The line came back in between, so this is a new deletion and a new question.
        answerDrop = false;
        retypeLine(edit, 1, QStringLiteral("Plain text now"));
        QVERIFY(window.editor()->flush());
        QTRY_VERIFY(bridge->pendingDrops().contains(item.id));
        QCOMPARE(asked.size(), 1);
        bridge->flushPendingDrops();
        QCOMPARE(asked.size(), 2);
        QTRY_VERIFY(!only(window, doc).fromTaskLine);
        QCOMPARE(only(window, doc).status, ActionStatus::Open);
        QVERIFY(bridge->pendingDrops().isEmpty());
    }

    void aDeletedLineIsAskedAboutOnceAfterTheGrace()
    {
        const auto session = openSession(threeTasks());
        QVERIFY(session);
        QCOMPARE(session->actions().size(), 3);
        const ActionItem runbook = session->action(QStringLiteral("Write the runbook"));
        QVERIFY(runbook.fromTaskLine);

        // Deleted and saved: no question yet, the action waits.
        retypeLine(session->edit, 2, QStringLiteral("The runbook is someone else's now."));
        QVERIFY(session->window->editor()->flush());
        QTRY_COMPARE(session->bridge->pendingDrops(), QList<qint64>{runbook.id});
        QVERIFY(session->asked.isEmpty());
        QCOMPARE(session->action(runbook.title).status, ActionStatus::Open);

        // The grace period passes (the real timer, made short now that the line is gone).
        session->bridge->setDropGrace(1ms);
        QTRY_COMPARE(session->asked, QList<QString>{runbook.title});
        QVERIFY(session->bridge->pendingDrops().isEmpty());
        // "Keep it": still open, no longer following the text.
        QTRY_VERIFY(!session->action(runbook.title).fromTaskLine);
        QCOMPARE(session->action(runbook.title).status, ActionStatus::Open);

        // Later saves and flushes never ask about it again.
        session->bridge->setDropGrace(1h);
        retypeLine(session->edit, 2, QStringLiteral("The runbook is somebody else's now."));
        QVERIFY(session->window->editor()->flush());
        session->bridge->syncDocument(session->doc); // now, not whenever the queued one runs
        session->bridge->flushPendingDrops();
        QCOMPARE(session->asked.size(), 1);
        QCOMPARE(session->actions().size(), 3);
    }

    void noSecondQuestionWhileOneIsOpen()
    {
        const auto session = openSession(threeTasks());
        QVERIFY(session);
        const ActionItem runbook = session->action(QStringLiteral("Write the runbook"));
        int nested = 0;
        // While the question is open its event loop runs timers and saves: the grace timer or
        // another save settling pending drops must not ask about the same action again.
        session->bridge->setDropQuestion([&](const ActionItem &item) {
            session->asked.append(item.title);
            if (++nested == 1) {
                session->bridge->syncDocument(session->doc);
                session->bridge->flushPendingDrops();
            }
            return false;
        });
        retypeLine(session->edit, 2, QString());
        QVERIFY(session->window->editor()->flush());
        QTRY_COMPARE(session->bridge->pendingDrops(), QList<qint64>{runbook.id});
        session->bridge->flushPendingDrops();
        QCOMPARE(session->asked, QList<QString>{runbook.title});
        QTRY_VERIFY(!session->action(runbook.title).fromTaskLine);
        QVERIFY(session->bridge->pendingDrops().isEmpty());
    }

    void cutAndPasteAsksNothing()
    {
        const auto session = openSession(threeTasks());
        QVERIFY(session);
        const QList<ActionItem> before = session->actions();
        QCOMPARE(before.size(), 3);
        const ActionItem jitter = session->action(QStringLiteral("Add jitter to retries"));
        const QString jitterLine = lineOf(session->edit, 1);
        QCOMPARE(jitterLine, QStringLiteral("- [ ] Add jitter to retries @priya !high"));

        // Cut; an autosave runs before the paste.
        cutLine(session->edit, 1);
        QCOMPARE(lineOf(session->edit, 1), QStringLiteral("- [ ] Write the runbook"));
        QVERIFY(session->window->editor()->flush());
        QTRY_COMPARE(session->bridge->pendingDrops(), QList<qint64>{jitter.id});
        QVERIFY(session->asked.isEmpty());

        // Pasted below the other tasks and saved: the same action, nothing pending.
        pasteAtLine(session->edit, 3);
        QCOMPARE(lineOf(session->edit, 3), jitterLine);
        QVERIFY(session->window->editor()->flush());
        QTRY_VERIFY(session->bridge->pendingDrops().isEmpty());
        // Even once the grace period is over.
        session->bridge->flushPendingDrops();
        QVERIFY(session->asked.isEmpty());
        QCOMPARE(session->actions().size(), 3);
        const ActionItem after = session->action(jitter.title);
        QCOMPARE(after.id, jitter.id);
        QCOMPARE(after.status, ActionStatus::Open);
        QCOMPARE(after.priority, ActionPriority::High);
        QVERIFY(after.fromTaskLine);
    }

    void aPasteNotSavedYetStillCounts()
    {
        const auto session = openSession(threeTasks());
        QVERIFY(session);
        const ActionItem vendor = session->action(QStringLiteral("Page the vendor"));
        cutLine(session->edit, 3);
        QVERIFY(session->window->editor()->flush());
        QTRY_COMPARE(session->bridge->pendingDrops(), QList<qint64>{vendor.id});

        // The grace period ends after the paste but before the next autosave: the editor's
        // text is what counts.
        pasteAtLine(session->edit, 1);
        QCOMPARE(lineOf(session->edit, 1), QStringLiteral("- [ ] Page the vendor"));
        session->bridge->flushPendingDrops();
        QVERIFY(session->asked.isEmpty());
        QVERIFY(session->bridge->pendingDrops().isEmpty());
        QVERIFY(session->window->editor()->flush());
        session->bridge->syncDocument(session->doc); // now, not whenever the queued one runs
        QVERIFY(session->bridge->pendingDrops().isEmpty());
        QCOMPARE(session->actions().size(), 3);
        QCOMPARE(session->action(vendor.title).id, vendor.id);
        QCOMPARE(session->action(vendor.title).status, ActionStatus::Open);
    }

    void trackerTitleAndOwnerEditsReachTheText()
    {
        const auto session = openSession(threeTasks());
        QVERIFY(session);
        ActionItemsModel *model = session->window->actionItemsDock()->model();
        QTRY_COMPARE(model->rowCount(), 3);
        auto rowOf = [&](const QString &title) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, ActionItemsModel::TitleColumn).data().toString() == title)
                    return row;
            }
            return -1;
        };
        const ActionItem jitter = session->action(QStringLiteral("Add jitter to retries"));

        // Inline edits in the tracker, as the user makes them.
        const int row = rowOf(jitter.title);
        QVERIFY(row >= 0);
        QVERIFY(model->setData(model->index(row, ActionItemsModel::TitleColumn),
                               QStringLiteral("Add full jitter to retries")));
        QCOMPARE(lineOf(session->edit, 1), QStringLiteral("- [ ] Add full jitter to retries @priya !high"));
        QVERIFY(model->setData(
            model->index(rowOf(QStringLiteral("Add full jitter to retries")), ActionItemsModel::OwnerColumn),
            QStringLiteral("Ana Lima")));
        QCOMPARE(lineOf(session->edit, 1), QStringLiteral("- [ ] Add full jitter to retries @\"Ana Lima\" !high"));
        QVERIFY(model->setData(model->index(rowOf(QStringLiteral("Write the runbook")), ActionItemsModel::OwnerColumn),
                               QStringLiteral("will")));
        QCOMPARE(lineOf(session->edit, 2), QStringLiteral("- [ ] Write the runbook @will"));

        // The next save keeps the tracker's edits instead of reading the old text back.
        QVERIFY(session->window->editor()->flush());
        session->bridge->syncDocument(session->doc); // now, not whenever the queued one runs
        QCOMPARE(session->actions().size(), 3);
        const ActionItem after = session->action(QStringLiteral("Add full jitter to retries"));
        QCOMPARE(after.id, jitter.id);
        QCOMPARE(after.ownerText, QStringLiteral("Ana Lima"));
        QCOMPARE(session->action(QStringLiteral("Write the runbook")).ownerText, QStringLiteral("will"));
        QVERIFY(session->bridge->pendingDrops().isEmpty());

        // Removing the owner removes the token.
        QVERIFY(model->setData(model->index(rowOf(after.title), ActionItemsModel::OwnerColumn), QString()));
        QCOMPARE(lineOf(session->edit, 1), QStringLiteral("- [ ] Add full jitter to retries !high"));
        QVERIFY(session->window->editor()->flush());
        session->bridge->syncDocument(session->doc); // now, not whenever the queued one runs
        QVERIFY(session->action(after.title).ownerText.isEmpty());
        QVERIFY(session->asked.isEmpty());
    }

    void aTeammatesSaveIsLeftToTheirClient()
    {
        const auto session = openSession(threeTasks());
        QVERIFY(session);
        const QString path = m_dir.filePath(QStringLiteral("nb-%1.sqlite").arg(m_counter));
        Notebook &mine = *session->window->notebook();
        // A document not open here, whose task line is an action already.
        const qint64 other = test::addDocument(mine, QStringLiteral("Vendor call"), std::nullopt,
                                               QStringLiteral("- [ ] Ask for the SLA @kim\n"));
        session->bridge->syncDocument(other);
        QCOMPARE(actionsOf(*session->window, other).size(), 1);
        auto *watcher = mine.findChild<NotebookWatcher *>();
        QVERIFY(watcher);
        QSignalSpy polled(watcher, &NotebookWatcher::polled);
        const auto pollNow = [&] {
            const qsizetype before = polled.count();
            watcher->poll();
            return QTest::qWaitFor([&] { return polled.count() > before; }, 10000);
        };
        QVERIFY(pollNow()); // our own writes so far

        // A teammate's client replaces the line of the closed document with a new one (with a
        // relative due date) and adds a line to the open one.
        auto theirs = Notebook::openSqlite(path);
        QVERIFY(theirs.ok());
        Document edited = theirs.value()->documents().get(other).value();
        edited.body = QStringLiteral("- [ ] Remote task by A @kim due:fri\n");
        const auto saved = theirs.value()->documents().update(edited);
        QVERIFY(saved.ok());
        Document open = theirs.value()->documents().get(session->doc).value();
        open.body += QStringLiteral("- [ ] Remote line in the open document\n");
        QVERIFY(theirs.value()->documents().update(open).ok());
        QVERIFY(pollNow());
        QTRY_VERIFY(session->edit->toPlainText().contains(QStringLiteral("Remote line in the open document")));
        QTest::qWait(50); // a sync queued by the poll would have run by now

        // Their text stays as they saved it: no date pinned here, no revision added to race
        // their next save.
        const Document stored = mine.documents().get(other).value();
        QCOMPARE(stored.body, edited.body);
        QCOMPARE(stored.revision, saved.value().revision);
        // Their lines are for their client to sync: nothing created here, nothing asked.
        const QList<ActionItem> otherActions = actionsOf(*session->window, other);
        QCOMPARE(otherActions.size(), 1);
        QCOMPARE(otherActions.constFirst().title, QStringLiteral("Ask for the SLA"));
        QCOMPARE(otherActions.constFirst().status, ActionStatus::Open);
        QCOMPARE(session->actions().size(), 3);
        QVERIFY(session->bridge->pendingDrops().isEmpty());
        session->bridge->flushPendingDrops();
        QVERIFY(session->asked.isEmpty());

        // A save here still syncs the document it saved.
        session->edit->setFocus();
        session->edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(session->edit, QStringLiteral("- [ ] Typed here"));
        QVERIFY(session->window->editor()->flush());
        QTRY_VERIFY(session->action(QStringLiteral("Typed here")).id != 0);
    }

    void aClosedDocumentsStoredBodyIsTicked()
    {
        ++m_counter;
        const QString path = m_dir.filePath(QStringLiteral("nb-%1.sqlite").arg(m_counter));
        auto notebook = test::openNotebook(path);
        QVERIFY(notebook);
        const qint64 doc = test::addDocument(*notebook, QStringLiteral("Old postmortem"), std::nullopt,
                                             QStringLiteral("- [ ] Rotate keys @priya\n"));
        // A newer postmortem is what the window opens on a first start.
        QVERIFY(test::addDocument(*notebook, QStringLiteral("Newer postmortem")));
        AppSettings settings(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_counter)));
        MainWindow window(std::move(notebook), settings);
        window.captureWorkspace()->taskListBridge()->syncDocument(doc);
        QCOMPARE(actionsOf(window, doc).size(), 1);
        QVERIFY(window.editor()->documentId() != doc);
        ActionItem done = only(window, doc);
        done.status = ActionStatus::Done;
        QVERIFY(window.actionItemsDock()->controller()->edit(done));
        QCOMPARE(window.notebook()->documents().get(doc).value().body, QStringLiteral("- [x] Rotate keys @priya\n"));
        window.actionItemsDock()->controller()->undoStack()->undo();
        QCOMPARE(window.notebook()->documents().get(doc).value().body, QStringLiteral("- [ ] Rotate keys @priya\n"));
    }
};

QTEST_MAIN(TestActionsSync)
#include "test_actionssync.moc"
