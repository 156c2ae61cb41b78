// Debounced saving: typing is written after a pause, at once on flush, and a conflicting
// save keeps the user's text instead of overwriting the other one.
#include "notebook/documentautosaver.h"
#include "testnotebook.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

class TestDocumentAutosaver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Notebook> m_notebook;
    Document m_document;
    int m_counter = 0;

    QString storedBody() { return m_notebook->documents().get(m_document.id).value().body; }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_notebook = test::openNotebook(m_dir, QStringLiteral("nb%1.sqlite").arg(++m_counter));
        QVERIFY(m_notebook);
        Document d;
        d.title = QStringLiteral("Talk notes");
        d.body = QStringLiteral("first line\n");
        m_document = m_notebook->documents().create(d).value();
    }

    void savesAfterAPause()
    {
        DocumentAutosaver saver(*m_notebook);
        saver.setDelay(50);
        saver.setDocument(m_document);
        QSignalSpy saved(&saver, &DocumentAutosaver::saved);
        saver.setBody(QStringLiteral("first line\nsecond"));
        saver.setBody(QStringLiteral("first line\nsecond line"));
        QVERIFY(saver.isDirty());
        QCOMPARE(storedBody(), QStringLiteral("first line\n")); // not before the pause
        QTRY_COMPARE(saved.count(), 1);                         // one write for the burst
        QCOMPARE(storedBody(), QStringLiteral("first line\nsecond line"));
        QVERIFY(!saver.isDirty());
        QCOMPARE(saver.document().revision, 2);
    }

    void flushSavesImmediately()
    {
        DocumentAutosaver saver(*m_notebook);
        saver.setDelay(60'000);
        saver.setDocument(m_document);
        saver.setBody(QStringLiteral("typed just before quitting"));
        QVERIFY(saver.flush());
        QCOMPARE(storedBody(), QStringLiteral("typed just before quitting"));
    }

    void destructorFlushes()
    {
        {
            DocumentAutosaver saver(*m_notebook);
            saver.setDelay(60'000);
            saver.setDocument(m_document);
            saver.setBody(QStringLiteral("saved on the way out"));
        }
        QCOMPARE(storedBody(), QStringLiteral("saved on the way out"));
    }

    void titleChangeNotifiesTheList()
    {
        DocumentAutosaver saver(*m_notebook);
        saver.setDocument(m_document);
        QSignalSpy listChanged(m_notebook.get(), &Notebook::documentsChanged);
        QSignalSpy contentChanged(m_notebook.get(), &Notebook::documentChanged);
        QSignalSpy savedHere(m_notebook.get(), &Notebook::documentSavedHere);
        saver.setBody(QStringLiteral("body only"));
        QVERIFY(saver.flush());
        QCOMPARE(listChanged.count(), 0);
        QCOMPARE(contentChanged.count(), 1);
        QCOMPARE(savedHere.count(), 1); // what follows a save here (task lines) runs once
        saver.setTitle(QStringLiteral("Renamed"));
        QVERIFY(saver.flush());
        QCOMPARE(listChanged.count(), 1);
        QCOMPARE(m_notebook->documents().get(m_document.id).value().title, QStringLiteral("Renamed"));
    }

    void blankTitleDoesNotBlockTheBody()
    {
        DocumentAutosaver saver(*m_notebook);
        saver.setDocument(m_document);
        saver.setTitle(QString());
        saver.setBody(QStringLiteral("still saved"));
        QVERIFY(saver.flush());
        const Document stored = m_notebook->documents().get(m_document.id).value();
        QCOMPARE(stored.body, QStringLiteral("still saved"));
        QCOMPARE(stored.title, QStringLiteral("Talk notes"));
        QCOMPARE(saver.document().title, QString()); // what the user sees is what they typed
    }

    void conflictKeepsTheTextAndReports()
    {
        DocumentAutosaver saver(*m_notebook);
        saver.setDocument(m_document);
        // Someone else saves first.
        Document theirs = m_document;
        theirs.body = QStringLiteral("their version");
        QVERIFY(m_notebook->documents().update(theirs).ok());

        QSignalSpy failed(&saver, &DocumentAutosaver::saveFailed);
        saver.setBody(QStringLiteral("my version"));
        QVERIFY(!saver.flush());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.constFirst().constFirst().value<StorageError>().kind(), StorageError::Kind::Conflict);
        QVERIFY(saver.isDirty());
        QCOMPARE(saver.document().body, QStringLiteral("my version"));
        QCOMPARE(storedBody(), QStringLiteral("their version"));
    }
    void resolvesConflicts_data()
    {
        QTest::addColumn<int>("resolution");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<bool>("copyMade");
        QTest::newRow("keep mine") << int(DocumentAutosaver::Resolution::KeepMine) << QStringLiteral("my version")
                                   << QStringLiteral("my version") << false;
        QTest::newRow("keep theirs") << int(DocumentAutosaver::Resolution::KeepTheirs)
                                     << QStringLiteral("their version") << QStringLiteral("their version") << false;
        QTest::newRow("keep both") << int(DocumentAutosaver::Resolution::KeepBoth) << QStringLiteral("their version")
                                   << QStringLiteral("their version") << true;
    }

    void resolvesConflicts()
    {
        QFETCH(int, resolution);
        QFETCH(QString, stored);
        QFETCH(QString, shown);
        QFETCH(bool, copyMade);
        DocumentAutosaver saver(*m_notebook);
        saver.setDocument(m_document);
        // A second client: its own connection to the same notebook (file or server).
        auto other = Notebook::open(NotebookLocation::parse(m_notebook->location()).value());
        DEBRIEF_VERIFY_OK(other);
        Document theirs = m_document;
        theirs.body = QStringLiteral("their version");
        QVERIFY(other.value()->documents().update(theirs).ok());
        saver.setBody(QStringLiteral("my version"));
        QVERIFY(!saver.flush());

        QSignalSpy replaced(&saver, &DocumentAutosaver::documentReplaced);
        QSignalSpy copied(&saver, &DocumentAutosaver::copyCreated);
        QVERIFY(saver.resolveConflict(DocumentAutosaver::Resolution(resolution)));
        QCOMPARE(storedBody(), stored);
        QCOMPARE(saver.document().body, shown);
        QVERIFY(!saver.isDirty());
        QCOMPARE(replaced.count(), shown == QStringLiteral("my version") ? 0 : 1);
        QCOMPARE(copied.count(), copyMade ? 1 : 0);
        if (copyMade) {
            const Document copy = copied.constFirst().constFirst().value<Document>();
            QCOMPARE(copy.title, QStringLiteral("Talk notes (my copy)"));
            QCOMPARE(m_notebook->documents().get(copy.id).value().body, QStringLiteral("my version"));
        }
        // Nothing is left in conflict: the next edit saves normally.
        saver.setBody(shown + QStringLiteral(" and more"));
        QVERIFY(saver.flush());
        QCOMPARE(storedBody(), shown + QStringLiteral(" and more"));
        QCOMPARE(other.value()->documents().get(m_document.id).value().body, shown + QStringLiteral(" and more"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentAutosaver)
#include "test_documentautosaver.moc"
