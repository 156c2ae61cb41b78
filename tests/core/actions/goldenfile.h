#pragma once
// Compares generated output with a reference file in tests/data and shows a readable diff.
// Run a test with DEBRIEF_UPDATE_GOLDEN=1 to rewrite the references after an intended change
// (then review them with `git diff`).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

namespace debrief::test {

inline QString testDataPath(const QString &relative)
{
    return qEnvironmentVariable("DEBRIEF_TEST_DATA") + QLatin1Char('/') + relative;
}

/// Empty when @p actual equals the reference; otherwise a `diff -u` of reference and actual
/// (line ends shown as ␍ so CRLF differences are visible).
inline QString compareWithGolden(const QByteArray &actual, const QString &relative)
{
    const QString path = testDataPath(relative);
    if (qEnvironmentVariableIntValue("DEBRIEF_UPDATE_GOLDEN") == 1) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write ") + path;
        file.write(actual);
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read the reference ") + path;
    const QByteArray expected = file.readAll();
    if (expected == actual)
        return {};

    auto visible = [](QByteArray bytes) { return bytes.replace("\r", "\xe2\x90\x8d"); };
    QTemporaryDir dir;
    const QString expectedPath = dir.filePath(QStringLiteral("expected"));
    const QString actualPath = dir.filePath(QStringLiteral("actual"));
    QFile expectedCopy(expectedPath), actualCopy(actualPath);
    if (expectedCopy.open(QIODevice::WriteOnly) && actualCopy.open(QIODevice::WriteOnly)) {
        expectedCopy.write(visible(expected));
        actualCopy.write(visible(actual));
        expectedCopy.close();
        actualCopy.close();
        QProcess diff;
        diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), QStringLiteral("--label=") + relative,
                                            QStringLiteral("--label=actual"), expectedPath, actualPath});
        const QByteArray shown = diff.waitForFinished(10000) ? diff.readAllStandardOutput() : QByteArray();
        if (!shown.isEmpty())
            return QStringLiteral("differs from %1:\n%2").arg(path, QString::fromUtf8(shown));
    }
    return QStringLiteral("differs from %1 (no diff tool); actual:\n%2").arg(path, QString::fromUtf8(visible(actual)));
}

} // namespace debrief::test

#define DEBRIEF_COMPARE_GOLDEN(actual, relative)                                                                       \
    do {                                                                                                               \
        const QString goldenProblem = debrief::test::compareWithGolden((actual), (relative));                          \
        if (!goldenProblem.isEmpty())                                                                                  \
            QFAIL(qPrintable(goldenProblem));                                                                          \
    } while (false)
