// File ▸ Export As…: the text as written in each format, on a worker thread, under a name made
// from the title; under the Chatham House Rule it asks first and offers the anonymised export.
#include "export/exportas.h"
#include "filebytes.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace debrief;

class TestExportAs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_exportAs = std::make_unique<ExportAs>(&m_window);
        m_asked = 0;
        m_proposed.clear();
    }

    void writesEachFormat_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("starts");
        QTest::newRow("markdown") << QStringLiteral("md") << QByteArray("---\n");
        QTest::newRow("html") << QStringLiteral("html") << QByteArray("<!DOCTYPE html>");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF");
        QTest::newRow("odt") << QStringLiteral("odt") << QByteArray("PK");
    }

    void writesEachFormat()
    {
        QFETCH(QString, suffix);
        QFETCH(QByteArray, starts);
        const QString path = m_dir.filePath(QStringLiteral("out.") + suffix);
        chooseAndRecord(path);
        QSignalSpy finished(m_exportAs.get(), &ExportAs::finished);
        m_exportAs->run(input(), Rule::OnRecord, m_dir.path(), true);
        QCOMPARE(m_asked, 0); // on the record: no question
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(finished.first().at(1).toString(), path);
        QVERIFY2(test::readBytes(path).startsWith(starts), test::readBytes(path).left(40).constData());
        // The name offered is Jekyll's, made from the title and the date.
        QCOMPARE(QFileInfo(m_proposed).fileName(), QStringLiteral("2026-11-20-payments-api-retry-storm.md"));
        QCOMPARE(QFileInfo(m_proposed).absolutePath(), QFileInfo(m_dir.path()).absoluteFilePath());
    }

    void chathamAsksFirst()
    {
        const QString path = m_dir.filePath(QStringLiteral("asked.html"));
        chooseAndRecord(path);
        QSignalSpy finished(m_exportAs.get(), &ExportAs::finished);
        QSignalSpy anonymise(m_exportAs.get(), &ExportAs::anonymisedExportWanted);
        ExportAs::RuleAnswer answer = ExportAs::RuleAnswer::Cancel;
        bool offered = false;
        m_exportAs->setRuleQuestion([&](Rule rule, bool canAnonymise) {
            ++m_asked;
            offered = canAnonymise;
            [&] { QCOMPARE(rule, Rule::Chatham); }();
            return answer;
        });

        m_exportAs->run(input(), Rule::Chatham, m_dir.path(), true);
        QCOMPARE(m_asked, 1);
        QVERIFY(offered);
        QVERIFY(m_proposed.isEmpty()); // cancelled before any file was asked for
        QVERIFY(!QFile::exists(path));

        answer = ExportAs::RuleAnswer::Anonymise;
        m_exportAs->run(input(), Rule::Chatham, m_dir.path(), true);
        QCOMPARE(anonymise.count(), 1);
        QVERIFY(m_proposed.isEmpty());

        answer = ExportAs::RuleAnswer::AsWritten;
        m_exportAs->run(input(), Rule::Chatham, m_dir.path(), false);
        QVERIFY(!offered); // a file window has no anonymised export to offer
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(test::readBytes(path).contains("Priya"));
    }

    void unknownSuffixIsRefused()
    {
        chooseAndRecord(m_dir.filePath(QStringLiteral("notes.txt")));
        QSignalSpy finished(m_exportAs.get(), &ExportAs::finished);
        m_exportAs->run(input(), Rule::OnRecord, m_dir.path(), true);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral(".txt")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("notes.txt"))));
    }

private:
    static ExportInput input()
    {
        return ExportInput::fromMarkdown(
            QStringLiteral("---\ntitle: Payments API retry storm\ndate: 2026-11-20\n---\n\n"
                           "# Payments API retry storm\n\nPriya paged the on-call.\n"));
    }

    void chooseAndRecord(const QString &path)
    {
        m_exportAs->setPathChooser([this, path](const QString &proposed) {
            m_proposed = proposed;
            return path;
        });
        m_exportAs->setRuleQuestion([this](Rule, bool) {
            ++m_asked;
            return ExportAs::RuleAnswer::Cancel;
        });
    }

    QTemporaryDir m_dir;
    QWidget m_window;
    std::unique_ptr<ExportAs> m_exportAs;
    int m_asked = 0;
    QString m_proposed;
};

QTEST_MAIN(TestExportAs)
#include "test_exportas.moc"
