// The window that edits a Markdown file in place: typing and saving keep the file's line
// endings, an external change shows up, a conflict offers reload or keep.
#include "editor/markdowneditor.h"
#include "filebytes.h"
#include "files/filedocument.h"
#include "files/fileeditorwindow.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
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
    void typeAndSaveKeepsCrlf();
    void externalChangeAndConflict();
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
    QTRY_COMPARE(window.editor()->toPlainText(), QStringLiteral("v2 from git\n"));
    QTRY_VERIFY(window.messageBar()->isVisible());

    window.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window.editor(), QStringLiteral("mine"));
    writeBytes(path, "v3 from git, longer\n");
    QTRY_VERIFY(window.document()->hasConflict());
    QVERIFY(window.messageBar()->isVisible());
    QCOMPARE(window.editor()->toPlainText(), QStringLiteral("v2 from git\nmine"));
    const QList<QPushButton *> buttons = window.messageBar()->findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 2);
    QVERIFY(buttons.at(0)->isVisible());
    buttons.at(0)->click(); // reload from disk
    QCOMPARE(window.editor()->toPlainText(), QStringLiteral("v3 from git, longer\n"));
    QVERIFY(!window.isWindowModified());
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
    QTRY_VERIFY(window.messageBar()->isVisible());
    const QString shot = qEnvironmentVariable("DEBRIEF_SCREENSHOT_DIR");
    if (!shot.isEmpty())
        QVERIFY(window.grab().save(
            shot + (dark ? QStringLiteral("/fileeditor-dark.png") : QStringLiteral("/fileeditor-light.png"))));
    QApplication::setPalette(original);
}

QTEST_MAIN(FileEditorWindowTest)
#include "test_fileeditorwindow.moc"
