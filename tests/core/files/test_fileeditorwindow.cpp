// The window that edits a Markdown file in place: typing and saving keep the file's line
// endings, an external change shows up, a conflict offers reload or keep.
#include "editor/markdowneditor.h"
#include "filebytes.h"
#include "files/filedocument.h"
#include "files/fileeditorwindow.h"
#include "files/filerecovery.h"
#include "files/recentfilesmenu.h"
#include "frontmatter/frontmatterform.h"
#include "preview/markdownpreview.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using test::readBytes;
using test::writeBytes;

class FileEditorWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { QDir(FileRecovery::folder()).removeRecursively(); } // test-mode data only
    void typeAndSaveKeepsCrlf();
    void externalChangeAndConflict();
    void pageHasFormPreviewAndRecentFiles();
    void unsavedTypingIsRecoveredAfterACrash();
    void oneWindowPerFile();
    void screenshots_data();
    void screenshots();

private:
    QTemporaryDir m_dir;
};

void FileEditorWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void FileEditorWindowTest::typeAndSaveKeepsCrlf()
{
    const QString path = m_dir.filePath(QStringLiteral("incident.md"));
    writeBytes(path, "# Incident\r\n");
    AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    FileEditorWindow window(&settings);
    QVERIFY(window.load(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("incident.md")));
    QCOMPARE(settings.recentFiles(), QStringList{path});
    window.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window.editor(), QStringLiteral("More"));
    QVERIFY(window.isWindowModified());
    QVERIFY(window.save());
    QVERIFY(!window.isWindowModified());
    QCOMPARE(readBytes(path), QByteArray("# Incident\r\nMore"));
}

void FileEditorWindowTest::externalChangeAndConflict()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.md"));
    writeBytes(path, "v1\n");
    FileEditorWindow window(nullptr);
    QVERIFY(window.load(path));
    window.show();
    writeBytes(path, "v2 from git\n");
    QTRY_COMPARE_WITH_TIMEOUT(window.editor()->toPlainText(), QStringLiteral("v2 from git\n"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->isVisible(), 20000);

    window.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window.editor(), QStringLiteral("mine"));
    writeBytes(path, "v3 from git, longer\n");
    QTRY_VERIFY_WITH_TIMEOUT(window.document()->hasConflict(), 20000);
    QVERIFY(window.messageBar()->isVisible());
    QCOMPARE(window.editor()->toPlainText(), QStringLiteral("v2 from git\nmine"));
    // The conflict offers exactly two ways out: reload from disk or keep mine.
    QList<QPushButton *> buttons;
    for (QPushButton *button : window.messageBar()->findChildren<QPushButton *>()) {
        if (button->isVisible())
            buttons.append(button);
    }
    QCOMPARE(buttons.size(), 2);
    QVERIFY(buttons.at(0)->text().contains(QStringLiteral("Reload")));
    buttons.at(0)->click(); // reload from disk
    QCOMPARE(window.editor()->toPlainText(), QStringLiteral("v3 from git, longer\n"));
    QVERIFY(!window.isWindowModified());
}

void FileEditorWindowTest::pageHasFormPreviewAndRecentFiles()
{
    const QString path = m_dir.filePath(QStringLiteral("2026-11-20-queue-outage.md"));
    writeBytes(path, "---\nlayout: post\ntitle: Queue outage\nseverity: SEV2\n---\n\n# Queue outage\n\n"
                     "The consumers stalled for an hour.\n");
    AppSettings settings(m_dir.filePath(QStringLiteral("settings-page.ini")));
    FileEditorWindow window(&settings);
    window.preview()->setRenderDelay(0);
    QVERIFY(window.load(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The preview renders the file as the notebook's preview does, front matter excluded.
    QTRY_VERIFY_WITH_TIMEOUT(
        window.preview()->toPlainText().contains(QStringLiteral("The consumers stalled for an hour.")), 20000);
    QVERIFY(!window.preview()->toPlainText().contains(QStringLiteral("layout")));

    // The form edits the file's own YAML, keeping the keys it does not show.
    FrontMatterForm *form = window.frontMatterForm();
    QTRY_COMPARE_WITH_TIMEOUT(form->field(FrontMatterForm::Field::Title)->text(), QStringLiteral("Queue outage"),
                              20000);
    QLineEdit *severity = form->field(FrontMatterForm::Field::Severity);
    severity->selectAll();
    QTest::keyClicks(severity, QStringLiteral("SEV1"));
    QVERIFY(window.editor()->toPlainText().contains(QStringLiteral("severity: SEV1")));
    QVERIFY(window.editor()->toPlainText().contains(QStringLiteral("layout: post")));
    QVERIFY(window.isWindowModified());
    QVERIFY(window.save());
    QVERIFY(readBytes(path).contains("severity: SEV1"));

    // File ▸ Open Recent offers it, and choosing it asks for that path.
    RecentFilesMenu recent(settings);
    recent.rebuild();
    QAction *entry = nullptr;
    for (QAction *action : recent.actions()) {
        if (action->text().contains(QStringLiteral("2026-11-20-queue-outage.md")))
            entry = action;
    }
    QVERIFY(entry);
    QSignalSpy chosen(&recent, &RecentFilesMenu::fileChosen);
    entry->trigger();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(QFileInfo(chosen.first().first().toString()), QFileInfo(path));

    // Cleared, the menu says so instead of showing nothing.
    recent.actions().constLast()->trigger(); // Clear List
    recent.rebuild();
    QCOMPARE(recent.actions().size(), 1);
    QVERIFY(!recent.actions().constFirst()->isEnabled());
}

void FileEditorWindowTest::unsavedTypingIsRecoveredAfterACrash()
{
    const QString path = m_dir.filePath(QStringLiteral("crash.md"));
    writeBytes(path, "# Outage\n");
    QString recoveryPath;
    {
        FileEditorWindow window(nullptr);
        window.recovery()->setDelay(0);
        QVERIFY(window.load(path));
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), QStringLiteral("The queue stalled."));
        recoveryPath = window.recovery()->recoveryPath();
        QTRY_VERIFY(QFile::exists(recoveryPath));                 // written a moment after typing stops
        QVERIFY(!recoveryPath.contains(QStringLiteral("crash"))); // the copy's name says nothing
        QCOMPARE(readBytes(path), QByteArray("# Outage\n"));      // the file itself is untouched
        QCOMPARE(QFile::permissions(recoveryPath) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    } // gone without saving, as in a crash

    FileEditorWindow again(nullptr);
    QVERIFY(again.load(path));
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(again.messageBar()->isVisible());
    QPushButton *recover = nullptr;
    for (QPushButton *button : again.messageBar()->findChildren<QPushButton *>()) {
        if (button->isVisible() && button->text().contains(QStringLiteral("Recover")))
            recover = button;
    }
    QVERIFY(recover);
    QCOMPARE(again.editor()->toPlainText(), QStringLiteral("# Outage\n")); // nothing taken unasked
    // Typing (and undoing) before deciding leaves the offered copy as it was.
    again.recovery()->setDelay(0);
    QTest::keyClicks(again.editor(), QStringLiteral("x"));
    again.editor()->undo();
    QTest::qWait(50);
    QCOMPARE(test::readBytes(recoveryPath), QByteArray("# Outage\nThe queue stalled."));
    recover->click();
    QCOMPARE(again.editor()->toPlainText(), QStringLiteral("# Outage\nThe queue stalled."));
    QVERIFY(again.isWindowModified());
    QVERIFY(again.save());
    QCOMPARE(readBytes(path), QByteArray("# Outage\nThe queue stalled."));
    QVERIFY(!QFile::exists(recoveryPath)); // saved: nothing left to recover
}

void FileEditorWindowTest::oneWindowPerFile()
{
    const QString path = m_dir.filePath(QStringLiteral("once.md"));
    writeBytes(path, "# Once\n");
    QPointer<FileEditorWindow> first = FileEditorWindow::open(path, nullptr);
    QVERIFY(first);
    // The same file by another spelling of its path: the open window comes forward.
    FileEditorWindow *second = FileEditorWindow::open(m_dir.path() + QStringLiteral("/./once.md"), nullptr);
    QCOMPARE(second, first.data());
    first->close(); // deleted on close
    QTRY_VERIFY_WITH_TIMEOUT(!first, 20000);
}

void FileEditorWindowTest::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void FileEditorWindowTest::screenshots()
{
    QFETCH(bool, dark);
    const QPalette original = QApplication::palette();
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::WindowText, Qt::white);
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::AlternateBase, QColor(0x3a, 0x3a, 0x3a));
        palette.setColor(QPalette::Text, Qt::white);
        palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        palette.setColor(QPalette::ButtonText, Qt::white);
        QApplication::setPalette(palette);
    }
    const QString path = m_dir.filePath(QStringLiteral("look.md"));
    writeBytes(path, "# Retry storm\n\n- [ ] Add jitter @ops due:2026-04-01\n");
    FileEditorWindow window(nullptr);
    QVERIFY(window.load(path));
    window.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window.editor(), QStringLiteral("edit"));
    window.resize(800, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    writeBytes(path, "# Retry storm (changed on disk)\n");
    QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->isVisible(), 20000);
    const QString shot = qEnvironmentVariable("DEBRIEF_SCREENSHOT_DIR");
    if (!shot.isEmpty())
        QVERIFY(window.grab().save(
            shot + (dark ? QStringLiteral("/fileeditor-dark.png") : QStringLiteral("/fileeditor-light.png"))));
    QApplication::setPalette(original);
}

QTEST_MAIN(FileEditorWindowTest)
#include "test_fileeditorwindow.moc"
