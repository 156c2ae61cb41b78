// Markdown task lines and the tracker in the running window, both ways: lines typed and
// saved become actions, ticking in the tracker ticks the box, editing or deleting the line
// updates or (after asking) drops the action, and undo in either place brings things back.
#include "actions/actionitemsdock.h"
#include "actions/actionitemsmodel.h"
#include "actions/tasklistbridge.h"
#include "editor/documenteditor.h"
#include "mainwindow/mainwindow.h"
#include "meetup/captureworkspace.h"
#include "notebook/notebookview.h"
#include "settings/appsettings.h"
#include "tracker/actionscontroller.h"
#include "uitestsupport.h"

#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using namespace debrief;

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

        // Deleting the line asks; "drop" drops the action.
        retypeLine(edit, 1, QString());
        QVERIFY(window.editor()->flush());
        QTRY_COMPARE(asked.size(), 1);
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
        answerDrop = false;
        retypeLine(edit, 1, QStringLiteral("Plain text now"));
        QVERIFY(window.editor()->flush());
        QTRY_COMPARE(asked.size(), 2);
        QTRY_VERIFY(!only(window, doc).fromTaskLine);
        QCOMPARE(only(window, doc).status, ActionStatus::Open);
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
