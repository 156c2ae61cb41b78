// Inline edits in the tracker: editors per column, every change saved at once and undoable,
// Ctrl+Z routed by focus (tracker vs. text), a conflict resolved by Keep Mine / Theirs / Both,
// an edit kept and shown while the server is away.
#include "actions/actionconflictbar.h"
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
#include <QPushButton>
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

    void aConflictingEditOffersTheThreeChoices_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::newRow("keep mine") << QStringLiteral("mine");
        QTest::newRow("keep theirs") << QStringLiteral("theirs");
        QTest::newRow("keep both") << QStringLiteral("both");
    }

    void aConflictingEditOffersTheThreeChoices()
    {
        QFETCH(QString, choice);
        ActionItemsDock dock;
        dock.setNotebook(m_notebook.get());
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        ActionConflictBar *bar = dock.panel()->conflictBar();
        QVERIFY(bar->isHidden());
        // Someone else renames the action (a second connection, as a teammate would); the
        // table still shows the old revision.
        auto theirs = Notebook::openSqlite(m_path);
        QVERIFY(theirs.ok());
        ActionItem elsewhere = theirs.value()->actionItems().get(m_itemId).value();
        elsewhere.title = QStringLiteral("Add full jitter to retries");
        QVERIFY(theirs.value()->actionItems().update(elsewhere).ok());

        QVERIFY(dock.model()->setData(dock.model()->index(0, ActionItemsModel::PriorityColumn),
                                      int(ActionPriority::Urgent)));
        QCOMPARE(stored().priority, ActionPriority::Normal); // nothing written over theirs
        QCOMPARE(stored().title, QStringLiteral("Add full jitter to retries"));
        QVERIFY(bar->isVisible());
        QVERIFY(bar->message().contains(QStringLiteral("Add jitter to retries")));
        QVERIFY(!dock.findChild<QWidget *>(QStringLiteral("actionConflictMessage")));

        QPushButton *button = choice == QLatin1String("mine")     ? bar->keepMineButton()
                              : choice == QLatin1String("theirs") ? bar->keepTheirsButton()
                                                                  : bar->keepBothButton();
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(bar->isHidden());
        const QList<ActionItem> rows = m_notebook->actionItems().list().value();
        if (choice == QLatin1String("mine")) {
            QCOMPARE(rows.size(), 1);
            QCOMPARE(stored().title, QStringLiteral("Add jitter to retries"));
            QCOMPARE(stored().priority, ActionPriority::Urgent);
            QVERIFY(dock.controller()->undoStack()->canUndo()); // Undo brings theirs back
        } else if (choice == QLatin1String("theirs")) {
            QCOMPARE(rows.size(), 1);
            QCOMPARE(stored().title, QStringLiteral("Add full jitter to retries"));
            QCOMPARE(stored().priority, ActionPriority::Normal);
        } else {
            QCOMPARE(rows.size(), 2);
            QCOMPARE(stored().title, QStringLiteral("Add full jitter to retries"));
            QCOMPARE(stored().priority, ActionPriority::Normal);
            const ActionItem copy = rows.at(0).id == m_itemId ? rows.at(1) : rows.at(0);
            QCOMPARE(copy.title, QStringLiteral("Add jitter to retries"));
            QCOMPARE(copy.priority, ActionPriority::Urgent);
        }
        QCOMPARE(dock.model()->rowCount(), int(rows.size()));
    }

    void anEditWaitsVisiblyWhileTheServerIsAway()
    {
        ActionItemsDock dock;
        dock.setNotebook(m_notebook.get());
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        ActionsController *controller = dock.controller();
        controller->setRetryDelay(60 * 60 * 1000); // retried when the test says so
        controller->setWriterForTesting([](const ActionItem &) -> Result<ActionItem> {
            return StorageError(StorageError::Kind::Disconnected, QStringLiteral("The server cannot be reached."));
        });
        QVERIFY(dock.panel()->pendingText().isEmpty());
        QVERIFY(
            dock.model()->setData(dock.model()->index(0, ActionItemsModel::PriorityColumn), int(ActionPriority::High)));
        QCOMPARE(stored().priority, ActionPriority::Normal);
        QVERIFY(dock.panel()->pendingText().contains(QStringLiteral("waiting for the server")));
        QVERIFY(dock.panel()->pendingText().startsWith(QLatin1Char('1')));
        QCOMPARE(dock.model()->item(0).priority, ActionPriority::High); // shown as made
        QVERIFY(!dock.findChild<QWidget *>(QStringLiteral("actionConflictMessage")));

        controller->setWriterForTesting({});
        controller->retryPending();
        QCOMPARE(stored().priority, ActionPriority::High);
        QVERIFY(dock.panel()->pendingText().isEmpty());
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
