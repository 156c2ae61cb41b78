// The keychain wrapper against a real Secret Service (gnome-keyring in a private D-Bus
// session, see tests/scripts/with-keyring.sh), and without any keychain at all.
#include "secrets/secretstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace debrief;

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    static bool expectKeychain() { return qEnvironmentVariable("DEBRIEF_TEST_KEYCHAIN") == QLatin1String("yes"); }

private Q_SLOTS:
    void storesReadsAndDeletes()
    {
        if (!expectKeychain())
            QSKIP("runs inside with-keyring.sh (test_secretstore_keyring)");
        SecretStore store;
        const QString key = QStringLiteral("postgres@127.0.0.1:5432/team");
        QSignalSpy written(&store, &SecretStore::passwordWritten);
        QSignalSpy read(&store, &SecretStore::passwordRead);
        QSignalSpy deleted(&store, &SecretStore::passwordDeleted);
        QSignalSpy failed(&store, &SecretStore::failed);

        store.writePassword(key, QStringLiteral("s3cret äöü"));
        QTRY_COMPARE_WITH_TIMEOUT(written.count() + failed.count(), 1, 10000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().at(2).toString()));

        store.readPassword(key);
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 10000);
        QCOMPARE(read.constFirst().at(0).toString(), key);
        QCOMPARE(read.constFirst().at(1).toString(), QStringLiteral("s3cret äöü"));

        store.deletePassword(key);
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 10000);

        store.readPassword(key);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(failed.constFirst().at(1).value<SecretStore::Outcome>(), SecretStore::Outcome::NotFound);
    }

    void reportsAMissingKeychain()
    {
        if (expectKeychain())
            QSKIP("runs without a session bus (test_secretstore_nokeychain)");
        SecretStore store;
        QSignalSpy failed(&store, &SecretStore::failed);
        QSignalSpy read(&store, &SecretStore::passwordRead);
        QElapsedTimer timer;
        timer.start();
        store.readPassword(QStringLiteral("postgres@127.0.0.1:5432/team"));
        QCOMPARE(failed.count(), 0); // asynchronous: nothing is reported before the event loop runs
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QCOMPARE(read.count(), 0);
        QVERIFY2(failed.constFirst().at(1).value<SecretStore::Outcome>() == SecretStore::Outcome::NoKeychain,
                 qPrintable(failed.constFirst().at(2).toString()));
        QVERIFY2(failed.constFirst().at(2).toString().contains(QStringLiteral("asks for the password")),
                 qPrintable(failed.constFirst().at(2).toString()));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "test_secretstore.moc"
