// Two people on one notebook: the open document changed by someone else is reloaded when
// there are no local edits, and becomes a conflict resolved in the editor when there are.
// Runs on SQLite (two connections to one file) and, with the postgres fixture, on a server.
#include "editor/conflictbar.h"
#include "editor/documenteditor.h"
#include "editor/markdowneditor.h"
#include "frontmatter/frontmatterform.h"
#include "notebook/notebookwatcher.h"
#include "testnotebook.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

class TestDocumentConflict : public QObject
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
        m_mine = test::openNotebook(m_dir, QStringLiteral("nb-%1.sqlite").arg(++m_counter));
        QVERIFY(m_mine);
        const auto location = NotebookLocation::parse(m_mine->location());
        QVERIFY(location);
        auto theirs = Notebook::open(*location);
        DEBRIEF_VERIFY_OK(theirs);
        m_theirs = std::move(theirs).value();

        Document document;
        document.title = QStringLiteral("Queue outage");
        document.body = QStringLiteral("# Summary\n\nThe queue stalled.\n\n# Timeline\n\n10:00 alert\n");
        auto created = m_mine->documents().create(document);
        DEBRIEF_VERIFY_OK(created);
        m_id = created.value().id;

        m_editor = std::make_unique<DocumentEditor>();
        m_editor->resize(900, 600);
        m_editor->setAutosaveDelay(60 * 60 * 1000); // saves happen when the test says so
        QVERIFY(m_editor->setNotebook(m_mine.get()));
        QVERIFY(m_editor->openDocument(m_id));
        m_watcher = std::make_unique<NotebookWatcher>(*m_mine);
        m_watcher->setInterval(60 * 60 * 1000); // polled by the test
        QSignalSpy baseline(m_watcher.get(), &NotebookWatcher::polled);
        m_watcher->start();
        QVERIFY(baseline.wait(10000));
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }

    void cleanup()
    {
        m_watcher.reset();
        m_editor.reset();
        m_theirs.reset();
        m_mine.reset();
    }

    void cleanDocumentFollowsTheirSave()
    {
        // The cursor sits in the timeline, below the paragraph they change.
        QTextCursor cursor = m_editor->bodyEdit()->textCursor();
        cursor.setPosition(body().indexOf(QStringLiteral("10:00")));
        m_editor->bodyEdit()->setTextCursor(cursor);

        saveTheirs(QStringLiteral("# Summary\n\nThe queue stalled for an hour.\n\n# Timeline\n\n10:00 alert\n"));
        QSignalSpy notices(m_editor.get(), &DocumentEditor::notice);
        pollAsTheWatcherWould();

        QCOMPARE(body(), QStringLiteral("# Summary\n\nThe queue stalled for an hour.\n\n# Timeline\n\n10:00 alert\n"));
        QCOMPARE(m_editor->saveState(), DocumentEditor::SaveState::Saved);
        QVERIFY(!m_editor->hasUnsavedChanges());
        QVERIFY(m_editor->conflictBar()->isHidden());
        QCOMPARE(notices.count(), 1);
        // The cursor stayed on the same text, not at the same offset.
        QCOMPARE(m_editor->bodyEdit()->textCursor().position(), body().indexOf(QStringLiteral("10:00")));

        // Typing on carries on from their revision without a conflict.
        m_editor->bodyEdit()->textCursor().insertText(QStringLiteral("09:58 first retry storm\n"));
        QVERIFY(m_editor->flush());
        QVERIFY(storedBody().contains(QStringLiteral("an hour")));
        QVERIFY(storedBody().contains(QStringLiteral("09:58 first retry storm")));
    }

    void typedAndUndoneIsNoEdit()
    {
        m_editor->bodyEdit()->setFocus();
        QTest::keyClicks(m_editor->bodyEdit(), QStringLiteral("x"));
        m_editor->bodyEdit()->undo(); // still within the pause before the text is handed on
        QVERIFY(m_editor->hasUnsavedChanges());
        saveTheirs(QStringLiteral("Their version.\n"));
        pollAsTheWatcherWould();
        QCOMPARE(body(), QStringLiteral("Their version.\n"));
        QVERIFY(m_editor->conflictBar()->isHidden());
        QCOMPARE(m_editor->saveState(), DocumentEditor::SaveState::Saved);
    }

    void aFocusedFormFieldShowsTheirValue()
    {
        QLineEdit *severity = m_editor->frontMatterForm()->field(FrontMatterForm::Field::Severity);
        severity->setFocus();
        QVERIFY(severity->text().isEmpty());
        auto stored = m_theirs->documents().get(m_id);
        DEBRIEF_VERIFY_OK(stored);
        Document document = stored.value();
        document.severity = QStringLiteral("SEV1");
        DEBRIEF_VERIFY_OK(m_theirs->documents().update(document));
        pollAsTheWatcherWould();
        QCOMPARE(severity->text(), QStringLiteral("SEV1"));
    }

    void ownSaveIsNotAReload()
    {
        QSignalSpy notices(m_editor.get(), &DocumentEditor::notice);
        m_editor->bodyEdit()->appendPlainText(QStringLiteral("More."));
        QVERIFY(m_editor->flush());
        pollAsTheWatcherWould();
        QCOMPARE(notices.count(), 0);
        QVERIFY(body().endsWith(QStringLiteral("More.")));
        // Undo still undoes my typing, not a reload.
        QVERIFY(m_editor->bodyEdit()->document()->isUndoAvailable());
    }

    void unsavedEditsMeetTheirSaveInTheBar()
    {
        typeMine();
        saveTheirs(QStringLiteral("Their version.\n"));
        pollAsTheWatcherWould(); // no autosave pause needed: the bar shows at once
        QVERIFY(m_editor->conflictBar()->isVisible());
        QCOMPARE(m_editor->saveState(), DocumentEditor::SaveState::Failed);
        QVERIFY(body().contains(QStringLiteral("My addition.")));
        QCOMPARE(storedBody(), QStringLiteral("Their version.\n"));
        QVERIFY(!m_editor->flush()); // still nothing written over theirs
        QCOMPARE(storedBody(), QStringLiteral("Their version.\n"));
    }

    void keepMine()
    {
        typeMine();
        saveTheirs(QStringLiteral("Their version.\n"));
        QVERIFY(!m_editor->flush());
        QVERIFY(m_editor->conflictBar()->isVisible());
        const QString mine = body();

        QTest::mouseClick(m_editor->conflictBar()->keepMineButton(), Qt::LeftButton);
        QVERIFY(m_editor->conflictBar()->isHidden());
        QCOMPARE(storedBody(), mine);
        QCOMPARE(body(), mine);
        QCOMPARE(m_editor->saveState(), DocumentEditor::SaveState::Saved);
    }

    void keepTheirs()
    {
        typeMine();
        const QString mine = body();
        saveTheirs(QStringLiteral("Their version.\n"));
        QVERIFY(!m_editor->flush());

        QTest::mouseClick(m_editor->conflictBar()->keepTheirsButton(), Qt::LeftButton);
        QVERIFY(m_editor->conflictBar()->isHidden());
        QCOMPARE(body(), QStringLiteral("Their version.\n"));
        QCOMPARE(storedBody(), QStringLiteral("Their version.\n"));
        QCOMPARE(m_editor->saveState(), DocumentEditor::SaveState::Saved);
        QVERIFY(!m_editor->hasUnsavedChanges());

        // Changed one's mind: Undo brings my text back, and it saves over theirs.
        m_editor->bodyEdit()->undo();
        QCOMPARE(body(), mine);
        QVERIFY(m_editor->flush());
        QCOMPARE(storedBody(), mine);
    }

    void keepBoth()
    {
        typeMine();
        const QString mine = body();
        saveTheirs(QStringLiteral("Their version.\n"));
        QVERIFY(!m_editor->flush());
        QSignalSpy notices(m_editor.get(), &DocumentEditor::notice);

        QTest::mouseClick(m_editor->conflictBar()->keepBothButton(), Qt::LeftButton);
        QVERIFY(m_editor->conflictBar()->isHidden());
        QCOMPARE(body(), QStringLiteral("Their version.\n"));
        QCOMPARE(storedBody(), QStringLiteral("Their version.\n"));
        QCOMPARE(notices.count(), 1);
        QVERIFY(notices.first().first().toString().contains(QStringLiteral("Queue outage (my copy)")));

        auto all = m_theirs->documents().list();
        DEBRIEF_VERIFY_OK(all);
        QCOMPARE(all.value().size(), 2);
        const auto copy = std::find_if(all.value().cbegin(), all.value().cend(),
                                       [this](const DocumentSummary &d) { return d.id != m_id; });
        auto stored = m_theirs->documents().get(copy->id);
        DEBRIEF_VERIFY_OK(stored);
        QCOMPARE(stored.value().title, QStringLiteral("Queue outage (my copy)"));
        QCOMPARE(stored.value().body, mine);
    }

    void openingAnotherDocumentWaitsForTheChoice()
    {
        Document other;
        other.title = QStringLiteral("Other");
        auto created = m_mine->documents().create(other);
        DEBRIEF_VERIFY_OK(created);
        typeMine();
        saveTheirs(QStringLiteral("Their version.\n"));
        // Leaving would lose my edits or overwrite theirs: it is refused until resolved.
        QVERIFY(!m_editor->openDocument(created.value().id));
        QCOMPARE(m_editor->documentId(), m_id);
        QVERIFY(m_editor->conflictBar()->isVisible());
        QVERIFY(m_editor->resolveConflict(DocumentAutosaver::Resolution::KeepBoth));
        QVERIFY(m_editor->openDocument(created.value().id));
        QVERIFY(m_editor->conflictBar()->isHidden());
    }

private:
    QString body() const { return m_editor->bodyEdit()->toPlainText(); }

    QString storedBody() const
    {
        auto stored = m_theirs->documents().get(m_id);
        return stored.ok() ? stored.value().body : QStringLiteral("<%1>").arg(stored.error().message());
    }

    void typeMine()
    {
        m_editor->bodyEdit()->setFocus();
        m_editor->bodyEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(m_editor->bodyEdit(), QStringLiteral("My addition."));
        QVERIFY(m_editor->hasUnsavedChanges());
    }

    void saveTheirs(const QString &body)
    {
        auto stored = m_theirs->documents().get(m_id);
        DEBRIEF_VERIFY_OK(stored);
        Document document = stored.value();
        document.body = body;
        DEBRIEF_VERIFY_OK(m_theirs->documents().update(document));
    }

    /// The watcher's timer tick, without waiting three seconds for it.
    void pollAsTheWatcherWould()
    {
        QSignalSpy polled(m_watcher.get(), &NotebookWatcher::polled);
        m_watcher->poll();
        QVERIFY(polled.wait(10000));
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Notebook> m_mine;
    std::unique_ptr<Notebook> m_theirs;
    std::unique_ptr<DocumentEditor> m_editor;
    std::unique_ptr<NotebookWatcher> m_watcher;
    qint64 m_id = 0;
};

QTEST_MAIN(TestDocumentConflict)
#include "test_documentconflict.moc"
