// How PostgreSQL errors are read: a refused password (in libpq's words or the server's, in
// its language) asks for a password; other refusals and lost connections do not.
#include "storage/sqldialect.h"

#include <QSqlError>
#include <QTest>

using namespace debrief;

class TestSqlDialect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifiesPostgresErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sqlState");
        QTest::addColumn<StorageError::Kind>("kind");
        using K = StorageError::Kind;
        const QString prefix = QStringLiteral("connection to server at \"10.0.0.5\", port 5432 failed: ");
        QTest::newRow("no password given")
            << prefix + QStringLiteral("fe_sendauth: no password supplied") << QString() << K::PasswordRequired;
        QTest::newRow("wrong password") << prefix + QStringLiteral("FATAL:  password authentication failed for user "
                                                                   "\"team\"")
                                        << QString() << K::PasswordRequired;
        QTest::newRow("wrong password, German server")
            << prefix + QStringLiteral("FATAL:  Passwort-Authentifizierung für Benutzer »team« fehlgeschlagen")
            << QString() << K::PasswordRequired;
        QTest::newRow("wrong password, SQLSTATE")
            << QStringLiteral("whatever") << QStringLiteral("28P01") << K::PasswordRequired;
        QTest::newRow("peer login refused: no password helps")
            << prefix + QStringLiteral("FATAL:  Peer authentication failed for user \"team\"") << QString()
            << K::Disconnected;
        QTest::newRow("server gone") << prefix + QStringLiteral("Connection refused") << QString() << K::Disconnected;
        QTest::newRow("no such database")
            << QStringLiteral("database \"x\" does not exist") << QStringLiteral("3D000") << K::Unreadable;
        QTest::newRow("lock timeout") << QStringLiteral("canceling statement due to lock timeout")
                                      << QStringLiteral("55P03") << K::Locked;
    }

    void classifiesPostgresErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, sqlState);
        QFETCH(StorageError::Kind, kind);
        const QSqlError error(QStringLiteral("Unable to connect"), text, QSqlError::ConnectionError, sqlState);
        QCOMPARE(PostgresDialect().classify(error), kind);
    }
};

QTEST_GUILESS_MAIN(TestSqlDialect)
#include "test_sqldialect.moc"
