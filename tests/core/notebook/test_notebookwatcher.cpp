// Another client's writes reach this notebook's views: two connections to one notebook,
// the watcher on the first, the writes through the second.
#include "notebook/notebookwatcher.h"
#include "testnotebook.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

class TestNotebookWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void announcesOtherClientsChanges()
    {
        QTemporaryDir dir;
        const NotebookLocation location = test::usesPostgres()
                                              ? test::newPostgresLocation()
                                              : NotebookLocation::sqlite(dir.filePath(QStringLiteral("shared.sqlite")));
        auto mine = Notebook::open(location);
        auto theirs = Notebook::open(location);
        DEBRIEF_VERIFY_OK(mine);
        DEBRIEF_VERIFY_OK(theirs);
        Notebook &other = *theirs.value();

        Document d;
        d.title = QStringLiteral("Shared notes");
        const Document doc = other.documents().create(d).value();

        NotebookWatcher watcher(*mine.value());
        QSignalSpy polled(&watcher, &NotebookWatcher::polled);
        // Each poll runs on the watcher's thread; the test waits for it to report.
        const auto pollNow = [&] {
            const qsizetype before = polled.count();
            watcher.poll();
            return QTest::qWaitFor([&] { return polled.count() == before + 1; }, 10000);
        };
        watcher.start(); // the first stamp, against which later ones are compared
        QTRY_COMPARE_WITH_TIMEOUT(polled.count(), 1, 10000);
        QSignalSpy meetups(mine.value().get(), &Notebook::meetupsChanged);
        QSignalSpy documents(mine.value().get(), &Notebook::documentsChanged);
        QSignalSpy content(mine.value().get(), &Notebook::documentChanged);
        QSignalSpy actions(mine.value().get(), &Notebook::actionItemsChanged);

        QVERIFY(pollNow());
        QCOMPARE(meetups.count() + documents.count() + content.count() + actions.count(), 0); // nothing new

        QTest::qWait(5); // a later updated_at than the creation
        Document edited = doc;
        edited.body = QStringLiteral("typed on another laptop");
        QVERIFY(other.documents().update(edited).ok());
        QVERIFY(pollNow());
        QCOMPARE(documents.count(), 1);
        QCOMPARE(content.count(), 1);
        QCOMPARE(content.constFirst().constFirst().toLongLong(), doc.id);
        QCOMPARE(actions.count(), 0);
        QCOMPARE(meetups.count(), 0);

        ActionItem action;
        action.title = QStringLiteral("Added by a teammate");
        QVERIFY(other.actionItems().create(action).ok());
        Meetup meetup;
        meetup.title = QStringLiteral("Failure Modes #13");
        QVERIFY(other.meetups().create(meetup).ok());
        QVERIFY(pollNow());
        QCOMPARE(actions.count(), 1);
        QCOMPARE(meetups.count(), 1);
        QCOMPARE(content.count(), 1); // no document changed this time

        QVERIFY(other.documents().remove(doc.id).ok());
        QVERIFY(pollNow());
        QCOMPARE(documents.count(), 2);
    }

    void pollsOffTheCallingThread()
    {
        QTemporaryDir dir;
        auto opened = Notebook::openSqlite(dir.filePath(QStringLiteral("threads.sqlite")));
        DEBRIEF_VERIFY_OK(opened);
        NotebookWatcher watcher(*opened.value());
        QSignalSpy polled(&watcher, &NotebookWatcher::polled);
        QSignalSpy documents(opened.value().get(), &Notebook::documentsChanged);
        watcher.start();
        // Nothing was read on this thread: the first stamp arrives through the event loop.
        QCOMPARE(polled.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(polled.count(), 1, 10000);
        // Writes through the notebook's own connection are seen by the watcher's.
        Document d;
        d.title = QStringLiteral("Written here");
        DEBRIEF_VERIFY_OK(opened.value()->documents().create(d));
        watcher.poll();
        watcher.poll(); // asked again while the first runs: one more poll follows, no more
        QTRY_COMPARE_WITH_TIMEOUT(polled.count(), 3, 10000);
        QTest::qWait(100);
        QCOMPARE(polled.count(), 3);
        QCOMPARE(documents.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNotebookWatcher)
#include "test_notebookwatcher.moc"
