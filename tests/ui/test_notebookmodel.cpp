// The notebook tree: structure, live updates from the notebook's signals, and the view's
// filter and selection handling.
#include "notebook/notebookmodel.h"
#include "notebook/notebookview.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace debrief;

namespace {

/// The tree as text: "Group[child, child] | Meetup[...]" using titles, in row order.
QString describe(const QAbstractItemModel &model)
{
    QStringList tops;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex top = model.index(row, 0);
        QStringList children;
        for (int child = 0; child < model.rowCount(top); ++child)
            children << model.index(child, 0, top).data(NotebookModel::TitleRole).toString();
        tops << top.data(NotebookModel::TitleRole).toString() + QLatin1Char('[') + children.join(QStringLiteral(", ")) +
                    QLatin1Char(']');
    }
    return tops.join(QStringLiteral(" | "));
}

} // namespace

class TestNotebookModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_notebook = test::openNotebook(m_dir.filePath(QStringLiteral("notebook-%1.sqlite").arg(++m_counter)));
        QVERIFY(m_notebook);
        // Created oldest first, so "newest first" means the same by start and by creation.
        m_firstMeetup = test::addMeetup(*m_notebook, QStringLiteral("Failure Modes #1"),
                                        QDateTime(QDate(2025, 3, 6), QTime(18, 30)));
        m_secondMeetup = test::addMeetup(*m_notebook, QStringLiteral("Failure Modes #2"),
                                         QDateTime(QDate(2025, 4, 3), QTime(18, 30)));
        m_loosePostmortem = test::addDocument(*m_notebook, QStringLiteral("Checkout outage"));
        test::addDocument(*m_notebook, QStringLiteral("Reading: Release It!"));
        m_notes = test::addDocument(*m_notebook, QStringLiteral("Evening notes"), m_firstMeetup);
        m_talk = test::addDocument(*m_notebook, QStringLiteral("Talk: retry storms"), m_firstMeetup);
        QVERIFY(m_firstMeetup && m_secondMeetup && m_loosePostmortem && m_notes && m_talk);
    }

    void cleanup() { m_notebook.reset(); }

    void structureFollowsTheNotebook_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("expected");

        const QString group = QStringLiteral("Documents[Checkout outage, Reading: Release It!]");
        const QString first = QStringLiteral("Failure Modes #1[Evening notes, Talk: retry storms]");
        const QString second = QStringLiteral("Failure Modes #2[]");
        const QString sep = QStringLiteral(" | ");

        QTest::newRow("initial tree: group first, then meetups newest first")
            << QString() << group + sep + second + sep + first;
        QTest::newRow("add a loose document")
            << QStringLiteral("add-loose")
            << QStringLiteral("Documents[Action review, Checkout outage, Reading: Release It!]") + sep + second + sep +
                   first;
        QTest::newRow("add a document to a meetup")
            << QStringLiteral("add-to-meetup")
            << group + sep + QStringLiteral("Failure Modes #2[Panel notes]") + sep + first;
        QTest::newRow("remove a loose document")
            << QStringLiteral("remove-loose")
            << QStringLiteral("Documents[Reading: Release It!]") + sep + second + sep + first;
        QTest::newRow("remove a meetup's document")
            << QStringLiteral("remove-from-meetup")
            << group + sep + second + sep + QStringLiteral("Failure Modes #1[Talk: retry storms]");
        QTest::newRow("rename a document, announced as one saved document")
            << QStringLiteral("rename-document-saved")
            << group + sep + second + sep +
                   QStringLiteral("Failure Modes #1[Evening notes (edited), Talk: retry storms]");
        QTest::newRow("rename a document, announced as a list change")
            << QStringLiteral("rename-document-list")
            << group + sep + second + sep +
                   QStringLiteral("Failure Modes #1[Evening notes (edited), Talk: retry storms]");
        QTest::newRow("move a loose document into a meetup")
            << QStringLiteral("move-into-meetup")
            << QStringLiteral("Documents[Reading: Release It!]") + sep +
                   QStringLiteral("Failure Modes #2[Checkout outage]") + sep + first;
        QTest::newRow("add a meetup") << QStringLiteral("add-meetup")
                                      << group + sep + QStringLiteral("Failure Modes #3[]") + sep + second + sep +
                                             first;
        QTest::newRow("rename a meetup") << QStringLiteral("rename-meetup")
                                         << group + sep + second + sep +
                                                QStringLiteral(
                                                    "Failure Modes #1: Retries[Evening notes, Talk: retry storms]");
        QTest::newRow("remove a meetup: its documents become loose")
            << QStringLiteral("remove-meetup")
            << QStringLiteral("Documents[Checkout outage, Evening notes, Reading: Release It!, Talk: retry storms]") +
                   sep + second;
    }

    void structureFollowsTheNotebook()
    {
        QFETCH(QString, operation);
        QFETCH(QString, expected);

        NotebookModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setNotebook(m_notebook.get());
        QCOMPARE(model.rowCount(), 3);

        apply(operation);
        QCOMPARE(describe(model), expected);
        checkParentsAndRoles(model);
    }

    void documentChangedUpdatesOnlyThatRow()
    {
        NotebookModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setNotebook(m_notebook.get());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        apply(QStringLiteral("rename-document-saved"));

        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        const QModelIndex index = changed.first().at(0).toModelIndex();
        QCOMPARE(index, model.indexForDocument(m_notes));
        QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("Evening notes (edited)"));
    }

    void meetupRowsShowTheirDate()
    {
        NotebookModel model;
        model.setNotebook(m_notebook.get());
        const QModelIndex meetup = model.indexForMeetup(m_firstMeetup);
        const QString display = meetup.data(Qt::DisplayRole).toString();
        // The date comes first so that long titles cannot push it out of sight.
        QVERIFY2(display.startsWith(QLocale().toString(QDate(2025, 3, 6), QLocale::ShortFormat)), qPrintable(display));
        QVERIFY2(display.endsWith(QStringLiteral("Failure Modes #1")), qPrintable(display));
    }

    void filterKeepsTheParentsOfMatches_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("expected");
        QTest::newRow("document title shows its meetup")
            << QStringLiteral("retry") << QStringLiteral("Failure Modes #1[Talk: retry storms]");
        QTest::newRow("case does not matter")
            << QStringLiteral("CHECKOUT") << QStringLiteral("Documents[Checkout outage]");
        QTest::newRow("meetup title shows all its documents")
            << QStringLiteral("modes #1") << QStringLiteral("Failure Modes #1[Evening notes, Talk: retry storms]");
        QTest::newRow("nothing matches") << QStringLiteral("kubernetes") << QString();
    }

    void filterKeepsTheParentsOfMatches()
    {
        QFETCH(QString, filter);
        QFETCH(QString, expected);
        NotebookView view;
        view.setNotebook(m_notebook.get());
        view.filterEdit()->setText(filter);
        QCOMPARE(describe(*view.treeView()->model()), expected);
    }

    void selectionSurvivesReloads()
    {
        NotebookView view;
        view.setNotebook(m_notebook.get());
        QSignalSpy activated(&view, &NotebookView::documentActivated);
        QVERIFY(view.selectDocument(m_talk));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toLongLong(), m_talk);
        QCOMPARE(view.currentMeetupId(), std::optional<qint64>(m_firstMeetup));

        // Another document arrives: the tree resets, the selection stays on the same document.
        test::addDocument(*m_notebook, QStringLiteral("Another talk"), m_firstMeetup);
        m_notebook->notifyDocumentsChanged();
        QCOMPARE(view.currentDocumentId(), m_talk);
        QCOMPARE(view.treeView()->model()->rowCount(view.treeView()->currentIndex().parent()), 3);
    }

    void collapsedMeetupsStayCollapsed()
    {
        NotebookView view;
        view.setNotebook(m_notebook.get());
        auto *tree = view.treeView();
        QModelIndex meetup = tree->model()->index(2, 0); // Failure Modes #1
        QCOMPARE(meetup.data(NotebookModel::IdRole).toLongLong(), m_firstMeetup);
        QVERIFY(tree->isExpanded(meetup));
        tree->collapse(meetup);

        m_notebook->notifyMeetupsChanged();
        meetup = tree->model()->index(2, 0);
        QVERIFY(!tree->isExpanded(meetup));
        QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
    }

private:
    void apply(const QString &operation)
    {
        Notebook &nb = *m_notebook;
        if (operation.isEmpty())
            return;
        if (operation == QLatin1String("add-loose")) {
            QVERIFY(test::addDocument(nb, QStringLiteral("Action review")));
            nb.notifyDocumentsChanged();
        } else if (operation == QLatin1String("add-to-meetup")) {
            QVERIFY(test::addDocument(nb, QStringLiteral("Panel notes"), m_secondMeetup));
            nb.notifyDocumentsChanged();
        } else if (operation == QLatin1String("remove-loose")) {
            QVERIFY(nb.documents().remove(m_loosePostmortem).ok());
            nb.notifyDocumentsChanged();
        } else if (operation == QLatin1String("remove-from-meetup")) {
            QVERIFY(nb.documents().remove(m_notes).ok());
            nb.notifyDocumentsChanged();
        } else if (operation.startsWith(QLatin1String("rename-document"))) {
            auto document = nb.documents().get(m_notes);
            QVERIFY(document.ok());
            document.value().title = QStringLiteral("Evening notes (edited)");
            QVERIFY(nb.documents().update(document.value()).ok());
            if (operation.endsWith(QLatin1String("saved")))
                nb.notifyDocumentChanged(m_notes);
            else
                nb.notifyDocumentsChanged();
        } else if (operation == QLatin1String("move-into-meetup")) {
            auto document = nb.documents().get(m_loosePostmortem);
            QVERIFY(document.ok());
            document.value().meetupId = m_secondMeetup;
            QVERIFY(nb.documents().update(document.value()).ok());
            nb.notifyDocumentChanged(m_loosePostmortem);
        } else if (operation == QLatin1String("add-meetup")) {
            QVERIFY(
                test::addMeetup(nb, QStringLiteral("Failure Modes #3"), QDateTime(QDate(2025, 5, 1), QTime(18, 30))));
            nb.notifyMeetupsChanged();
        } else if (operation == QLatin1String("rename-meetup")) {
            auto meetup = nb.meetups().get(m_firstMeetup);
            QVERIFY(meetup.ok());
            meetup.value().title = QStringLiteral("Failure Modes #1: Retries");
            QVERIFY(nb.meetups().update(meetup.value()).ok());
            nb.notifyMeetupsChanged();
        } else if (operation == QLatin1String("remove-meetup")) {
            QVERIFY(nb.meetups().remove(m_firstMeetup).ok());
            nb.notifyMeetupsChanged();
            nb.notifyDocumentsChanged();
        } else {
            QFAIL(qPrintable(QStringLiteral("unknown operation ") + operation));
        }
    }

    static void checkParentsAndRoles(const NotebookModel &model)
    {
        using NodeType = NotebookModel::NodeType;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex top = model.index(row, 0);
            QVERIFY(!top.parent().isValid());
            const auto type = NodeType(top.data(NotebookModel::NodeTypeRole).toInt());
            QCOMPARE(type, row == 0 ? NodeType::DocumentGroup : NodeType::Meetup);
            for (int child = 0; child < model.rowCount(top); ++child) {
                const QModelIndex document = model.index(child, 0, top);
                QCOMPARE(document.parent(), top);
                QCOMPARE(NodeType(document.data(NotebookModel::NodeTypeRole).toInt()), NodeType::Document);
                const qint64 id = document.data(NotebookModel::IdRole).toLongLong();
                QCOMPARE(model.indexForDocument(id), document);
            }
        }
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Notebook> m_notebook;
    qint64 m_firstMeetup = 0;
    qint64 m_secondMeetup = 0;
    qint64 m_loosePostmortem = 0;
    qint64 m_notes = 0;
    qint64 m_talk = 0;
};

QTEST_MAIN(TestNotebookModel)
#include "test_notebookmodel.moc"
