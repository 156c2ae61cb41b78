#pragma once

// Shared helpers for tests that need a notebook. With DEBRIEF_TEST_PG_STATE set (by the
// postgres fixture, see tests/scripts/postgres-fixture.sh) the same tests run against a
// fresh database on a throwaway PostgreSQL server instead of an SQLite file.

#include "notebook/notebook.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace debrief::test {

/// "PORT DIR" written by the fixture, or empty when the tests run on SQLite.
inline QStringList postgresState()
{
    const QString stateFile = qEnvironmentVariable("DEBRIEF_TEST_PG_STATE");
    if (stateFile.isEmpty())
        return {};
    QFile file(stateFile);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("DEBRIEF_TEST_PG_STATE is set but %s cannot be read", qPrintable(stateFile));
    return QString::fromUtf8(file.readAll()).simplified().split(QLatin1Char(' '));
}

inline bool usesPostgres()
{
    return !postgresState().isEmpty();
}

/// A new, empty database on the fixture's server, as a notebook location.
inline NotebookLocation newPostgresLocation()
{
    static int counter = 0;
    const QStringList state = postgresState();
    NotebookLocation location;
    location.kind = NotebookLocation::Kind::Postgres;
    location.host = QStringLiteral("127.0.0.1");
    location.port = state.value(0).toInt();
    location.user = QStringLiteral("postgres");
    location.sslMode = QStringLiteral("disable");
    location.database = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    const QString admin = QStringLiteral("debrief-test-admin");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), admin);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open())
            qFatal("cannot reach the test server: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE DATABASE ") + location.database))
            qFatal("cannot create a test database: %s", qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(admin);
    return location;
}

/// Opens (creating) a test notebook: a file inside @p dir, or a fresh server database.
inline std::unique_ptr<Notebook> openNotebook(const QTemporaryDir &dir,
                                              const QString &name = QStringLiteral("nb.sqlite"))
{
    const NotebookLocation location =
        usesPostgres() ? newPostgresLocation() : NotebookLocation::sqlite(dir.filePath(name));
    auto opened = Notebook::open(location);
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
