// Another client's writes reach this notebook's views: two connections to one notebook,
// the watcher on the first, the writes through the second.
#include "notebook/notebookwatcher.h"
#include "storage/changefeed.h"
#include "testnotebook.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

class TestNotebookWatcher : public QObject
{
    Q_OBJECT

    /// Two connections to one new notebook, the watcher on the first ("mine"), the writes
    /// through the second ("theirs").
    struct TwoClients
    {
        QTemporaryDir dir;
        std::unique_ptr<Notebook> mine;
        std::unique_ptr<Notebook> theirs;
        std::unique_ptr<NotebookWatcher> watcher;
        std::unique_ptr<QSignalSpy> polled;

        [[nodiscard]] bool open()
        {
            const NotebookLocation location =
                test::usesPostgres() ? test::newPostgresLocation()
                                     : NotebookLocation::sqlite(dir.filePath(QStringLiteral("shared.sqlite")));
            auto first = Notebook::open(location);
            auto second = Notebook::open(location);
            if (!first || !second)
                return false;
            mine = std::move(first).value();
            theirs = std::move(second).value();
            return true;
        }

        Document createTheirs(const QString &title)
        {
            Document d;
            d.title = title;
            return theirs->documents().create(d).value();
        }

        /// Starts the watcher and waits for its first stamp, against which later ones are compared.
        [[nodiscard]] bool startWatching()
        {
            watcher = std::make_unique<NotebookWatcher>(*mine);
            watcher->setInterval(60 * 60 * 1000); // polled by the test
            polled = std::make_unique<QSignalSpy>(watcher.get(), &NotebookWatcher::polled);
            watcher->start();
            return QTest::qWaitFor([&] { return polled->count() == 1; }, 10000);
        }

        /// One poll, finished: its changes are announced.
        [[nodiscard]] bool pollNow()
        {
            const qsizetype before = polled->count();
            watcher->poll();
            return QTest::qWaitFor([&] { return polled->count() == before + 1; }, 10000);
        }
    };

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
        // Their saves are theirs: what follows a save (task lines to actions) is not done here.
        QSignalSpy savedHere(mine.value().get(), &Notebook::documentSavedHere);

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
        QCOMPARE(savedHere.count(), 0);
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

    void findsASaveStampedByALaggingClock_data()
    {
        QTest::addColumn<int>("lagSeconds");
        QTest::newRow("half a minute behind") << 30;
        QTest::newRow("a day behind") << 24 * 60 * 60;
    }

    void findsASaveStampedByALaggingClock()
    {
        QFETCH(int, lagSeconds);
        TwoClients clients;
        QVERIFY(clients.open());
        const Document doc = clients.createTheirs(QStringLiteral("Shared notes"));
        QVERIFY(clients.startWatching());
        QSignalSpy content(clients.mine.get(), &Notebook::documentChanged);

        // A teammate whose clock is behind stamps the save before the newest one seen here
        // (an older Debrief did, and a script still may).
        const QDateTime stored = clients.theirs->documents().get(doc.id).value().updatedAt;
        // Saves by this Debrief are stamped by the database's clock, here the same as ours.
        QVERIFY(stored.isValid());
        QVERIFY(qAbs(stored.secsTo(QDateTime::currentDateTime())) < 60);
        DEBRIEF_VERIFY_OK(clients.theirs->database().exec(
            QStringLiteral("UPDATE document SET body = ?, updated_at = ?, revision = revision + 1 WHERE id = ?"),
            {QStringLiteral("typed on a laptop with a lagging clock"),
             stored.addSecs(-lagSeconds).toUTC().toString(Qt::ISODateWithMs), doc.id}));
        QVERIFY(clients.pollNow());
        QCOMPARE(content.count(), 1);
        QCOMPARE(content.constFirst().constFirst().toLongLong(), doc.id);

        // Found once: the next poll has nothing new to say.
        QVERIFY(clients.pollNow());
        QCOMPARE(content.count(), 1);
    }

    void aClockAheadHidesNoLaterSave()
    {
        TwoClients clients;
        QVERIFY(clients.open());
        const Document ahead = clients.createTheirs(QStringLiteral("Stamped in the future"));
        const Document later = clients.createTheirs(QStringLiteral("Saved afterwards"));
        QVERIFY(clients.startWatching());
        QSignalSpy content(clients.mine.get(), &Notebook::documentChanged);

        DEBRIEF_VERIFY_OK(clients.theirs->database().exec(
            QStringLiteral("UPDATE document SET updated_at = ?, revision = revision + 1 WHERE id = ?"),
            {QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs), ahead.id}));
        QVERIFY(clients.pollNow());
        QCOMPARE(content.count(), 1);

        // A save stamped at the right time, older than the one from the future.
        Document edited = later;
        edited.body = QStringLiteral("typed after the save from the future");
        DEBRIEF_VERIFY_OK(clients.theirs->documents().update(edited));
        QVERIFY(clients.pollNow());
        QCOMPARE(content.count(), 2);
        QCOMPARE(content.constLast().constFirst().toLongLong(), later.id);
    }

    void aDeleteAndAnInsertBetweenPollsAreSeen()
    {
        TwoClients clients;
        QVERIFY(clients.open());
        ActionItem captured;
        captured.title = QStringLiteral("Add jitter");
        auto first = clients.theirs->actionItems().create(captured);
        DEBRIEF_VERIFY_OK(first);
        const Document doc = clients.createTheirs(QStringLiteral("Draft"));
        QVERIFY(clients.startWatching());
        const auto before = ChangeFeed(clients.mine->database()).stamp();
        DEBRIEF_VERIFY_OK(before);
        QSignalSpy actions(clients.mine.get(), &Notebook::actionItemsChanged);
        QSignalSpy documents(clients.mine.get(), &Notebook::documentsChanged);

        // Capture, undo, capture again within one poll: as many rows with the same revisions.
        DEBRIEF_VERIFY_OK(clients.theirs->actionItems().remove(first.value().id));
        DEBRIEF_VERIFY_OK(clients.theirs->actionItems().create(captured));
        DEBRIEF_VERIFY_OK(clients.theirs->documents().remove(doc.id));
        clients.createTheirs(QStringLiteral("Draft again"));
        const auto after = ChangeFeed(clients.mine->database()).stamp();
        DEBRIEF_VERIFY_OK(after);
        QVERIFY(after.value().actionItems != before.value().actionItems);
        QVERIFY(after.value().documents != before.value().documents);

        QVERIFY(clients.pollNow());
        QCOMPARE(actions.count(), 1);
        QCOMPARE(documents.count(), 1);
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
