// Markdown files edited in place: encoding and line endings kept, atomic save, changes made
// by other programs (also by rename) noticed, conflicts when there are local edits.
#include "filebytes.h"
#include "files/filedocument.h"
#include "files/recentfiles.h"
#include "files/textfilecodec.h"
#include "settings/appsettings.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace debrief;
using test::readBytes;
using test::writeBytes;

class FileDocumentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void refusesWhatIsNotUtf8Text_data();
    void refusesWhatIsNotUtf8Text();
    void externalChangeReloads();
    void replacedByRenameIsNoticed();
    void externalChangeWithLocalEditsConflicts();
    void safeSaveRefusesUnnoticedChange();
    void removedOnDisk();
    void recentFiles();
};

void FileDocumentTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void FileDocumentTest::roundTrip_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QByteArray>("saved");
    QTest::newRow("LF kept") << QByteArray("# A\nline\n") << QStringLiteral("# A\nline\nmore\n")
                             << QByteArray("# A\nline\nmore\n");
    QTest::newRow("CRLF kept") << QByteArray("# A\r\nline\r\n") << QStringLiteral("# A\nline\nmore\n")
                               << QByteArray("# A\r\nline\r\nmore\r\n");
    QTest::newRow("BOM kept") << QByteArray("\xEF\xBB\xBF# A\n") << QStringLiteral("# B\n")
                              << QByteArray("\xEF\xBB\xBF# B\n");
    QTest::newRow("BOM and CRLF kept") << QByteArray("\xEF\xBB\xBF# A\r\n") << QStringLiteral("# Ä\n")
                                       << QByteArray("\xEF\xBB\xBF# \xC3\x84\r\n");
    QTest::newRow("mixed endings take the majority")
        << QByteArray("a\r\nb\r\nc\n") << QStringLiteral("a\nb\nc\nd\n") << QByteArray("a\r\nb\r\nc\r\nd\r\n");
}

void FileDocumentTest::roundTrip()
{
    QFETCH(QByteArray, original);
    QFETCH(QString, edit);
    QFETCH(QByteArray, saved);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("incident.md"));
    writeBytes(path, original);
    FileDocument document;
    QVERIFY2(document.load(path), qPrintable(document.errorString()));
    QVERIFY(!document.text().contains(QLatin1Char('\r')));
    QVERIFY(!document.text().startsWith(QChar(0xFEFF)));
    QVERIFY(!document.isModified());
    QSignalSpy modified(&document, &FileDocument::modifiedChanged);
    document.setText(edit);
    QVERIFY(document.isModified());
    QCOMPARE(modified.size(), 1);
    QVERIFY2(document.save(), qPrintable(document.errorString()));
    QVERIFY(!document.isModified());
    QCOMPARE(readBytes(path), saved);
    // Saving leaves no temporary file behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("incident.md")});
}

void FileDocumentTest::refusesWhatIsNotUtf8Text_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("Latin-1") << QByteArray("# Notes\nJos\xE9\n") << QStringLiteral("line 2");
    QTest::newRow("binary") << QByteArray("\x89PNG\x00\x00", 6) << QStringLiteral("binary");
}

void FileDocumentTest::refusesWhatIsNotUtf8Text()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("legacy.md"));
    writeBytes(path, bytes);
    FileDocument document;
    QVERIFY(!document.load(path));
    QVERIFY2(document.errorString().contains(message), qPrintable(document.errorString()));
    QVERIFY(document.path().isEmpty());
    QCOMPARE(readBytes(path), bytes);
}

void FileDocumentTest::externalChangeReloads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.md"));
    writeBytes(path, "one\n");
    FileDocument document;
    QVERIFY(document.load(path));
    QSignalSpy reloaded(&document, &FileDocument::reloaded);
    QSignalSpy conflicts(&document, &FileDocument::conflictDetected);
    writeBytes(path, "one\ntwo, written by another program\n");
    QTRY_COMPARE(reloaded.size(), 1);
    QCOMPARE(document.text(), QStringLiteral("one\ntwo, written by another program\n"));
    QCOMPARE(conflicts.size(), 0);
    // Our own save is not an external change.
    document.setText(QStringLiteral("mine\n"));
    QVERIFY(document.save());
    QTest::qWait(300);
    QCOMPARE(reloaded.size(), 1);
}

void FileDocumentTest::replacedByRenameIsNoticed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.md"));
    writeBytes(path, "old\n");
    FileDocument document;
    QVERIFY(document.load(path));
    QSignalSpy reloaded(&document, &FileDocument::reloaded);
    // What git checkout and many editors do: write a new file and rename it over the old one.
    for (const QByteArray &version : {QByteArray("new\n"), QByteArray("newer\n")}) {
        const QString temporary = dir.filePath(QStringLiteral(".a.md.tmp"));
        writeBytes(temporary, version);
        QVERIFY(std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) == 0);
        QTRY_COMPARE(document.text(), QString::fromUtf8(version));
    }
    QCOMPARE(reloaded.size(), 2);
}

void FileDocumentTest::externalChangeWithLocalEditsConflicts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.md"));
    writeBytes(path, "base\n");
    FileDocument document;
    QVERIFY(document.load(path));
    document.setText(QStringLiteral("base\nmy edit\n"));
    QSignalSpy reloaded(&document, &FileDocument::reloaded);
    QSignalSpy conflicts(&document, &FileDocument::conflictDetected);
    writeBytes(path, "base\ntheir edit\n");
    QTRY_COMPARE(conflicts.size(), 1);
    QVERIFY(document.hasConflict());
    QCOMPARE(reloaded.size(), 0);
    QCOMPARE(document.text(), QStringLiteral("base\nmy edit\n"));
    QVERIFY(!document.save());
    QCOMPARE(readBytes(path), QByteArray("base\ntheir edit\n"));
    QVERIFY(document.save(FileDocument::SaveMode::Overwrite));
    QCOMPARE(readBytes(path), QByteArray("base\nmy edit\n"));
    QVERIFY(!document.hasConflict());
}

void FileDocumentTest::safeSaveRefusesUnnoticedChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.md"));
    writeBytes(path, "base\n");
    FileDocument document;
    QVERIFY(document.load(path));
    document.setText(QStringLiteral("mine\n"));
    // Changed on disk, and saved before the watcher had a chance to report it.
    writeBytes(path, "theirs, longer\n");
    QVERIFY(!document.save());
    QCOMPARE(readBytes(path), QByteArray("theirs, longer\n"));
    QVERIFY(document.reload());
    QCOMPARE(document.text(), QStringLiteral("theirs, longer\n"));
    QVERIFY(!document.isModified());
}

void FileDocumentTest::removedOnDisk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.md"));
    writeBytes(path, "x\n");
    FileDocument document;
    QVERIFY(document.load(path));
    QSignalSpy removed(&document, &FileDocument::removedOnDisk);
    QVERIFY(QFile::remove(path));
    QTRY_COMPARE(removed.size(), 1);
    QVERIFY(document.save());
    QCOMPARE(readBytes(path), QByteArray("x\n"));
}

void FileDocumentTest::recentFiles()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    QSignalSpy changed(&settings, &AppSettings::recentFilesChanged);
    RecentFiles recent(settings);
    QStringList paths;
    for (int i = 0; i < RecentFiles::maximum + 2; ++i) {
        paths << dir.filePath(QStringLiteral("f%1.md").arg(i));
        writeBytes(paths.last(), "x");
        recent.add(paths.last());
    }
    QCOMPARE(recent.files().size(), RecentFiles::maximum);
    QCOMPARE(recent.files().first(), paths.last());
    recent.add(paths.at(5));
    QCOMPARE(recent.files().first(), paths.at(5));
    QCOMPARE(recent.files().count(paths.at(5)), 1);
    QFile::remove(paths.at(5));
    QVERIFY(!recent.files().contains(paths.at(5)));
    QCOMPARE(changed.size(), RecentFiles::maximum + 3);
}

QTEST_GUILESS_MAIN(FileDocumentTest)
#include "test_filedocument.moc"
