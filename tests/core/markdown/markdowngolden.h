#pragma once
// Golden files for the Markdown tests: tests/data/markdown/{input,reference}. Run a test with
// DEBRIEF_UPDATE_GOLDEN=1 to rewrite the references after an intended change, then review
// them with `git diff` before committing.

#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace debrief::test {

inline QString markdownDataPath(const QString &relative)
{
    return qEnvironmentVariable("DEBRIEF_TEST_DATA") + QLatin1String("/markdown/") + relative;
}

inline QByteArray readMarkdownData(const QString &relative)
{
    QFile file(markdownDataPath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Empty when @p actual equals the reference file; otherwise a `diff -u` to show.
inline QString differenceFromReference(const QByteArray &actual, const QString &relative)
{
    const QString path = markdownDataPath(relative);
    QFile reference(path);
    if (qEnvironmentVariableIntValue("DEBRIEF_UPDATE_GOLDEN") == 1) {
        if (!reference.open(QIODevice::WriteOnly) || reference.write(actual) != actual.size())
            return QLatin1String("cannot write ") + path;
        return {};
    }
    if (!reference.open(QIODevice::ReadOnly))
        return QLatin1String("missing reference ") + path + QLatin1String(" (run with DEBRIEF_UPDATE_GOLDEN=1)");
    const QByteArray expected = reference.readAll();
    if (expected == actual)
        return {};
    QTemporaryDir dir;
    QFile actualCopy(dir.filePath(QStringLiteral("actual")));
    if (!actualCopy.open(QIODevice::WriteOnly))
        return QLatin1String("differs from ") + path;
    actualCopy.write(actual);
    actualCopy.close();
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), path, actualCopy.fileName()});
    diff.waitForFinished(10000);
    return QLatin1String("differs from ") + path + QLatin1Char('\n') + QString::fromUtf8(diff.readAllStandardOutput());
}

} // namespace debrief::test
