// Inline edits in the tracker: editors per column, every change saved at once and undoable,
// Ctrl+Z routed by focus (tracker vs. text), conflicts reported and the row reloaded.
#include "actions/actionitemdelegate.h"
#include "actions/actionitemsdock.h"
#include "actions/actionitemsmodel.h"
#include "actions/actionitemspanel.h"
#include "actions/duedateedit.h"
#include "settings/appsettings.h"
#include "tracker/actionscontroller.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace debrief;

class TestActionsEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    std::unique_ptr<Notebook> m_notebook;
    qint64 m_itemId = 0;

    ActionItem stored() { return m_notebook->actionItems().get(m_itemId).value(); }

    /// The proxy index of the only action's @p column in @p dock.
    static QModelIndex cell(ActionItemsDock &dock, int column) { return dock.tableView()->model()->index(0, column); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void backspaceCorrectsTheDueDate()
    {
        DueDateEdit due;
        due.setDueDate(QDate(2025, 6, 20));
        due.show();
        due.setFocus();
        // A typo in the day is corrected digit by digit, not by losing the whole date.
        due.setCurrentSection(QDateTimeEdit::DaySection);
        QLineEdit *line = due.findChild<QLineEdit *>();
        QVERIFY(line);
        line->deselect();
        line->setCursorPosition(int(line->text().size()));
        QTest::keyClick(&due, Qt::Key_Backspace);
        QVERIFY(due.dueDate().isValid() || line->text().startsWith(QStringLiteral("2025-06-")));
        QTest::keyClick(&due, Qt::Key_1);
        QCOMPARE(due.dueDate(), QDate(2025, 6, 21));
        // Backspace over the whole date, like Delete, means "no due date".
        line->selectAll();
        QTest::keyClick(&due, Qt::Key_Backspace);
        QVERIFY(!due.dueDate().isValid());
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("nb-%1.sqlite").arg(++m_counter));
        m_notebook = test::openNotebook(m_path);
        QVERIFY(m_notebook);
        Participant priya;
        priya.displayName = QStringLiteral("Priya Raman");
        QVERIFY(m_notebook->participants().create(priya).ok());
        ActionItem item;
        item.title = QStringLiteral("Add jitter to retries");
        item.dueDate = QDate(2025, 6, 20);
        m_itemId = m_notebook->actionItems().create(item).value().id;
        QVERIFY(m_itemId);
    }

    void cleanup() { m_notebook.reset(); }

    void editorsWriteThroughTheDelegate_data()
    {
        QTest::addColumn<int>("column");
        QTest::newRow("owner with completion") << int(ActionItemsModel::OwnerColumn);
        QTest::newRow("due date cleared") << int(ActionItemsModel::DueColumn);
        QTest::newRow("status combo") << int(ActionItemsModel::StatusColumn);
        QTest::newRow("priority combo") << int(ActionItemsModel::PriorityColumn);
    }

    void editorsWriteThroughTheDelegate()
    {
        QFETCH(int, column);
        ActionItemsDock dock;
        dock.setNotebook(m_notebook.get());
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QTableView *table = dock.tableView();
        auto *delegate = qobject_cast<ActionItemDelegate *>(table->itemDelegate());
        QVERIFY(delegate);
        const QModelIndex index = cell(dock, column);
        QWidget *editor = delegate->createEditor(table->viewport(), QStyleOptionViewItem(), index);
        QVERIFY(editor);
        delegate->setEditorData(editor, index);
        const ActionItem before = stored();
        if (column == ActionItemsModel::OwnerColumn) {
            auto *edit = qobject_cast<QLineEdit *>(editor);
            QVERIFY(edit && edit->completer());
            edit->completer()->setCompletionPrefix(QStringLiteral("pri"));
            QCOMPARE(edit->completer()->currentCompletion(), QStringLiteral("Priya Raman"));
            edit->setText(QStringLiteral("Priya Raman"));
        } else if (column == ActionItemsModel::DueColumn) {
            auto *due = qobject_cast<DueDateEdit *>(editor);
            QVERIFY(due && due->calendarPopup());
            QCOMPARE(due->dueDate(), QDate(2025, 6, 20));
            due->setFocus();
            QTest::keyClick(due, Qt::Key_Delete);
            QVERIFY(!due->dueDate().isValid());
        } else {
            auto *combo = qobject_cast<QComboBox *>(editor);
            QVERIFY(combo);
            combo->setCurrentIndex(combo->findData(
                column == ActionItemsModel::StatusColumn ? int(ActionStatus::Blocked) : int(ActionPriority::High)));
        }
        delegate->setModelData(editor, table->model(), index);
        delete editor;

        const ActionItem after = stored();
        if (column == ActionItemsModel::OwnerColumn)
            QVERIFY(after.ownerParticipantId.has_value());
        else if (column == ActionItemsModel::DueColumn)
            QVERIFY(!after.dueDate.isValid());
        else if (column == ActionItemsModel::StatusColumn)
            QCOMPARE(after.status, ActionStatus::Blocked);
        else
            QCOMPARE(after.priority, ActionPriority::High);
        QCOMPARE(after.revision, before.revision + 1);

        // Undo and redo reach the database too.
        dock.controller()->undoStack()->undo();
        QCOMPARE(stored().ownerParticipantId, before.ownerParticipantId);
        QCOMPARE(stored().dueDate, before.dueDate);
        QCOMPARE(stored().status, before.status);
        QCOMPARE(stored().priority, before.priority);
        dock.controller()->undoStack()->redo();
        QCOMPARE(stored().status, after.status);
        QCOMPARE(stored().dueDate, after.dueDate);
        // The table shows the stored state after each step.
        QCOMPARE(dock.model()->item(0).revision, stored().revision);
        QCOMPARE(dock.model()->item(0).status, stored().status);
    }

    void ctrlZIsRoutedByFocus()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *text = new QPlainTextEdit(&window);
        auto *dock = new ActionItemsDock(&window);
        layout->addWidget(text);
        layout->addWidget(dock);
        dock->setNotebook(m_notebook.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QVERIFY(
            dock->model()->setData(dock->model()->index(0, ActionItemsModel::StatusColumn), int(ActionStatus::Done)));
        QCOMPARE(stored().status, ActionStatus::Done);

        // In the text, Ctrl+Z undoes typing and leaves the tracker alone.
        text->setFocus();
        QTest::keyClicks(text, QStringLiteral("notes"));
        QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(text->toPlainText(), QString());
        QCOMPARE(stored().status, ActionStatus::Done);

        // In the tracker, Ctrl+Z undoes the tracker edit.
        dock->tableView()->setFocus();
        QTRY_VERIFY(dock->tableView()->hasFocus());
        QTest::keyClick(dock->tableView(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored().status, ActionStatus::Open);
        QTest::keyClick(dock->tableView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored().status, ActionStatus::Done);
    }

    void aConflictIsReportedAndTheRowReloaded()
    {
        ActionItemsDock dock;
        dock.setNotebook(m_notebook.get());
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        // Someone else renames the action; the table still shows the old revision.
        ActionItem elsewhere = stored();
        elsewhere.title = QStringLiteral("Add full jitter to retries");
        QVERIFY(m_notebook->actionItems().update(elsewhere).ok());

        QVERIFY(dock.model()->setData(dock.model()->index(0, ActionItemsModel::PriorityColumn),
                                      int(ActionPriority::Urgent)));
        QCOMPARE(stored().priority, ActionPriority::Normal);
        QCOMPARE(stored().title, QStringLiteral("Add full jitter to retries"));
        QTRY_VERIFY(dock.findChild<QWidget *>(QStringLiteral("actionConflictMessage")));
        QCOMPARE(dock.model()->item(0).title, QStringLiteral("Add full jitter to retries"));
        QVERIFY(!dock.controller()->undoStack()->canUndo());
    }

    void theMineFilterFollowsMyName()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_counter)));
        ActionItem mine = stored();
        mine.ownerParticipantId = m_notebook->participants().list().value().constFirst().id;
        QVERIFY(m_notebook->actionItems().update(mine).ok());
        settings.setMyName(QStringLiteral("Priya Raman"));
        ActionItemsPanel panel;
        panel.setSettings(&settings);
        panel.setNotebook(m_notebook.get());
        panel.setQuickFilter(ActionItemsProxyModel::QuickFilter::Mine);
        QCOMPARE(panel.proxy()->rowCount(), 1);
        settings.setMyName(QStringLiteral("Will"));
        QCOMPARE(panel.proxy()->rowCount(), 0);
        QCOMPARE(panel.placeholderText(), QStringLiteral("No action items match the filters."));
    }
};

QTEST_MAIN(TestActionsEditing)
#include "test_actionsediting.moc"
