// File ▸ Export Meetup…, offscreen: the list says what will happen to each document, the
// export runs on a worker and then says what did, a leak stops only its own document, and
// the meetup view's button opens it.
#include "common/localization.h"
#include "export/meetupexportdialog.h"
#include "meetup/meetupview.h"
#include "testnotebook.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace debrief;

class MeetupExportDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsThePlan();
    void exportsOnAWorkerAndReports();
    void unwritableFolderIsRefused();
    void meetupViewAsksForTheExport();

private:
    qint64 addDocument(const QString &title, const QString &body, Rule rule);

    QTemporaryDir m_dir;
    std::unique_ptr<Notebook> m_notebook;
    qint64 m_meetupId = 0;
};

void MeetupExportDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The English plural forms ("1 document", "3 documents"), as the application loads them.
    QVERIFY(installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)));
    m_notebook = test::openNotebook(m_dir);
    QVERIFY(m_notebook);
    Meetup meetup;
    meetup.title = QStringLiteral("Failure Modes #12");
    m_meetupId = m_notebook->meetups().create(meetup).value().id;
    Meetup other;
    other.title = QStringLiteral("Failure Modes #11");
    const qint64 otherId = m_notebook->meetups().create(other).value().id;
    for (const auto &[name, meetupId] :
         {std::pair{QStringLiteral("Priya Sharma"), m_meetupId}, std::pair{QStringLiteral("Grace Okafor"), otherId}}) {
        Participant participant;
        participant.displayName = name;
        const qint64 id = m_notebook->participants().create(participant).value().id;
        QVERIFY(m_notebook->meetups().setRole(meetupId, id, MeetupRole::Speaker).ok());
    }
    QVERIFY(addDocument(QStringLiteral("Retry storms"), QStringLiteral("Priya Sharma on retries.\n"), Rule::Chatham));
    QVERIFY(addDocument(QStringLiteral("Venue"), QStringLiteral("Thanks to the venue.\n"), Rule::OnRecord));
    QVERIFY(addDocument(QStringLiteral("Hallway"), QStringLiteral("In confidence.\n"), Rule::OffRecord));
    QVERIFY(addDocument(QStringLiteral("Questions"), QStringLiteral("Grace Okafor asked.\n"), Rule::Chatham));
}

qint64 MeetupExportDialogTest::addDocument(const QString &title, const QString &body, Rule rule)
{
    Document document;
    document.title = title;
    document.body = body;
    document.rule = rule;
    document.meetupId = m_meetupId;
    auto created = m_notebook->documents().create(document);
    return created.ok() ? created.value().id : 0;
}

void MeetupExportDialogTest::showsThePlan()
{
    MeetupExportDialog dialog(*m_notebook, m_meetupId);
    // The meetup is under the Chatham House Rule: its title (a speaker's name, maybe) does
    // not name the folder that will be shared.
    QVERIFY2(!dialog.folder().contains(QStringLiteral("failure-modes")), qPrintable(dialog.folder()));
    QTreeWidget *list = dialog.documentList();
    QCOMPARE(list->topLevelItemCount(), 4);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Retry storms"));
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Anonymised"));
    QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("As written"));
    QCOMPARE(list->topLevelItem(2)->text(2), QStringLiteral("Not exported"));
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("3 documents")));
    dialog.anonymiseAllBox()->setChecked(true);
    QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("Anonymised"));
    QVERIFY(dialog.exportButton()->isEnabled());
}

void MeetupExportDialogTest::exportsOnAWorkerAndReports()
{
    MeetupExportDialog dialog(*m_notebook, m_meetupId);
    const QString folder = m_dir.filePath(QStringLiteral("out/failure-modes-12"));
    dialog.setFolder(folder);
    dialog.setFormat(QStringLiteral("html"));
    QSignalSpy finished(&dialog, &MeetupExportDialog::exportFinished);
    QVERIFY(dialog.startExport());
    QVERIFY(dialog.isBusy() || finished.size() == 1);
    QVERIFY(!dialog.exportButton()->isEnabled() || finished.size() == 1);
    QVERIFY(finished.size() == 1 || finished.wait(30000));

    QTreeWidget *list = dialog.documentList();
    QVERIFY2(list->topLevelItem(0)->text(2).startsWith(QStringLiteral("Anonymised: ")),
             qPrintable(list->topLevelItem(0)->text(2)));
    QVERIFY2(list->topLevelItem(1)->text(2).startsWith(QStringLiteral("Written: ")),
             qPrintable(list->topLevelItem(1)->text(2)));
    QCOMPARE(list->topLevelItem(2)->text(2), QStringLiteral("Not exported: off the record"));
    // The leak names the person here, in the organiser's own window, and nowhere on disk.
    QVERIFY2(list->topLevelItem(3)->text(2).contains(QStringLiteral("Grace Okafor")),
             qPrintable(list->topLevelItem(3)->text(2)));
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("2 documents written")));
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("1 could not be written")));

    const QStringList files = QDir(folder).entryList(QDir::Files);
    QCOMPARE(files.size(), 2);
    for (const QString &name : files) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains("Priya") && !bytes.contains("Grace"), qPrintable(name));
    }
    QVERIFY(dialog.exportButton()->isEnabled());
    // The labels given are the notebook's now, for the next export of the meetup.
    auto labels = m_notebook->labels().labels(m_meetupId, QStringLiteral("letters"));
    DEBRIEF_VERIFY_OK(labels);
    QCOMPARE(labels.value().size(), 1);
}

void MeetupExportDialogTest::unwritableFolderIsRefused()
{
    const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    MeetupExportDialog dialog(*m_notebook, m_meetupId);
    dialog.setFolder(blocker + QStringLiteral("/inside"));
    QVERIFY(!dialog.startExport());
    QVERIFY(!dialog.isBusy());
    QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("cannot write")),
             qPrintable(dialog.summaryLabel()->text()));
}

void MeetupExportDialogTest::meetupViewAsksForTheExport()
{
    MeetupView view;
    view.setNotebook(m_notebook.get());
    QVERIFY(!view.exportButton()->isEnabled());
    view.showMeetup(m_meetupId);
    QVERIFY(view.exportButton()->isEnabled());
    QSignalSpy asked(&view, &MeetupView::exportRequested);
    view.exportButton()->click();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.constFirst().constFirst().toLongLong(), m_meetupId);
}

QTEST_MAIN(MeetupExportDialogTest)
#include "test_meetupexportdialog.moc"
