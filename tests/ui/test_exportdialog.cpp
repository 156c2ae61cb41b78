// The Chatham House export dialog, offscreen: identities left block the export until fixed,
// highlights match the replacements, warnings can be added to the roster or allowed, and
// the file written names nobody (content, metadata, file name); labels stay stable.
#include "export/anonymiseddiffview.h"
#include "export/anonymisedpreview.h"
#include "export/exportdialog.h"
#include "preview/markdownpreview.h"
#include "roster/rosterdock.h"
#include "roster/rostermodel.h"
#include "testnotebook.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace debrief;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Notebook> notebook;
    qint64 meetupId = 0;
    qint64 otherMeetupId = 0;
    qint64 documentId = 0;
    qint64 priya = 0;
    qint64 tomasz = 0;

    bool setUp(const QString &body)
    {
        notebook = test::openNotebook(dir);
        if (!notebook)
            return false;
        meetupId = meetup(QStringLiteral("Failure modes #12"));
        otherMeetupId = meetup(QStringLiteral("Failure modes #11"));
        priya =
            person(meetupId, QStringLiteral("Priya Sharma"), MeetupRole::Speaker, QStringLiteral("priya@acme.example"));
        tomasz = person(otherMeetupId, QStringLiteral("Tomasz Nowak"), MeetupRole::Speaker, {});
        Document document;
        document.title = QStringLiteral("Retry storms with Priya Sharma");
        document.kind = DocumentKind::MeetupNotes;
        document.meetupId = meetupId;
        document.body = body;
        auto created = notebook->documents().create(document);
        documentId = created.ok() ? created.value().id : 0;
        return meetupId && priya && tomasz && documentId;
    }
    qint64 meetup(const QString &title)
    {
        Meetup m;
        m.title = title;
        auto created = notebook->meetups().create(m);
        return created.ok() ? created.value().id : 0;
    }
    qint64 person(qint64 meetup, const QString &name, MeetupRole role, const QString &email)
    {
        Participant p;
        p.displayName = name;
        p.affiliation = QStringLiteral("Acme Payments");
        if (!email.isEmpty())
            p.aliases.append({AliasKind::Email, email});
        auto created = notebook->participants().create(p);
        if (!created.ok() || !notebook->meetups().setRole(meetup, created.value().id, role).ok())
            return 0;
        return created.value().id;
    }
};

const QStringList kIdentities{QStringLiteral("Priya"),    QStringLiteral("Sharma"),       QStringLiteral("Tomasz"),
                              QStringLiteral("Nowak"),    QStringLiteral("acme.example"), QStringLiteral("Acme"),
                              QStringLiteral("Zbigniew"), QStringLiteral("Kowalczyk")};

} // namespace

class ExportDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void blocksWhileAnIdentityRemains()
    {
        Fixture f;
        QVERIFY(f.setUp(QStringLiteral("Priya Sharma explained the outage.\n\nTomasz Nowak asked about retries.\n")));
        ExportDialog dialog(*f.notebook, f.documentId);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Tomasz is in the notebook but not on this meetup's roster: the scan finds him.
        QCOMPARE(dialog.errorCount(), 1);
        QVERIFY(!dialog.exportButton()->isEnabled());
        QVERIFY(dialog.anonymisedText().contains(QStringLiteral("Tomasz Nowak")));
        QVERIFY(!dialog.exportTo(f.dir.filePath(QStringLiteral("blocked.md"))).ok);
        QVERIFY(!QFileInfo::exists(f.dir.filePath(QStringLiteral("blocked.md"))));

        QVERIFY(dialog.addToRoster(f.tomasz, MeetupRole::Attendee));
        QCOMPARE(dialog.errorCount(), 0);
        QVERIFY(dialog.exportButton()->isEnabled());
        QVERIFY(!dialog.anonymisedText().contains(QStringLiteral("Tomasz")));
        QCOMPARE(f.notebook->meetups().roster(f.meetupId).value().size(), 2);
    }

    void highlightsEveryReplacement()
    {
        Fixture f;
        QVERIFY(f.setUp(QStringLiteral("Priya Sharma (priya@acme.example) spoke. Priya's point: Acme Payments "
                                       "had no backoff.\n")));
        ExportDialog dialog(*f.notebook, f.documentId);
        AnonymisedDiffView *view = dialog.diffView();
        const auto left = view->originalEdit()->extraSelections();
        const auto right = view->anonymisedEdit()->extraSelections();
        // Title, name, e-mail, possessive and affiliation: at least five replacements.
        QVERIFY2(view->originalHighlightCount() >= 5, qPrintable(QString::number(view->originalHighlightCount())));
        QCOMPARE(view->anonymisedHighlightCount(), view->originalHighlightCount());
        QCOMPARE(int(left.size()), view->originalHighlightCount());
        QCOMPARE(int(right.size()), view->anonymisedHighlightCount());
        for (const auto &selection : left) {
            const QString text = selection.cursor.selectedText();
            QVERIFY2(std::any_of(kIdentities.cbegin(), kIdentities.cend(),
                                 [&](const QString &id) { return text.contains(id, Qt::CaseInsensitive); }),
                     qPrintable(text));
        }
        for (const auto &selection : right) {
            const QString text = selection.cursor.selectedText();
            QVERIFY(!text.isEmpty());
            for (const QString &identity : kIdentities)
                QVERIFY2(!text.contains(identity, Qt::CaseInsensitive), qPrintable(text));
        }
    }

    void warningsCanBeAddedToTheRosterOrAllowed()
    {
        Fixture f;
        QVERIFY(f.setUp(QStringLiteral("We thanked Zbigniew Kowalczyk for the pizza, and the Kubernetes folks.\n")));
        ExportDialog dialog(*f.notebook, f.documentId);
        QCOMPARE(dialog.errorCount(), 0);
        const auto warned = [&](const QString &word) {
            const auto items = dialog.findingsList()->findItems(word, Qt::MatchContains, 2);
            return !items.isEmpty();
        };
        QVERIFY(warned(QStringLiteral("Zbigniew")));
        QVERIFY(warned(QStringLiteral("Kubernetes")));
        const int before = dialog.warningCount();

        dialog.allow(QStringLiteral("Kubernetes"));
        QVERIFY(!warned(QStringLiteral("Kubernetes")));
        QCOMPARE(dialog.warningCount(), before - 1);

        Participant dana;
        dana.displayName = QStringLiteral("Zbigniew Kowalczyk");
        QVERIFY(dialog.addToRoster(dana, MeetupRole::Attendee));
        QVERIFY(!warned(QStringLiteral("Zbigniew")));
        QVERIFY(!dialog.anonymisedText().contains(QStringLiteral("Zbigniew")));
        QVERIFY(dialog.anonymisedText().contains(QStringLiteral("Participant 1")));
        // The allow-list lasts for the dialog's session.
        QVERIFY(!warned(QStringLiteral("Kubernetes")));
    }

    void writtenFileNamesNobody_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("markdown") << QStringLiteral("md");
        QTest::newRow("html") << QStringLiteral("html");
    }

    void writtenFileNamesNobody()
    {
        QFETCH(QString, format);
        Fixture f;
        QVERIFY(f.setUp(QStringLiteral("Priya Sharma explained the outage at Acme Payments.\n")));
        ActionItem action;
        action.meetupId = f.meetupId;
        action.documentId = f.documentId;
        action.title = QStringLiteral("Add jitter to retries");
        action.ownerParticipantId = f.priya;
        action.ownerText = QStringLiteral("Priya Sharma");
        QVERIFY(f.notebook->actionItems().create(action).ok());

        ExportDialog dialog(*f.notebook, f.documentId);
        dialog.setFormat(format);
        QCOMPARE(dialog.errorCount(), 0);
        const QString name = dialog.proposedFileName();
        QVERIFY(name.endsWith(QLatin1Char('.') + format));
        for (const QString &identity : kIdentities)
            QVERIFY2(!name.contains(identity, Qt::CaseInsensitive), qPrintable(name));
        QVERIFY2(name.contains(QStringLiteral("speaker-a")), qPrintable(name));

        const QString path = f.dir.filePath(name);
        const ExportResult result = dialog.exportTo(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(file.readAll());
        for (const QString &identity : kIdentities)
            QVERIFY2(!written.contains(identity, Qt::CaseInsensitive), qPrintable(identity));
        QVERIFY(!written.contains(QStringLiteral("author"), Qt::CaseInsensitive));
        // The action item is there, owned by a label.
        QVERIFY2(written.contains(QStringLiteral("Add jitter to retries")), qPrintable(written));
        QVERIFY2(written.contains(QStringLiteral("owner: Speaker A")), qPrintable(written));
    }

    void previewShowsTheAnonymisedText()
    {
        QPlainTextEdit editor;
        MarkdownPreview preview;
        preview.setRenderDelay(0);
        AnonymisedPreview anonymised(&preview, &editor);
        RosterPerson priya;
        priya.name = QStringLiteral("Priya Sharma");
        priya.role = MeetupRole::Speaker;
        AnonymiserOptions options;
        options.presetLabels = {{0, QStringLiteral("Speaker C")}}; // as stored by an earlier export
        anonymised.setRoster(Roster({priya}), options);
        editor.setPlainText(QStringLiteral("# Notes\n\nPriya Sharma spoke.\n"));

        anonymised.setEnabled(true);
        QCOMPARE(anonymised.shownText(), QStringLiteral("# Notes\n\nSpeaker C spoke.\n"));
        QTRY_VERIFY_WITH_TIMEOUT(preview.isUpToDate(), 20000);
        QVERIFY(preview.toPlainText().contains(QStringLiteral("Speaker C spoke.")));
        QVERIFY(!preview.toPlainText().contains(QStringLiteral("Priya")));
        // Typing while on keeps the preview anonymised.
        editor.appendPlainText(QStringLiteral("Thanks, Priya!"));
        QTRY_VERIFY_WITH_TIMEOUT(anonymised.shownText().contains(QStringLiteral("Thanks, Speaker C!")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(preview.isUpToDate(), 20000);
        QVERIFY(!preview.toPlainText().contains(QStringLiteral("Priya")));

        anonymised.setEnabled(false);
        QTRY_VERIFY_WITH_TIMEOUT(preview.toPlainText().contains(QStringLiteral("Thanks, Priya!")), 20000);
    }

    // Not a check: with DEBRIEF_SCREENSHOT_DIR set, saves the dialog and the roster dock as
    // PNGs (light, and dark with DEBRIEF_SCREENSHOT_DARK) for a person to look at.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("DEBRIEF_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set DEBRIEF_SCREENSHOT_DIR to save screenshots");
        const bool dark = qEnvironmentVariableIsSet("DEBRIEF_SCREENSHOT_DARK");
        if (dark) {
            QApplication::setStyle(QStringLiteral("Fusion"));
            QPalette palette;
            palette.setColor(QPalette::Window, QColor(45, 45, 48));
            palette.setColor(QPalette::WindowText, Qt::white);
            palette.setColor(QPalette::Base, QColor(30, 30, 30));
            palette.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
            palette.setColor(QPalette::Text, Qt::white);
            palette.setColor(QPalette::Button, QColor(53, 53, 53));
            palette.setColor(QPalette::ButtonText, Qt::white);
            palette.setColor(QPalette::Highlight, QColor(42, 130, 218));
            palette.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
            QApplication::setPalette(palette);
        }
        Fixture f;
        QVERIFY(f.setUp(QStringLiteral("## What happened\n\nPriya Sharma (priya@acme.example) walked us through the "
                                       "retry storm at Acme Payments.\nTomasz Nowak asked about backoff; Zbigniew "
                                       "Kowalczyk took notes.\n\n<!-- off-record -->Names of the vendors<!-- "
                                       "/off-record -->\n")));
        ExportDialog dialog(*f.notebook, f.documentId);
        dialog.resize(1100, 640);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral(".png");
        QVERIFY(dialog.grab().save(QDir(folder).filePath(QStringLiteral("exportdialog") + suffix)));

        RosterDock dock;
        dock.setNotebook(f.notebook.get());
        dock.setMeetup(f.meetupId);
        dock.tableView()->setCurrentIndex(dock.model()->index(0, 0));
        dock.resize(900, 420);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QVERIFY(dock.grab().save(QDir(folder).filePath(QStringLiteral("rosterdock") + suffix)));
        RosterDock empty;
        empty.resize(500, 300);
        empty.show();
        QVERIFY(QTest::qWaitForWindowExposed(&empty));
        QVERIFY(empty.grab().save(QDir(folder).filePath(QStringLiteral("rosterdock-empty") + suffix)));
    }

    void labelsStayTheSameAcrossExports()
    {
        Fixture f;
        QVERIFY(f.setUp(QStringLiteral("Priya Sharma opened.\n")));
        QVERIFY(f.notebook->meetups().setRole(f.meetupId, f.tomasz, MeetupRole::Speaker).ok());
        {
            ExportDialog first(*f.notebook, f.documentId);
            QVERIFY(first.exportTo(f.dir.filePath(QStringLiteral("first.md"))).ok);
            QVERIFY(first.anonymisedText().contains(QStringLiteral("Speaker A opened.")));
        }
        // Tomasz now comes first in the text; Priya keeps "Speaker A".
        Document document = f.notebook->documents().get(f.documentId).value();
        document.title = QStringLiteral("Retry storms");
        document.body = QStringLiteral("Tomasz Nowak replied to Priya Sharma.\n");
        QVERIFY(f.notebook->documents().update(document).ok());
        ExportDialog second(*f.notebook, f.documentId);
        QVERIFY2(second.anonymisedText().contains(QStringLiteral("Speaker B replied to Speaker A.")),
                 qPrintable(second.anonymisedText()));
        const auto stored = f.notebook->labels().labels(f.meetupId, QStringLiteral("letters"));
        QCOMPARE(stored.value().value(f.priya), QStringLiteral("Speaker A"));
    }
};

QTEST_MAIN(ExportDialogTest)
#include "test_exportdialog.moc"
