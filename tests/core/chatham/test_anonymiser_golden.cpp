// Golden files: tests/data/chatham/input/*.md anonymised with tests/data/chatham/roster.csv
// must equal reference/*.md. A failure prints a unified diff. To accept a deliberate change,
// run with DEBRIEF_UPDATE_REFERENCES=1 and review the diff of the reference files.
#include "chatham/anonymiser.h"
#include "chatham/leakscanner.h"
#include "chatham/rostercsvreader.h"
#include "chatham/utf8filereader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

QString dataDir()
{
    return qEnvironmentVariable("DEBRIEF_TEST_DATA") + QStringLiteral("/chatham");
}

/// `diff -u` of the two texts, or both texts when diff is not installed.
QString readableDiff(const QString &expected, const QString &actual)
{
    QTemporaryDir dir;
    const QString expectedPath = dir.filePath(QStringLiteral("reference.md"));
    const QString actualPath = dir.filePath(QStringLiteral("actual.md"));
    for (const auto &[path, text] : {std::pair{expectedPath, expected}, std::pair{actualPath, actual}}) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(text.toUtf8());
    }
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), expectedPath, actualPath});
    if (diff.waitForFinished(10000))
        return QString::fromUtf8(diff.readAllStandardOutput());
    return QStringLiteral("--- reference\n%1\n+++ actual\n%2").arg(expected, actual);
}

} // namespace

class AnonymiserGoldenTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesReference_data();
    void matchesReference();
};

void AnonymiserGoldenTest::matchesReference_data()
{
    QTest::addColumn<QString>("name");
    const QStringList inputs =
        QDir(dataDir() + QStringLiteral("/input")).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QVERIFY(inputs.size() >= 2);
    for (const QString &input : inputs)
        QTest::newRow(qPrintable(input)) << input;
}

void AnonymiserGoldenTest::matchesReference()
{
    QFETCH(QString, name);
    const RosterCsvResult roster = RosterCsvReader::readFile(dataDir() + QStringLiteral("/roster.csv"));
    QVERIFY2(roster.isUsable() && roster.rowErrors.isEmpty(),
             qPrintable(roster.problems(QStringLiteral("roster.csv")).join(u'\n')));
    QString error;
    const std::optional<QString> input = Utf8FileReader::read(dataDir() + QStringLiteral("/input/") + name, &error);
    QVERIFY2(input, qPrintable(error));

    Anonymiser anonymiser(roster.roster);
    const QString actual = anonymiser.anonymise(*input).text;
    for (const LeakFinding &finding : LeakScanner(roster.roster).scan(actual))
        QVERIFY2(!finding.isError(),
                 qPrintable(QStringLiteral("%1:%2: %3").arg(finding.line).arg(finding.column).arg(finding.text)));

    const QString referencePath = dataDir() + QStringLiteral("/reference/") + name;
    if (qEnvironmentVariableIsSet("DEBRIEF_UPDATE_REFERENCES")) {
        QFile file(referencePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(actual.toUtf8());
        QSKIP("reference written");
    }
    const std::optional<QString> reference = Utf8FileReader::read(referencePath, &error);
    QVERIFY2(reference, qPrintable(error));
    if (actual != *reference)
        QFAIL(qPrintable(
            QStringLiteral("%1 differs from its reference:\n%2").arg(name, readableDiff(*reference, actual))));
}

QTEST_GUILESS_MAIN(AnonymiserGoldenTest)
#include "test_anonymiser_golden.moc"
