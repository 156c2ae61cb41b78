// What the note-taker types reaches the disk: when switching documents, when closing the
// window, and after a pause in typing, checked through a second connection to the file.
#include "actions/actionitemsdock.h"
#include "actions/actionitemsmodel.h"
#include "editor/documenteditor.h"
#include "frontmatter/frontmatterform.h"
#include "mainwindow/appactions.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/statusindicators.h"
#include "notebook/newdocumentdialog.h"
#include "notebook/notebookview.h"
#include "settings/appsettings.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace debrief;

namespace {

/// Runs @p fill on the next modal dialog of type D and accepts it (the action calls exec()).
template<typename D, typename F>
void answerNextDialog(F fill, bool *answered)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, fill, answered] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        fill(*dialog);
        *answered = true;
        dialog->accept();
        timer->deleteLater();
    });
    timer->start();
}

} // namespace

class TestMainWindowRoundtrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("notebook-%1.sqlite").arg(++m_counter));
        m_settingsPath = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_counter));
    }

    void typedTextSurvivesSwitchingAndClosing()
    {
        auto notebook = test::openNotebook(m_path);
        QVERIFY(notebook);
        const qint64 other = test::addDocument(*notebook, QStringLiteral("Earlier postmortem"), std::nullopt,
                                               QStringLiteral("# Earlier\n"));
        QVERIFY(other);
        AppSettings settings(m_settingsPath);
        MainWindow window(std::move(notebook), settings);
        // Only flushing may save here, never the pause timer.
        window.editor()->setAutosaveDelay(600000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        bool answered = false;
        answerNextDialog<NewDocumentDialog>(
            [](NewDocumentDialog &dialog) {
                dialog.setKind(DocumentKind::Postmortem);
                dialog.setTemplateName(QString()); // a blank page
                dialog.setTitle(QStringLiteral("Retry storm of 3 June"));
            },
            &answered);
        window.appActions()->action(QStringLiteral("file.new-document"))->trigger();
        QVERIFY(answered);

        const qint64 created = window.editor()->documentId();
        QVERIFY(created != 0 && created != other);
        QCOMPARE(window.notebookView()->currentDocumentId(), created);
        QCOMPARE(window.editor()->titleEdit()->text(), QStringLiteral("Retry storm of 3 June"));

        const QString typed = QStringLiteral("Root cause: clients retried without jitter.");
        QTest::keyClicks(window.editor()->bodyEdit(), typed);
        QCOMPARE(window.editor()->bodyEdit()->toPlainText(), typed);
        QVERIFY(window.editor()->hasUnsavedChanges());
        QCOMPARE(window.statusIndicators()->saveStateText(), QStringLiteral("Saving…"));
        QCOMPARE(test::storedBody(m_path, created), QString()); // nothing on disk yet

        // Selecting the other document in the tree saves the first one.
        QVERIFY(window.notebookView()->selectDocument(other));
        QCOMPARE(window.editor()->documentId(), other);
        QCOMPARE(window.editor()->bodyEdit()->toPlainText(), QStringLiteral("# Earlier\n"));
        QCOMPARE(test::storedBody(m_path, created), typed);

        // Closing the window saves what was typed last.
        window.editor()->bodyEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor()->bodyEdit(), QStringLiteral("Follow-up below."));
        QVERIFY(window.close());
        QCOMPARE(test::storedBody(m_path, other), QStringLiteral("# Earlier\nFollow-up below."));
        QCOMPARE(settings.lastDocumentId(), other);
    }

    void pauseInTypingSaves()
    {
        auto notebook = test::openNotebook(m_path);
        QVERIFY(notebook);
        const qint64 id = test::addDocument(*notebook, QStringLiteral("Meetup notes"));
        AppSettings settings(m_settingsPath);
        MainWindow window(std::move(notebook), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.notebookView()->selectDocument(id));

        QTest::keyClicks(window.editor()->bodyEdit(), QStringLiteral("Speaker A: the pager never rang."));
        QCOMPARE(test::storedBody(m_path, id), QString());
        // The autosaver waits 750 ms after the last keystroke.
        QTRY_COMPARE_WITH_TIMEOUT(test::storedBody(m_path, id), QStringLiteral("Speaker A: the pager never rang."),
                                  10000);
        QCOMPARE(window.statusIndicators()->saveStateText(), QStringLiteral("Saved"));
        QVERIFY(!window.isWindowModified());
    }

    void titleEditsRenameTheTreeRow()
    {
        auto notebook = test::openNotebook(m_path);
        QVERIFY(notebook);
        const qint64 id = test::addDocument(*notebook, QStringLiteral("Draft"));
        AppSettings settings(m_settingsPath);
        MainWindow window(std::move(notebook), settings);
        window.show();
        QVERIFY(window.notebookView()->selectDocument(id));

        QLineEdit *title = window.editor()->titleEdit();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Checkout outage"));
        QVERIFY(window.editor()->flush());
        const QModelIndex row = window.notebookView()->treeView()->currentIndex();
        QCOMPARE(row.data().toString(), QStringLiteral("Checkout outage"));
        QCOMPARE(window.notebookView()->currentDocumentId(), id);
    }

    void newDocumentGoesIntoTheSelectedMeetup()
    {
        auto notebook = test::openNotebook(m_path);
        QVERIFY(notebook);
        const qint64 meetup =
            test::addMeetup(*notebook, QStringLiteral("Failure Modes #7"), QDateTime(QDate(2025, 5, 8), QTime(18, 30)));
        AppSettings settings(m_settingsPath);
        MainWindow window(std::move(notebook), settings);
        window.show();
        QVERIFY(window.notebookView()->selectMeetup(meetup));

        bool answered = false;
        std::optional<qint64> offered;
        answerNextDialog<NewDocumentDialog>(
            [&offered](NewDocumentDialog &dialog) {
                offered = dialog.meetupId();
                dialog.setTitle(QStringLiteral("Evening notes"));
            },
            &answered);
        window.appActions()->action(QStringLiteral("file.new-document"))->trigger();
        QVERIFY(answered);
        QCOMPARE(offered, std::optional<qint64>(meetup));
        QCOMPARE(window.editor()->meetupId(), std::optional<qint64>(meetup));
        // Notes inside a meetup start from the meetup-notes template, filled in.
        const QString body = window.editor()->bodyEdit()->toPlainText();
        QVERIFY2(!body.startsWith(QStringLiteral("---")), qPrintable(body)); // front matter went to the fields
        QVERIFY2(body.trimmed().startsWith(QStringLiteral("# Evening notes\n")) &&
                     body.contains(QStringLiteral("## Talks")),
                 qPrintable(body));
        QCOMPARE(window.editor()->frontMatterForm()->field(FrontMatterForm::Field::Rule)->text(),
                 QStringLiteral("chatham"));
        QVERIFY(!body.contains(QStringLiteral("{{")));
        QCOMPARE(window.notebookView()->currentMeetupId(), std::optional<qint64>(meetup));
    }

    void actionItemsDockShowsTheNotebooksActions()
    {
        auto notebook = test::openNotebook(m_path);
        QVERIFY(notebook);
        const qint64 doc = test::addDocument(*notebook, QStringLiteral("Postmortem"));
        ActionItem overdue;
        overdue.title = QStringLiteral("Add jitter");
        overdue.documentId = doc;
        overdue.dueDate = QDate::currentDate().addDays(-2);
        QVERIFY(notebook->actionItems().create(overdue).ok());
        AppSettings settings(m_settingsPath);
        Notebook *raw = notebook.get();
        MainWindow window(std::move(notebook), settings);
        window.show();

        ActionItemsModel *model = window.actionItemsDock()->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(window.statusIndicators()->countsText(), QStringLiteral("1 open · 1 overdue"));

        ActionItem later;
        later.title = QStringLiteral("Write the runbook");
        later.dueDate = QDate::currentDate().addDays(7);
        QVERIFY(raw->actionItems().create(later).ok());
        raw->notifyActionItemsChanged();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(window.statusIndicators()->countsText(), QStringLiteral("2 open · 1 overdue"));

        // "This document" follows the editor; a first start opens the newest document.
        window.actionItemsDock()->setScope(ActionItemsDock::Scope::Document);
        QCOMPARE(window.editor()->documentId(), doc);
        QCOMPARE(model->rowCount(), 1);
        const qint64 other = test::addDocument(*raw, QStringLiteral("Other notes"));
        raw->notifyDocumentsChanged();
        QVERIFY(window.notebookView()->selectDocument(other));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(window.notebookView()->selectDocument(doc));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->item(0).title, QStringLiteral("Add jitter"));
    }

    void openingAnotherNotebookSavesFirst()
    {
        auto notebook = test::openNotebook(m_path);
        QVERIFY(notebook);
        const qint64 id = test::addDocument(*notebook, QStringLiteral("Draft"));
        const QString otherPath = m_dir.filePath(QStringLiteral("other-%1.sqlite").arg(m_counter));
        {
            auto other = test::openNotebook(otherPath);
            QVERIFY(other);
            test::addDocument(*other, QStringLiteral("From the other notebook"));
        }
        AppSettings settings(m_settingsPath);
        MainWindow window(std::move(notebook), settings);
        window.editor()->setAutosaveDelay(600000);
        window.show();
        QVERIFY(window.notebookView()->selectDocument(id));
        QTest::keyClicks(window.editor()->bodyEdit(), QStringLiteral("Last words before switching"));

        QVERIFY(window.openNotebook(otherPath));
        QCOMPARE(test::storedBody(m_path, id), QStringLiteral("Last words before switching"));
        QCOMPARE(window.editor()->documentId(), qint64(0));
        QCOMPARE(window.notebook()->location(), otherPath);
        const QModelIndex group = window.notebookView()->treeView()->model()->index(0, 0);
        QCOMPARE(window.notebookView()->treeView()->model()->index(0, 0, group).data().toString(),
                 QStringLiteral("From the other notebook"));
        QCOMPARE(settings.lastNotebook(), QFileInfo(otherPath).absoluteFilePath());
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    QString m_settingsPath;
};

QTEST_MAIN(TestMainWindowRoundtrip)
#include "test_mainwindow_roundtrip.moc"
