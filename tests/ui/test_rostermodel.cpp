// The roster model and dock: edits saved through the repositories, people added and removed,
// CSV imports with bad rows reported by line, duplicates merged, and the meetup's rule.
#include "roster/rosterdock.h"
#include "roster/rosterimportreport.h"
#include "roster/rostermodel.h"
#include "roster/rosterpersonform.h"
#include "testnotebook.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace debrief;

namespace {

qint64 makeMeetup(Notebook &notebook)
{
    Meetup meetup;
    meetup.title = QStringLiteral("Failure modes #12");
    return notebook.meetups().create(meetup).value().id;
}

Participant person(const QString &name, const QString &email = {})
{
    Participant p;
    p.displayName = name;
    if (!email.isEmpty())
        p.aliases.append({AliasKind::Email, email});
    return p;
}

/// The stored order of aliases is the repository's: compare lists as sets.
QStringList sortedItems(const QString &shown)
{
    QStringList items = RosterModel::splitList(shown);
    items.sort();
    return items;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

} // namespace

class RosterModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("DEBRIEF_NO_MODAL_ERRORS", "1");
    }

    void passesTheModelTester()
    {
        QTemporaryDir dir;
        auto notebook = test::openNotebook(dir);
        QVERIFY(notebook);
        const qint64 meetupId = makeMeetup(*notebook);
        RosterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setNotebook(notebook.get());
        model.setMeetup(meetupId);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.addPerson(person(QStringLiteral("Priya Sharma")), MeetupRole::Speaker), 0);
        QCOMPARE(model.addPerson(person(QStringLiteral("Will Turner")), MeetupRole::Attendee), 1);
        QVERIFY(model.setData(model.index(0, RosterModel::AliasesColumn), QStringLiteral("Pri; PS")));
        QVERIFY(model.removeRows(1, 1));
        QCOMPARE(model.rowCount(), 1);
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(RosterModel::ColumnCount));
    }

    void editsPersist_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("display name") << int(RosterModel::NameColumn)
                                      << QVariant(QStringLiteral("  Priya   S. Sharma "))
                                      << QStringLiteral("Priya S. Sharma");
        QTest::newRow("role by storage name") << int(RosterModel::RoleColumn) << QVariant(QStringLiteral("organiser"))
                                              << displayName(MeetupRole::Organiser);
        QTest::newRow("affiliation") << int(RosterModel::AffiliationColumn) << QVariant(QStringLiteral("Acme Payments"))
                                     << QStringLiteral("Acme Payments");
        QTest::newRow("aliases as a list")
            << int(RosterModel::AliasesColumn) << QVariant(QStringLiteral("Pri;; PS ;")) << QStringLiteral("Pri; PS");
        QTest::newRow("handles lose their @")
            << int(RosterModel::HandlesColumn) << QVariant(QStringLiteral("@priya_s; ps"))
            << QStringLiteral("priya_s; ps");
        QTest::newRow("e-mails") << int(RosterModel::EmailsColumn) << QVariant(QStringLiteral("priya@acme.example"))
                                 << QStringLiteral("priya@acme.example");
        QTest::newRow("profile URLs") << int(RosterModel::UrlsColumn)
                                      << QVariant(QStringLiteral("https://github.com/priya\nhttps://x.com/priya"))
                                      << QStringLiteral("https://github.com/priya; https://x.com/priya");
    }

    void editsPersist()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(QString, shown);
        QTemporaryDir dir;
        auto notebook = test::openNotebook(dir);
        QVERIFY(notebook);
        const qint64 meetupId = makeMeetup(*notebook);
        RosterModel model;
        model.setNotebook(notebook.get());
        model.setMeetup(meetupId);
        QCOMPARE(model.addPerson(person(QStringLiteral("Priya Sharma")), MeetupRole::Speaker), 0);
        QVERIFY(model.setData(model.index(0, column), value));
        QCOMPARE(sortedItems(model.index(0, column).data().toString()), sortedItems(shown));

        // Another connection to the same file sees the change.
        auto reopened = test::openNotebook(dir);
        RosterModel fresh;
        fresh.setNotebook(reopened.get());
        fresh.setMeetup(meetupId);
        QCOMPARE(fresh.rowCount(), 1);
        QCOMPARE(sortedItems(fresh.index(0, column).data().toString()), sortedItems(shown));
    }

    void refusesAnEmptyName()
    {
        QTemporaryDir dir;
        auto notebook = test::openNotebook(dir);
        const qint64 meetupId = makeMeetup(*notebook);
        RosterModel model;
        model.setNotebook(notebook.get());
        model.setMeetup(meetupId);
        model.addPerson(person(QStringLiteral("Priya Sharma")), MeetupRole::Speaker);
        QVERIFY(!model.setData(model.index(0, RosterModel::NameColumn), QStringLiteral("   ")));
        QCOMPARE(model.index(0, RosterModel::NameColumn).data().toString(), QStringLiteral("Priya Sharma"));
    }

    void formEditsTheLists()
    {
        QTemporaryDir dir;
        auto notebook = test::openNotebook(dir);
        const qint64 meetupId = makeMeetup(*notebook);
        RosterDock dock;
        dock.setNotebook(notebook.get());
        dock.setMeetup(meetupId);
        dock.model()->addPerson(person(QStringLiteral("Priya Sharma"), QStringLiteral("priya@acme.example")),
                                MeetupRole::Speaker);
        dock.tableView()->setCurrentIndex(dock.model()->index(0, 0));
        QCOMPARE(dock.form()->nameEdit()->text(), QStringLiteral("Priya Sharma"));
        // An untouched form gives back exactly what is stored.
        QCOMPARE(dock.form()->entry().participant.aliases, dock.model()->entryAt(0).participant.aliases);
        dock.form()->aliasesEdit()->setPlainText(QStringLiteral("Pri\n\nPS\n"));
        QVERIFY(dock.model()->saveEntry(0, dock.form()->entry()));
        auto stored = notebook->participants().get(dock.model()->entryAt(0).participant.id);
        QStringList names = RosterModel::aliasValues(stored.value(), AliasKind::Name);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("PS"), QStringLiteral("Pri")}));
        QCOMPARE(RosterModel::aliasValues(stored.value(), AliasKind::Email),
                 QStringList{QStringLiteral("priya@acme.example")});
    }

    void importsGoodRowsAndReportsBadRowsByLine()
    {
        QTemporaryDir dir;
        auto notebook = test::openNotebook(dir);
        const qint64 meetupId = makeMeetup(*notebook);
        const QString path = writeFile(dir, QStringLiteral("roster.csv"),
                                       "name,aliases,affiliation,handles,emails\n"
                                       "Priya Sharma,Pri,Acme,@priya_s,priya@acme.example\n"
                                       ",Nobody,,,\n"
                                       "Tomasz Nowak,,Globex,tnowak,tomasz@globex.example\n"
                                       ",,,,lost@example.org\n");
        RosterDock dock;
        dock.setNotebook(notebook.get());
        dock.setMeetup(meetupId);
        const auto summary = dock.importFile(path);
        QVERIFY(summary);
        QCOMPARE(summary->added, 2);
        QCOMPARE(dock.model()->rowCount(), 2);

        auto *report = dock.findChild<RosterImportReport *>();
        QVERIFY(report);
        QVERIFY(report->isVisible());
        QTreeWidget *errors = report->errorList();
        QCOMPARE(errors->topLevelItemCount(), 2);
        QCOMPARE(errors->topLevelItem(0)->text(0), QStringLiteral("3"));
        QCOMPARE(errors->topLevelItem(1)->text(0), QStringLiteral("5"));
    }

    void importMergesDuplicates()
    {
        QTemporaryDir dir;
        auto notebook = test::openNotebook(dir);
        const qint64 meetupId = makeMeetup(*notebook);
        RosterDock dock;
        dock.setNotebook(notebook.get());
        dock.setMeetup(meetupId);
        dock.model()->addPerson(person(QStringLiteral("Priya Sharma")), MeetupRole::Speaker);
        const QString path = writeFile(dir, QStringLiteral("meetup.csv"),
                                       "Name,URL of Member Profile\n"
                                       "PRIYA SHARMA,https://www.meetup.com/members/101/\n"
                                       "Tomasz Nowak,https://www.meetup.com/members/102/\n");
        const auto summary = dock.importFile(path);
        QVERIFY(summary);
        QCOMPARE(summary->merged, 1);
        QCOMPARE(summary->added, 1);
        QCOMPARE(dock.model()->rowCount(), 2);
        const int priya = dock.model()->rowOf(dock.model()->entryAt(0).participant.id);
        QCOMPARE(dock.model()->entryAt(priya).participant.displayName, QStringLiteral("Priya Sharma"));
        QCOMPARE(dock.model()->entryAt(priya).role, MeetupRole::Speaker);
        QCOMPARE(notebook->participants().list().value().size(), 2);
    }

    void ruleIsSaved()
    {
        QTemporaryDir dir;
        auto notebook = test::openNotebook(dir);
        const qint64 meetupId = makeMeetup(*notebook);
        RosterDock dock;
        dock.setNotebook(notebook.get());
        dock.setMeetup(meetupId);
        QCOMPARE(dock.ruleCombo()->currentData().toInt(), int(Rule::Chatham));
        QSignalSpy changed(&dock, &RosterDock::rosterChanged);
        dock.ruleCombo()->setCurrentIndex(dock.ruleCombo()->findData(int(Rule::OnRecord)));
        Q_EMIT dock.ruleCombo()->activated(dock.ruleCombo()->currentIndex());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(notebook->meetups().get(meetupId).value().rule, Rule::OnRecord);
    }

    void placeholderWithoutMeetup()
    {
        RosterDock dock;
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QVERIFY(!dock.tableView()->isVisible());
        QVERIFY(!dock.ruleCombo()->isEnabled());
    }
};

QTEST_MAIN(RosterModelTest)
#include "test_rostermodel.moc"
