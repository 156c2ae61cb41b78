// The action-items table: overdue marking against an injected "today", sorting, owners.
#include "actions/actionitemsmodel.h"
#include "actions/actionitemsproxymodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace debrief;

namespace {

const QDate kToday(2025, 6, 15);

ActionItem makeItem(qint64 id, const QString &title, const QDate &due, ActionStatus status = ActionStatus::Open)
{
    ActionItem item;
    item.id = id;
    item.title = title;
    item.dueDate = due;
    item.status = status;
    item.ownerText = QStringLiteral("Priya");
    return item;
}

QList<qint64> idsInViewOrder(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(ActionItemsModel::IdRole).toLongLong();
    return ids;
}

} // namespace

class TestActionItemsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester()
    {
        ActionItemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setToday(kToday);
        model.setItems({makeItem(1, QStringLiteral("Add jitter"), kToday.addDays(-3)),
                        makeItem(2, QStringLiteral("Write runbook"), QDate())});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ActionItemsModel::ColumnCount));
        model.setToday(kToday.addDays(-10));
        model.setOwnerNames({{7, QStringLiteral("Someone")}});
        model.setItems({});
        QCOMPARE(model.rowCount(), 0);

        ActionItemsProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        model.setItems({makeItem(1, QStringLiteral("b"), kToday), makeItem(2, QStringLiteral("a"), QDate())});
        proxy.sort(ActionItemsModel::DueColumn);
        QCOMPARE(proxy.rowCount(), 2);
    }

    void marksOverdueRows_data()
    {
        QTest::addColumn<int>("dueOffset"); // days from today; 1000 for no due date
        QTest::addColumn<ActionStatus>("status");
        QTest::addColumn<bool>("overdue");

        QTest::newRow("due yesterday, open: overdue") << -1 << ActionStatus::Open << true;
        QTest::newRow("due last month, in progress: overdue") << -30 << ActionStatus::InProgress << true;
        QTest::newRow("due yesterday, blocked: overdue") << -1 << ActionStatus::Blocked << true;
        QTest::newRow("due yesterday, done: not overdue") << -1 << ActionStatus::Done << false;
        QTest::newRow("due yesterday, dropped: not overdue") << -1 << ActionStatus::Dropped << false;
        QTest::newRow("due today: not overdue") << 0 << ActionStatus::Open << false;
        QTest::newRow("due tomorrow: not overdue") << 1 << ActionStatus::Open << false;
        QTest::newRow("no due date: not overdue") << 1000 << ActionStatus::Open << false;
    }

    void marksOverdueRows()
    {
        QFETCH(int, dueOffset);
        QFETCH(ActionStatus, status);
        QFETCH(bool, overdue);

        const QDate due = dueOffset == 1000 ? QDate() : kToday.addDays(dueOffset);
        ActionItemsModel model;
        model.setToday(kToday);
        model.setItems({makeItem(1, QStringLiteral("Add jitter to retries"), due, status)});

        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(0, column);
            QCOMPARE(index.data(ActionItemsModel::OverdueRole).toBool(), overdue);
            const QVariant foreground = index.data(Qt::ForegroundRole);
            QCOMPARE(foreground.isValid(), overdue);
            if (overdue)
                QCOMPARE(foreground.value<QColor>(), ActionItemsModel::overdueColor());
        }
        const QModelIndex dueIndex = model.index(0, ActionItemsModel::DueColumn);
        QCOMPARE(!dueIndex.data(Qt::DecorationRole).value<QIcon>().isNull(), overdue);
        const QString tooltip = dueIndex.data(Qt::ToolTipRole).toString();
        if (overdue) {
            QVERIFY2(tooltip.startsWith(QStringLiteral("Overdue since ")), qPrintable(tooltip));
            QVERIFY2(tooltip.contains(QLocale().toString(due, QLocale::LongFormat)), qPrintable(tooltip));
        } else {
            QVERIFY2(!tooltip.contains(QStringLiteral("Overdue")), qPrintable(tooltip));
        }
        QCOMPARE(model.overdueCount(), overdue ? 1 : 0);
    }

    void todayDecidesWhatIsOverdue()
    {
        ActionItemsModel model;
        model.setToday(kToday);
        model.setItems({makeItem(1, QStringLiteral("Rotate keys"), kToday)});
        QVERIFY(!model.index(0, 0).data(ActionItemsModel::OverdueRole).toBool());
        model.setToday(kToday.addDays(1));
        QVERIFY(model.index(0, 0).data(ActionItemsModel::OverdueRole).toBool());
    }

    void sortsByDueDateWithUndatedLast_data()
    {
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("ascending: earliest first, undated last") << Qt::AscendingOrder << QList<qint64>{3, 4, 1, 2, 5};
        QTest::newRow("descending: latest first, undated still last")
            << Qt::DescendingOrder << QList<qint64>{1, 4, 3, 5, 2};
    }

    void sortsByDueDateWithUndatedLast()
    {
        QFETCH(Qt::SortOrder, order);
        QFETCH(QList<qint64>, expected);

        ActionItemsModel model;
        model.setToday(kToday);
        model.setItems({makeItem(1, QStringLiteral("in three days"), kToday.addDays(3)),
                        makeItem(2, QStringLiteral("undated A"), QDate()),
                        makeItem(3, QStringLiteral("yesterday"), kToday.addDays(-1)),
                        makeItem(4, QStringLiteral("tomorrow"), kToday.addDays(1)),
                        makeItem(5, QStringLiteral("undated B"), QDate())});
        ActionItemsProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ActionItemsModel::DueColumn, order);
        // Same due date (or none): the older action (lower id) first when ascending.
        QCOMPARE(idsInViewOrder(proxy), expected);
    }

    void sortsByPriorityAndTitle()
    {
        ActionItemsModel model;
        auto low = makeItem(1, QStringLiteral("beta"), QDate());
        low.priority = ActionPriority::Low;
        auto urgent = makeItem(2, QStringLiteral("Alpha"), QDate());
        urgent.priority = ActionPriority::Urgent;
        auto normal = makeItem(3, QStringLiteral("gamma"), QDate());
        model.setItems({low, urgent, normal});
        ActionItemsProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ActionItemsModel::PriorityColumn, Qt::DescendingOrder);
        QCOMPARE(idsInViewOrder(proxy), (QList<qint64>{2, 3, 1}));
        proxy.sort(ActionItemsModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(idsInViewOrder(proxy), (QList<qint64>{2, 1, 3}));
    }

    void showsOwnersFromTheRoster_data()
    {
        QTest::addColumn<QString>("ownerText");
        QTest::addColumn<qint64>("participantId");
        QTest::addColumn<QString>("expected");
        QTest::newRow("free text owner") << QStringLiteral("@priya") << qint64(0) << QStringLiteral("@priya");
        QTest::newRow("roster participant by id") << QString() << qint64(7) << QStringLiteral("Priya Raman");
        QTest::newRow("nobody") << QString() << qint64(0) << QStringLiteral("(nobody)");
    }

    void showsOwnersFromTheRoster()
    {
        QFETCH(QString, ownerText);
        QFETCH(qint64, participantId);
        QFETCH(QString, expected);
        ActionItem item = makeItem(1, QStringLiteral("Write the runbook"), QDate());
        item.ownerText = ownerText;
        if (participantId)
            item.ownerParticipantId = participantId;
        ActionItemsModel model;
        model.setOwnerNames({{7, QStringLiteral("Priya Raman")}});
        model.setItems({item});
        QCOMPARE(model.index(0, ActionItemsModel::OwnerColumn).data().toString(), expected);
    }

    void filtersRows_data()
    {
        QTest::addColumn<int>("quick"); // ActionItemsProxyModel::QuickFilter
        QTest::addColumn<QString>("ownerKey");
        QTest::addColumn<int>("status"); // -1 for any
        QTest::addColumn<QList<qint64>>("expected");
        using Q = ActionItemsProxyModel::QuickFilter;
        QTest::newRow("everything") << int(Q::All) << QString() << -1 << QList<qint64>{1, 2, 3, 4, 5, 6};
        QTest::newRow("open only") << int(Q::Open) << QString() << -1 << QList<qint64>{1, 3, 4, 5, 6};
        QTest::newRow("mine: by roster id and by free text")
            << int(Q::Mine) << QString() << -1 << QList<qint64>{1, 2, 6};
        QTest::newRow("overdue: open and past due") << int(Q::Overdue) << QString() << -1 << QList<qint64>{1};
        QTest::newRow("due this week: Monday to Sunday, open")
            << int(Q::DueThisWeek) << QString() << -1 << QList<qint64>{1, 3, 6};
        QTest::newRow("by owner José") << int(Q::All) << QStringLiteral("#8") << -1 << QList<qint64>{3, 5};
        QTest::newRow("by status blocked")
            << int(Q::All) << QString() << int(ActionStatus::Blocked) << QList<qint64>{5};
        QTest::newRow("combined: José and open") << int(Q::Open) << QStringLiteral("#8") << -1 << QList<qint64>{3, 5};
        QTest::newRow("combined: mine and status done")
            << int(Q::Mine) << QString() << int(ActionStatus::Done) << QList<qint64>{2};
    }

    void filtersRows()
    {
        QFETCH(int, quick);
        QFETCH(QString, ownerKey);
        QFETCH(int, status);
        QFETCH(QList<qint64>, expected);

        const QDate wednesday(2025, 6, 18);
        Participant priya;
        priya.id = 7;
        priya.displayName = QStringLiteral("Priya Raman");
        Participant jose;
        jose.id = 8;
        jose.displayName = QStringLiteral("José Fernández");
        auto owned = [](ActionItem item, std::optional<qint64> id, const QString &text) {
            item.ownerParticipantId = id;
            item.ownerText = text;
            return item;
        };
        ActionItemsModel model;
        model.setToday(wednesday);
        model.setRoster({priya, jose});
        model.setItems(
            {owned(makeItem(1, QStringLiteral("a"), wednesday.addDays(-1)), 7, QStringLiteral("Priya Raman")),
             owned(makeItem(2, QStringLiteral("b"), wednesday.addDays(-5), ActionStatus::Done), 7,
                   QStringLiteral("Priya Raman")),
             owned(makeItem(3, QStringLiteral("c"), wednesday.addDays(4)), 8, QStringLiteral("José")),
             owned(makeItem(4, QStringLiteral("d"), wednesday.addDays(5)), std::nullopt, QString()),
             owned(makeItem(5, QStringLiteral("e"), QDate(), ActionStatus::Blocked), 8, QStringLiteral("José")),
             owned(makeItem(6, QStringLiteral("f"), wednesday), std::nullopt, QStringLiteral("priya"))});
        ActionItemsProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        proxy.setMyName(QStringLiteral("Priya"));
        proxy.setQuickFilter(ActionItemsProxyModel::QuickFilter(quick));
        proxy.setOwnerKey(ownerKey);
        proxy.setStatusFilter(status < 0 ? std::nullopt : std::optional<ActionStatus>(ActionStatus(status)));
        proxy.sort(ActionItemsModel::TitleColumn);
        QCOMPARE(idsInViewOrder(proxy), expected);
    }

    void sortsOnEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QList<qint64>>("ascending");
        QTest::newRow("title") << int(ActionItemsModel::TitleColumn) << QList<qint64>{2, 3, 1};
        QTest::newRow("owner") << int(ActionItemsModel::OwnerColumn) << QList<qint64>{3, 1, 2};
        QTest::newRow("due") << int(ActionItemsModel::DueColumn) << QList<qint64>{2, 1, 3};
        QTest::newRow("status") << int(ActionItemsModel::StatusColumn) << QList<qint64>{1, 3, 2};
        QTest::newRow("priority") << int(ActionItemsModel::PriorityColumn) << QList<qint64>{2, 1, 3};
    }

    void sortsOnEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(QList<qint64>, ascending);
        ActionItem one = makeItem(1, QStringLiteral("gamma"), kToday.addDays(2));
        one.ownerText = QStringLiteral("Mei");
        ActionItem two = makeItem(2, QStringLiteral("Alpha"), kToday.addDays(1), ActionStatus::Done);
        two.ownerText = QStringLiteral("Will");
        two.priority = ActionPriority::Low;
        ActionItem three = makeItem(3, QStringLiteral("beta"), QDate(), ActionStatus::Blocked);
        three.ownerText = QStringLiteral("José");
        three.priority = ActionPriority::Urgent;
        ActionItemsModel model;
        model.setItems({one, two, three});
        ActionItemsProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(column, Qt::AscendingOrder);
        QCOMPARE(idsInViewOrder(proxy), ascending);
    }

    void editsAreRequestedNotWritten_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("title") << int(ActionItemsModel::TitleColumn) << QVariant(QStringLiteral("Add full jitter"))
                               << true;
        QTest::newRow("empty title refused")
            << int(ActionItemsModel::TitleColumn) << QVariant(QStringLiteral("  ")) << false;
        QTest::newRow("owner from the roster")
            << int(ActionItemsModel::OwnerColumn) << QVariant(QStringLiteral("priya raman")) << true;
        QTest::newRow("due date") << int(ActionItemsModel::DueColumn) << QVariant(kToday.addDays(7)) << true;
        QTest::newRow("due date cleared") << int(ActionItemsModel::DueColumn) << QVariant(QDate()) << true;
        QTest::newRow("status") << int(ActionItemsModel::StatusColumn) << QVariant(int(ActionStatus::Done)) << true;
        QTest::newRow("same priority is no edit")
            << int(ActionItemsModel::PriorityColumn) << QVariant(int(ActionPriority::Normal)) << false;
    }

    void editsAreRequestedNotWritten()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        Participant priya;
        priya.id = 7;
        priya.displayName = QStringLiteral("Priya Raman");
        ActionItemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setRoster({priya});
        model.setItems({makeItem(1, QStringLiteral("Add jitter"), kToday)});
        QVERIFY(model.flags(model.index(0, column)).testFlag(Qt::ItemIsEditable));
        QSignalSpy requested(&model, &ActionItemsModel::editRequested);
        QCOMPARE(model.setData(model.index(0, column), value), accepted);
        QCOMPARE(requested.count(), accepted ? 1 : 0);
        // The model shows the stored state until the caller sets the items again.
        QCOMPARE(model.item(0).title, QStringLiteral("Add jitter"));
        if (!accepted)
            return;
        const ActionItem edited = requested.constFirst().constFirst().value<ActionItem>();
        if (column == ActionItemsModel::OwnerColumn) {
            QCOMPARE(edited.ownerParticipantId, std::optional<qint64>(7));
            QCOMPARE(edited.ownerText, QStringLiteral("Priya Raman"));
        } else if (column == ActionItemsModel::DueColumn) {
            QCOMPARE(edited.dueDate, value.toDate());
        } else if (column == ActionItemsModel::StatusColumn) {
            QCOMPARE(edited.status, ActionStatus::Done);
        } else {
            QCOMPARE(edited.title, value.toString());
        }
    }

    void reloadingTheSameRowsKeepsThem()
    {
        ActionItemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setItems({makeItem(1, QStringLiteral("a"), kToday), makeItem(2, QStringLiteral("b"), kToday)});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setItems({makeItem(1, QStringLiteral("a2"), kToday), makeItem(2, QStringLiteral("b"), kToday)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("a2"));
        model.setItems({makeItem(2, QStringLiteral("b"), kToday)});
        QCOMPARE(reset.count(), 1);
    }

    void countsOpenAndOverdue()
    {
        ActionItemsModel model;
        model.setToday(kToday);
        model.setItems({makeItem(1, QStringLiteral("a"), kToday.addDays(-2)),
                        makeItem(2, QStringLiteral("b"), kToday.addDays(-2), ActionStatus::Done),
                        makeItem(3, QStringLiteral("c"), kToday.addDays(2)),
                        makeItem(4, QStringLiteral("d"), QDate(), ActionStatus::Blocked)});
        QCOMPARE(model.openCount(), 3);
        QCOMPARE(model.overdueCount(), 1);
    }
};

QTEST_MAIN(TestActionItemsModel)
#include "test_actionitemsmodel.moc"
