// Live notes at a meetup: the meetup view, live mode with its timer and "now speaking"
// selector, paragraph timestamps, and quick capture by shortcut linked to the current talk.
#include "actions/actionitemsdock.h"
#include "actions/quickcapturedialog.h"
#include "actions/quickcaptureedit.h"
#include "editor/documenteditor.h"
#include "mainwindow/mainwindow.h"
#include "meetup/captureworkspace.h"
#include "meetup/livesession.h"
#include "meetup/livetoolbar.h"
#include "meetup/meetupview.h"
#include "meetup/paragraphtimestamper.h"
#include "notebook/notebookview.h"
#include "settings/appsettings.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextCursor>

using namespace debrief;

namespace {

/// A plain editor with live time stamps at 19:42, on screen.
struct StampedEditor
{
    QPlainTextEdit edit;
    ParagraphTimestamper stamper;

    StampedEditor()
    {
        stamper.setEditor(&edit);
        stamper.setClock([] { return QTime(19, 42, 10); });
        stamper.setEnabled(true);
        edit.show();
    }
    [[nodiscard]] bool shown() { return QTest::qWaitForWindowExposed(&edit); }
};

} // namespace

class TestLiveMode : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    qint64 m_meetup = 0;
    qint64 m_talk = 0;
    qint64 m_priya = 0;

    std::unique_ptr<Notebook> makeNotebook()
    {
        auto notebook = test::openNotebook(m_dir.filePath(QStringLiteral("nb-%1.sqlite").arg(++m_counter)));
        if (!notebook)
            return nullptr;
        m_meetup = test::addMeetup(*notebook, QStringLiteral("Failure Modes #12"),
                                   QDateTime(QDate(2025, 6, 12), QTime(19, 0)));
        Participant priya;
        priya.displayName = QStringLiteral("Priya Raman");
        m_priya = notebook->participants().create(priya).value().id;
        Participant grace;
        grace.displayName = QStringLiteral("Grace Lindqvist");
        const qint64 graceId = notebook->participants().create(grace).value().id;
        (void)notebook->meetups().setRole(m_meetup, m_priya, MeetupRole::Speaker);
        (void)notebook->meetups().setRole(m_meetup, graceId, MeetupRole::Organiser);
        Document talk;
        talk.kind = DocumentKind::TalkNotes;
        talk.meetupId = m_meetup;
        talk.title = QStringLiteral("Anatomy of a retry storm");
        talk.frontMatterExtra = QStringLiteral("layout: post\nspeaker: Priya Raman\n");
        m_talk = notebook->documents().create(talk).value().id;
        return notebook;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // DEBRIEF_SCREENSHOT_DARK=1: the same under a dark Fusion palette.
        if (qEnvironmentVariableIsSet("DEBRIEF_SCREENSHOT_DARK")) {
            QApplication::setStyle(QStringLiteral("Fusion"));
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            dark.setColor(QPalette::WindowText, Qt::white);
            dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
            dark.setColor(QPalette::Text, Qt::white);
            dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
            dark.setColor(QPalette::ButtonText, Qt::white);
            dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
            QApplication::setPalette(dark);
        }
    }

    void theMeetupViewShowsAgendaAndRoster()
    {
        auto notebook = makeNotebook();
        QVERIFY(notebook);
        MeetupView view;
        view.setNotebook(notebook.get());
        view.showMeetup(m_meetup);
        QCOMPARE(view.headline(), QStringLiteral("Failure Modes #12"));
        QCOMPARE(view.agendaTable()->rowCount(), 1);
        QCOMPARE(view.agendaTable()->item(0, 0)->text(), QStringLiteral("Anatomy of a retry storm"));
        QCOMPARE(view.agendaTable()->item(0, 1)->text(), QStringLiteral("Priya Raman"));
        QCOMPARE(view.rosterTable()->rowCount(), 2);
        QStringList roles;
        for (int row = 0; row < 2; ++row)
            roles << view.rosterTable()->item(row, 0)->text() + QLatin1Char('/') +
                         view.rosterTable()->item(row, 1)->text();
        QVERIFY2(roles.contains(QStringLiteral("Priya Raman/") + displayName(MeetupRole::Speaker)),
                 qPrintable(roles.join(u',')));
        QVERIFY(view.startLiveButton()->isEnabled());
        view.showMeetup(0);
        QVERIFY(!view.startLiveButton()->isEnabled());
    }

    void timestampsStartNewParagraphs_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        // The first note is stamped as it is typed, the next one by Enter.
        QTest::newRow("after a paragraph") << QStringLiteral("Retries doubled the load")
                                           << QStringLiteral("[19:42] Retries doubled the load\n\n[19:42] ");
        QTest::newRow("not after an empty line") << QString() << QStringLiteral("\n");
        QTest::newRow("not inside a list") << QStringLiteral("- first point") << QStringLiteral("- first point\n");
        QTest::newRow("not after a heading") << QStringLiteral("## Q&A") << QStringLiteral("## Q&A\n");
    }

    void timestampsStartNewParagraphs()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        StampedEditor stamped;
        QVERIFY(stamped.shown());
        QPlainTextEdit &edit = stamped.edit;
        ParagraphTimestamper &stamper = stamped.stamper;
        QTest::keyClicks(&edit, typed);
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(edit.toPlainText(), expected);
        // One undo step removes the break and the stamp together.
        if (expected.endsWith(QStringLiteral("\n\n[19:42] "))) {
            edit.undo();
            QCOMPARE(edit.toPlainText(), QStringLiteral("[19:42] ") + typed);
        }
        stamper.setEnabled(false);
        edit.clear();
        QTest::keyClicks(&edit, QStringLiteral("Off"));
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(edit.toPlainText(), QStringLiteral("Off\n"));
    }

    void agendaFollowsTheEvening()
    {
        LiveSession session;
        LiveToolBar bar(&session);
        Participant priya;
        priya.id = 1;
        priya.displayName = QStringLiteral("Priya Raman");
        Participant tomasz;
        tomasz.id = 2;
        tomasz.displayName = QStringLiteral("Tomasz Nowak");
        AgendaEntry first{qint64(10), QStringLiteral("Retry storms"), {priya}};
        AgendaEntry second{std::nullopt, QString(), {tomasz}};
        session.start(1, 5, {first, second});
        QCOMPARE(session.currentEntry(), 0);
        // Next and previous talk, from the keyboard; they stop at the ends.
        bar.nextAction()->trigger();
        QCOMPARE(session.currentEntry(), 1);
        QCOMPARE(bar.speakingSelector()->currentData().toInt(), 1);
        bar.nextAction()->trigger();
        QCOMPARE(session.currentEntry(), 1);
        bar.previousAction()->trigger();
        bar.previousAction()->trigger();
        QCOMPARE(session.currentEntry(), -1);
        bar.nextAction()->trigger();
        bar.nextAction()->trigger();
        // Tomasz's talk notes are written during the evening: the agenda grows, and Tomasz,
        // who is speaking, stays selected through his new entry.
        AgendaEntry secondWithNotes{qint64(11), QStringLiteral("Queues"), {tomasz}};
        session.setAgenda({first, secondWithNotes});
        QCOMPARE(bar.speakingSelector()->count(), 3);
        QCOMPARE(session.currentEntry(), 1);
        AgendaEntry third{qint64(12), QStringLiteral("Pagers"), {priya}};
        session.setAgenda({first, secondWithNotes, third});
        QCOMPARE(session.currentEntry(), 1);
        QCOMPARE(bar.speakingSelector()->count(), 4);
        QVERIFY(bar.speakingSelector()->currentText().startsWith(QStringLiteral("Queues")));
    }

    void noStampsInsideCode()
    {
        StampedEditor stamped;
        QVERIFY(stamped.shown());
        QPlainTextEdit &edit = stamped.edit;
        edit.setPlainText(QStringLiteral("```\nretry()\n\n"));
        edit.moveCursor(QTextCursor::End);
        QTest::keyClicks(&edit, QStringLiteral("backoff"));
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(edit.toPlainText(), QStringLiteral("```\nretry()\n\nbackoff\n"));
    }

    void noSecondStampUnderAnEmptyNote()
    {
        StampedEditor stamped;
        QVERIFY(stamped.shown());
        QPlainTextEdit &edit = stamped.edit;
        QTest::keyClicks(&edit, QStringLiteral("Load"));
        QTest::keyClick(&edit, Qt::Key_Return);
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(edit.toPlainText(), QStringLiteral("[19:42] Load\n\n[19:42] \n"));
    }

    void quickCaptureDuringLiveMode()
    {
        auto notebook = makeNotebook();
        QVERIFY(notebook);
        AppSettings settings(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_counter)));
        MainWindow window(std::move(notebook), settings);
        CaptureWorkspace *workspace = window.captureWorkspace();
        QStringList offered;
        workspace->setAddOwnerQuestion([&offered](const QString &name) {
            offered << name;
            return true;
        });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Activating the meetup shows it; starting live notes creates and opens the notes.
        QVERIFY(window.notebookView()->selectMeetup(m_meetup));
        QTRY_COMPARE(workspace->meetupView()->meetupId(), m_meetup);
        QVERIFY(workspace->meetupDock()->isVisible());
        workspace->meetupView()->startLiveButton()->click();
        QTRY_VERIFY(workspace->liveSession()->isActive());
        const qint64 notes = workspace->liveSession()->notesDocumentId();
        QVERIFY(notes != 0);
        QCOMPARE(window.editor()->documentId(), notes);
        QCOMPARE(window.notebook()->documents().get(notes).value().kind, DocumentKind::MeetupNotes);
        QVERIFY(workspace->liveToolBar()->isVisible());
        QVERIFY2(workspace->liveToolBar()->timerText().startsWith(QStringLiteral("● Live 0:00:0")),
                 qPrintable(workspace->liveToolBar()->timerText()));
        // The timer runs: any later second will do, a busy machine may skip one.
        QTRY_VERIFY_WITH_TIMEOUT(!workspace->liveToolBar()->timerText().endsWith(QStringLiteral("0:00:00")), 10000);
        // The first talk is on.
        QCOMPARE(workspace->liveSession()->currentEntry(), 0);
        QCOMPARE(workspace->liveSession()->ownerSuggestion(), QStringLiteral("Priya Raman"));

        // Notes with timestamps, saved as typed.
        QPlainTextEdit *body = window.editor()->bodyEdit();
        QTRY_VERIFY(body->hasFocus());
        QTest::keyClicks(body, QStringLiteral("Retries doubled the load"));
        QTest::keyClick(body, Qt::Key_Return);
        QVERIFY2(body->toPlainText().contains(QRegularExpression(QStringLiteral("\\n\\n\\[\\d\\d:\\d\\d\\] $"))),
                 qPrintable(body->toPlainText()));

        // The global shortcut opens quick capture for the current talk.
        QTest::keyClick(body, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(workspace->quickCaptureDialog() && workspace->quickCaptureDialog()->isVisible());
        QuickCaptureEdit *capture = workspace->quickCaptureDialog()->captureEdit();
        QTRY_VERIFY(capture->lineEdit()->hasFocus());
        QTest::keyClicks(capture->lineEdit(), QStringLiteral("Add jitter @priya due:fri !high"));
        QVERIFY2(capture->previewText().contains(QStringLiteral("Owner: Priya Raman")),
                 qPrintable(capture->previewText()));
        QTest::keyClick(capture->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY(!workspace->quickCaptureDialog());

        ActionItemRepository::Filter filter;
        filter.meetupId = m_meetup;
        const auto items = window.notebook()->actionItems().list(filter).value();
        QCOMPARE(items.size(), 1);
        const ActionItem &item = items.constFirst();
        QCOMPARE(item.title, QStringLiteral("Add jitter"));
        QCOMPARE(item.ownerParticipantId, std::optional<qint64>(m_priya));
        QCOMPARE(item.priority, ActionPriority::High);
        QCOMPARE(item.dueDate.dayOfWeek(), 5);
        QVERIFY(item.dueDate > QDate::currentDate());
        QCOMPARE(item.documentId, std::optional<qint64>(m_talk));
        QVERIFY(offered.isEmpty());
        // Back in the notes, and what was typed is saved.
        QTRY_VERIFY(body->hasFocus());
        QVERIFY(window.editor()->flush());
        // The first note carries its time too.
        const QString stored = test::storedBody(window.notebook()->location(), notes);
        QVERIFY2(stored.contains(QRegularExpression(QStringLiteral("^\\[\\d\\d:\\d\\d\\] Retries doubled"))),
                 qPrintable(stored));

        // Nobody speaking: the action goes to the meetup notes; an unknown owner is offered.
        workspace->liveToolBar()->speakingSelector()->setCurrentIndex(0);
        QCOMPARE(workspace->liveSession()->currentEntry(), -1);
        workspace->openQuickCapture();
        QTRY_VERIFY(workspace->quickCaptureDialog());
        workspace->quickCaptureDialog()->captureEdit()->lineEdit()->setText(QStringLiteral("Book the venue @ana"));
        QVERIFY(workspace->quickCaptureDialog()->captureEdit()->submit());
        QCOMPARE(offered, QStringList{QStringLiteral("ana")});
        const auto roster = window.notebook()->meetups().roster(m_meetup).value();
        QVERIFY(std::any_of(roster.cbegin(), roster.cend(), [](const RosterEntry &e) {
            return e.participant.displayName == QLatin1String("ana") && e.role == MeetupRole::Attendee;
        }));
        const auto all = window.notebook()->actionItems().list(filter).value();
        QCOMPARE(all.size(), 2);
        const auto venue = std::find_if(all.cbegin(), all.cend(),
                                        [](const ActionItem &a) { return a.title == QLatin1String("Book the venue"); });
        QVERIFY(venue != all.cend());
        QCOMPARE(venue->documentId, std::optional<qint64>(notes));

        // DEBRIEF_SCREENSHOT=file.png keeps a picture of live mode for a human to look at.
        if (const QString shot = qEnvironmentVariable("DEBRIEF_SCREENSHOT"); !shot.isEmpty()) {
            window.resize(1400, 900);
            window.actionItemsDock()->setScope(ActionItemsDock::Scope::Meetup);
            QTest::qWait(1200);
            QVERIFY(window.grab().save(shot));
        }
        workspace->liveToolBar()->stopAction()->trigger();
        QVERIFY(!workspace->liveSession()->isActive());
        QVERIFY(!workspace->liveToolBar()->isVisible());
    }
};

QTEST_MAIN(TestLiveMode)
#include "test_livemode.moc"
