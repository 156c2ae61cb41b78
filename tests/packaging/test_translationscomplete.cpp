// Every user-visible string has a translation: lupdate runs over the current sources into a
// copy of each .ts file, and nothing may come back unfinished. `make translations` updates
// the real files; then translate what this test lists.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsSummary
{
    int messages = 0;
    QStringList unfinished; ///< "context: source" of each message without a finished translation
    QString error;
};

TsSummary summarise(const QString &path)
{
    TsSummary summary;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        summary.error = file.errorString();
        return summary;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
            ++summary.messages;
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms are <numerusform> children; readElementText would reject them.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                summary.unfinished << context + QStringLiteral(": ") + source;
        }
    }
    if (xml.hasError())
        summary.error = xml.errorString();
    return summary;
}

} // namespace

class TestTranslationsComplete : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data();
    void complete();
};

void TestTranslationsComplete::complete_data()
{
    QTest::addColumn<QString>("tsFile");
    const QStringList files = qEnvironmentVariable("DEBRIEF_TS_FILES").split(QLatin1Char('|'), Qt::SkipEmptyParts);
    QVERIFY2(!files.isEmpty(), "DEBRIEF_TS_FILES is not set");
    for (const QString &file : files)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestTranslationsComplete::complete()
{
    QFETCH(QString, tsFile);
    const QString lupdate = qEnvironmentVariable("DEBRIEF_LUPDATE");
    const QDir sourceDir(qEnvironmentVariable("DEBRIEF_SOURCE_DIR"));
    QVERIFY2(QFileInfo(lupdate).isExecutable(), qPrintable(QStringLiteral("no lupdate at '%1'").arg(lupdate)));
    QVERIFY2(sourceDir.exists(QStringLiteral("app")), "DEBRIEF_SOURCE_DIR does not point at the sources");

    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString copy = temp.filePath(QFileInfo(tsFile).fileName());
    QVERIFY2(QFile::copy(tsFile, copy), qPrintable(QStringLiteral("cannot copy %1").arg(tsFile)));
    QFile::setPermissions(copy, QFile::permissions(copy) | QFileDevice::WriteOwner);

    QProcess process;
    process.setWorkingDirectory(sourceDir.absolutePath());
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{sourceDir.filePath(QStringLiteral("app")),
                          sourceDir.filePath(QStringLiteral("ui")),
                          QStringLiteral("-ts"),
                          copy,
                          QStringLiteral("-no-obsolete"),
                          QStringLiteral("-locations"),
                          QStringLiteral("none")};
    // The English file holds only the plural forms of the %n strings.
    if (tsFile.endsWith(QLatin1String("_en.ts")))
        arguments << QStringLiteral("-pluralonly");
    process.start(lupdate, arguments);
    QVERIFY2(process.waitForFinished(120000), "lupdate did not finish");
    const QString output = QString::fromLocal8Bit(process.readAll());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));

    const TsSummary summary = summarise(copy);
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QVERIFY2(summary.messages > 0, "lupdate found no strings at all: is the source directory right?");
    if (!summary.unfinished.isEmpty()) {
        QFAIL(qPrintable(QStringLiteral("%1 of %2 strings have no finished translation in %3 "
                                        "(run `make translations`, then translate):\n  %4")
                             .arg(summary.unfinished.size())
                             .arg(summary.messages)
                             .arg(QFileInfo(tsFile).fileName(), summary.unfinished.join(QStringLiteral("\n  ")))));
    }
}

QTEST_GUILESS_MAIN(TestTranslationsComplete)
#include "test_translationscomplete.moc"
