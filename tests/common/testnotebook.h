#pragma once

// Shared helpers for tests that need a notebook on disk.

#include "notebook/notebook.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace debrief::test {

/// Opens (creating) a notebook file inside @p dir; fails the calling test on error.
inline std::unique_ptr<Notebook> openNotebook(const QTemporaryDir &dir,
                                              const QString &name = QStringLiteral("nb.sqlite"))
{
    auto opened = Notebook::openSqlite(dir.filePath(name));
    if (!opened) {
        qWarning("cannot open test notebook: %s", qPrintable(opened.error().message()));
        return nullptr;
    }
    return std::move(opened).value();
}

/// Unwraps a Result in a test, failing with the storage message when it is an error.
#define DEBRIEF_VERIFY_OK(result)                                                                                      \
    do {                                                                                                               \
        const auto &debriefResult_ = (result);                                                                         \
        if (!debriefResult_.ok())                                                                                      \
            QFAIL(qPrintable(QStringLiteral("storage error: ") + debriefResult_.error().message() +                    \
                             QStringLiteral(" / ") + debriefResult_.error().detail()));                                \
    } while (false)

} // namespace debrief::test
