// Publish / offline copy from the window: the copy runs on a worker thread, lands in a new
// notebook with every row, refuses to overwrite, and offers to switch to the copy. Runs on
// SQLite and, with the postgres fixture, with a server notebook as source and target.
#include "notebook/notebooktransfer.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "testnotebook.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace debrief;

class TestNotebookTransfer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_source = test::openNotebook(m_dir, QStringLiteral("source-%1.sqlite").arg(++m_counter));
        QVERIFY(m_source);
        Meetup meetup;
        meetup.title = QStringLiteral("Failure Modes #9");
        meetup.startsAt = QDateTime(QDate(2026, 11, 17), QTime(18, 30), Qt::UTC);
        auto createdMeetup = m_source->meetups().create(meetup);
        DEBRIEF_VERIFY_OK(createdMeetup);
        for (int i = 0; i < 3; ++i) {
            Document document;
            document.title = QStringLiteral("Postmortem %1").arg(i);
            document.body = QStringLiteral("# Postmortem %1\n\n- [ ] Add jitter @priya\n").arg(i);
            document.meetupId = createdMeetup.value().id;
            auto created = m_source->documents().create(document);
            DEBRIEF_VERIFY_OK(created);
            ActionItem item;
            item.title = QStringLiteral("Add jitter %1").arg(i);
            item.documentId = created.value().id;
            DEBRIEF_VERIFY_OK(m_source->actionItems().create(item));
        }
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_counter)));
        m_transfer = std::make_unique<NotebookTransfer>(*m_settings, m_secrets, &m_window);
        m_transfer->setNotebook(m_source.get());
    }

    void cleanup()
    {
        m_transfer.reset();
        m_source.reset();
    }

    void offlineCopyHoldsEveryRowAndCanBeOpened()
    {
        const QString path = m_dir.filePath(QStringLiteral("offline-%1.sqlite").arg(m_counter));
        m_transfer->setOfflineTargetChooser([&] {
            return std::optional<NotebookTransfer::Target>({NotebookLocation::sqlite(path), QString()});
        });
        QString summary;
        m_transfer->setOpenQuestion([&](const QString &text) {
            summary = text;
            return true;
        });
        QSignalSpy finished(m_transfer.get(), &NotebookTransfer::finished);
        QSignalSpy openRequested(m_transfer.get(), &NotebookTransfer::openRequested);

        m_transfer->saveOfflineCopy();
        QVERIFY(m_transfer->isBusy() || finished.count() == 1); // on a worker, not in the click
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY2(summary.contains(QStringLiteral("3 documents")) && summary.contains(QStringLiteral("1 meetups")) &&
                     summary.contains(QStringLiteral("3 action items")),
                 qPrintable(summary));
        QCOMPARE(openRequested.count(), 1);
        QCOMPARE(openRequested.first().at(0).value<NotebookLocation>().path, path);

        auto copy = Notebook::openSqlite(path);
        DEBRIEF_VERIFY_OK(copy);
        auto documents = copy.value()->documents().list();
        DEBRIEF_VERIFY_OK(documents);
        QCOMPARE(documents.value().size(), 3);
        auto first = copy.value()->documents().get(documents.value().constLast().id);
        DEBRIEF_VERIFY_OK(first);
        QVERIFY(first.value().body.contains(QStringLiteral("- [ ] Add jitter @priya")));
    }

    void publishCopiesIntoAnEmptyNotebook()
    {
        // A server database with the fixture; another file otherwise (the same code path).
        const NotebookLocation target =
            test::usesPostgres()
                ? test::newPostgresLocation()
                : NotebookLocation::sqlite(m_dir.filePath(QStringLiteral("published-%1.sqlite").arg(m_counter)));
        m_transfer->setPublishTargetChooser([&] {
            return std::optional<NotebookTransfer::Target>({target, QString()});
        });
        m_transfer->setOpenQuestion([](const QString &) { return false; });
        QSignalSpy finished(m_transfer.get(), &NotebookTransfer::finished);
        QSignalSpy openRequested(m_transfer.get(), &NotebookTransfer::openRequested);
        m_transfer->publish();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(openRequested.count(), 0); // "Stay Here"

        auto published = Notebook::open(target);
        DEBRIEF_VERIFY_OK(published);
        auto actions = published.value()->actionItems().list();
        DEBRIEF_VERIFY_OK(actions);
        QCOMPARE(actions.value().size(), 3);

        // Publishing again into the same, no longer empty, notebook is refused.
        finished.clear();
        m_transfer->publish();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(!finished.first().at(0).toBool());
        const QString why = finished.first().at(1).toString();
        QVERIFY2(why.contains(target.isServer() ? QStringLiteral("not empty") : QStringLiteral("already exists")),
                 qPrintable(why));
        actions = published.value()->actionItems().list();
        QCOMPARE(actions.value().size(), 3);
    }

    void aSaveDuringTheCopyKeepsThisNotebookOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("racing-%1.sqlite").arg(m_counter));
        m_transfer->setOfflineTargetChooser([&] {
            return std::optional<NotebookTransfer::Target>({NotebookLocation::sqlite(path), QString()});
        });
        int asked = 0;
        m_transfer->setOpenQuestion([&](const QString &) {
            ++asked;
            return true;
        });
        QSignalSpy finished(m_transfer.get(), &NotebookTransfer::finished);
        QSignalSpy openRequested(m_transfer.get(), &NotebookTransfer::openRequested);
        m_transfer->saveOfflineCopy();
        // A teammate (or autosave) writes while the worker copies.
        Document late;
        late.title = QStringLiteral("Written during the copy");
        DEBRIEF_VERIFY_OK(m_source->documents().create(late));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("not in the copy")),
                 qPrintable(finished.first().at(1).toString()));
        QCOMPARE(asked, 0);
        QCOMPARE(openRequested.count(), 0);
    }

    void unsavedTypingCancelsTheCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("unsaved-%1.sqlite").arg(m_counter));
        m_transfer->setOfflineTargetChooser([&] {
            return std::optional<NotebookTransfer::Target>({NotebookLocation::sqlite(path), QString()});
        });
        m_transfer->setBeforeCopy([] { return false; }); // the editor could not save
        QSignalSpy finished(m_transfer.get(), &NotebookTransfer::finished);
        m_transfer->saveOfflineCopy();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(!m_transfer->isBusy());
        QVERIFY(!QFile::exists(path));
    }

    void anExistingFileIsNeverOverwritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("taken-%1.sqlite").arg(m_counter));
        {
            QFile taken(path);
            QVERIFY(taken.open(QIODevice::WriteOnly));
            taken.write("my thesis");
        }
        m_transfer->setOfflineTargetChooser([&] {
            return std::optional<NotebookTransfer::Target>({NotebookLocation::sqlite(path), QString()});
        });
        QSignalSpy finished(m_transfer.get(), &NotebookTransfer::finished);
        m_transfer->saveOfflineCopy();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("already exists")));
        QFile taken(path);
        QVERIFY(taken.open(QIODevice::ReadOnly));
        QCOMPARE(taken.readAll(), QByteArray("my thesis"));
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QWidget m_window;
    SecretStore m_secrets;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Notebook> m_source;
    std::unique_ptr<NotebookTransfer> m_transfer;
};

QTEST_MAIN(TestNotebookTransfer)
#include "test_notebooktransfer.moc"
