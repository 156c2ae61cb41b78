// The action-items table: overdue marking against an injected "today", sorting, owners.
#include "actions/actionitemsmodel.h"
#include "actions/actionitemsproxymodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
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
