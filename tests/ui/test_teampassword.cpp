// Where a team notebook's password comes from, at start-up and on the command line:
// libpq's own sources, then the keychain, then the user (with the reason), never a file.
// Needs the postgres fixture (its debrief_team role must log in with a password); runs once
// without any keychain and once inside with-keyring.sh (DEBRIEF_TEST_KEYCHAIN=yes).
#include "clirun.h"
#include "mainwindow/servernotebookopener.h"
#include "settings/appsettings.h"
#include "settings/teamnotebookdialog.h"
#include "storage/database.h"
#include "testnotebook.h"

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {
const QString kTeamPassword = QStringLiteral("debrief-team-secret");

bool expectKeychain()
{
    return qEnvironmentVariable("DEBRIEF_TEST_KEYCHAIN") == QLatin1String("yes");
}

/// A fresh database that only the password-protected role debrief_team owns.
NotebookLocation securedLocation()
{
    NotebookLocation location = test::newPostgresLocation(); // created by the trusted admin
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("owner-change"));
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(location.database);
        if (!db.open())
            qFatal("cannot reach the test server: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("ALTER DATABASE %1 OWNER TO debrief_team").arg(location.database)) ||
            !q.exec(QStringLiteral("ALTER SCHEMA public OWNER TO debrief_team")))
            qFatal("cannot hand the test database over: %s", qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("owner-change"));
    location.user = QStringLiteral("debrief_team");
    // A notebook in it, as a team has once one was published: verbs that read a notebook
    // refuse an empty database.
    if (auto created = Database::open(location, kTeamPassword, Database::Options{}); !created.ok())
        qFatal("cannot create the test notebook: %s", qPrintable(created.error().message()));
    return location;
}

void storeInKeychain(const NotebookLocation &location, const QString &password)
{
    SecretStore store;
    QSignalSpy written(&store, &SecretStore::passwordWritten);
    QSignalSpy failed(&store, &SecretStore::failed);
    store.writePassword(location.secretKey(), password);
    QTRY_COMPARE_WITH_TIMEOUT(written.count() + failed.count(), 1, 10000);
    QVERIFY(failed.isEmpty());
}

/// True when the opener opens @p location without ever asking the user for a password.
bool opensWithoutAsking(const NotebookLocation &location)
{
    SecretStore secrets;
    ServerNotebookOpener opener(location, secrets);
    int asked = 0;
    opener.setPasswordQuestion([&](const NotebookLocation &, const QString &, bool) {
        ++asked;
        return std::optional<ServerNotebookOpener::Answer>();
    });
    QSignalSpy finished(&opener, &ServerNotebookOpener::finished);
    opener.start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000))
        return false;
    return finished.first().first().toBool() && asked == 0 && opener.takeNotebook() != nullptr;
}

struct Asked
{
    QString reason;
    bool keychain = false;
};
} // namespace

class TestTeamPassword : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!test::usesPostgres())
            QSKIP("needs the postgres fixture (test_teampassword_postgres)");
        qunsetenv("PGPASSWORD");
    }

    void trustedUserOpensWithoutAsking()
    {
        QVERIFY(opensWithoutAsking(test::newPostgresLocation())); // user postgres, trusted
    }

    void withoutKeychainTheUserIsAskedAndToldWhy()
    {
        if (expectKeychain())
            QSKIP("the no-keychain run covers this");
        const NotebookLocation location = securedLocation();
        SecretStore secrets;
        QSignalSpy written(&secrets, &SecretStore::passwordWritten);
        ServerNotebookOpener opener(location, secrets);
        QList<Asked> asked;
        opener.setPasswordQuestion([&](const NotebookLocation &where, const QString &reason, bool keychain) {
            [&] { QCOMPARE(where.secretKey(), location.secretKey()); }();
            asked.append({reason, keychain});
            return std::optional<ServerNotebookOpener::Answer>({kTeamPassword, true});
        });
        QSignalSpy finished(&opener, &ServerNotebookOpener::finished);
        opener.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(asked.size(), 1);
        QVERIFY(!asked.first().keychain);
        QVERIFY2(asked.first().reason.contains(QStringLiteral("keychain"), Qt::CaseInsensitive),
                 qPrintable(asked.first().reason));
        auto notebook = opener.takeNotebook();
        QVERIFY(notebook);
        DEBRIEF_VERIFY_OK(notebook->documents().list());
        QTest::qWait(100);
        QCOMPARE(written.count(), 0); // "remember" means nothing without a keychain
    }

    void aRefusedPasswordIsAskedAgainUntilCancelled()
    {
        const NotebookLocation location = securedLocation();
        SecretStore secrets;
        ServerNotebookOpener opener(location, secrets);
        QList<Asked> asked;
        opener.setPasswordQuestion([&](const NotebookLocation &, const QString &reason, bool keychain) {
            asked.append({reason, keychain});
            if (asked.size() == 1)
                return std::optional<ServerNotebookOpener::Answer>({QStringLiteral("wrong"), false});
            return std::optional<ServerNotebookOpener::Answer>();
        });
        QSignalSpy finished(&opener, &ServerNotebookOpener::finished);
        opener.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(asked.size(), 2);
        QVERIFY2(asked.at(1).reason.contains(QStringLiteral("refused")), qPrintable(asked.at(1).reason));
        QCOMPARE(opener.error().kind(), StorageError::Kind::PasswordRequired);
        QVERIFY(!opener.takeNotebook());
    }

    void theKeychainPasswordOpensWithoutAsking()
    {
        if (!expectKeychain())
            QSKIP("runs inside with-keyring.sh (test_teampassword_keyring)");
        const NotebookLocation location = securedLocation();
        storeInKeychain(location, kTeamPassword);
        QVERIFY(opensWithoutAsking(location));
    }

    void aTypedPasswordIsRememberedWhenAskedTo()
    {
        if (!expectKeychain())
            QSKIP("runs inside with-keyring.sh (test_teampassword_keyring)");
        const NotebookLocation location = securedLocation();
        SecretStore secrets;
        QSignalSpy written(&secrets, &SecretStore::passwordWritten);
        ServerNotebookOpener opener(location, secrets);
        QList<Asked> asked;
        opener.setPasswordQuestion([&](const NotebookLocation &, const QString &reason, bool keychain) {
            asked.append({reason, keychain});
            return std::optional<ServerNotebookOpener::Answer>({kTeamPassword, true});
        });
        QSignalSpy finished(&opener, &ServerNotebookOpener::finished);
        opener.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().keychain);
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 10000);
        QCOMPARE(SecretStore::readPasswordAndWait(location.secretKey(), 10000), kTeamPassword);
    }

    void aReplacedConnectionLeavesNoPasswordBehind()
    {
        if (!expectKeychain())
            QSKIP("runs inside with-keyring.sh (test_teampassword_keyring)");
        const NotebookLocation old = securedLocation();
        storeInKeychain(old, kTeamPassword);
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("team.ini")));
        settings.setTeamNotebook(old.toString());
        SecretStore secrets;
        QSignalSpy deleted(&secrets, &SecretStore::passwordDeleted);
        QSignalSpy written(&secrets, &SecretStore::passwordWritten);
        NotebookLocation moved = old;
        moved.user = QStringLiteral("someone_else");
        {
            // Another user on the same server: the old user's password goes.
            TeamNotebookDialog dialog(settings, secrets);
            dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(moved.user);
            dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("new-secret"));
            dialog.findChild<QCheckBox *>()->setChecked(true);
            dialog.accept();
        }
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 10000);
        QVERIFY(SecretStore::readPasswordAndWait(old.secretKey(), 10000).isEmpty());
        QCOMPARE(SecretStore::readPasswordAndWait(moved.secretKey(), 10000), QStringLiteral("new-secret"));
        {
            // "Remember" unticked: the stored password goes too.
            TeamNotebookDialog dialog(settings, secrets);
            dialog.findChild<QCheckBox *>()->setChecked(false);
            dialog.accept();
        }
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 2, 10000);
        QVERIFY(SecretStore::readPasswordAndWait(moved.secretKey(), 10000).isEmpty());
    }

    void commandLineUsesPgpassword()
    {
        const NotebookLocation location = securedLocation();
        qputenv("PGPASSWORD", kTeamPassword.toUtf8());
        const test::CliRun run =
            test::runCli({QStringLiteral("actions"), QStringLiteral("--notebook"), location.toString()});
        qunsetenv("PGPASSWORD");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void commandLineWithoutAnyPasswordSaysWhatToDo()
    {
        if (expectKeychain())
            QSKIP("the no-keychain run covers this");
        const NotebookLocation location = securedLocation();
        QElapsedTimer timer;
        timer.start();
        const test::CliRun run =
            test::runCli({QStringLiteral("actions"), QStringLiteral("--notebook"), location.toString()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("PGPASSWORD")) && run.err.contains(QStringLiteral("keychain")),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(kTeamPassword), "a password must never be printed");
        QVERIFY2(timer.elapsed() < 10000, "a missing keychain must not hold up the command line");
    }

    void everyNotebookVerbTakesAServerAddress()
    {
        const NotebookLocation location = test::newPostgresLocation(); // trusted user
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("2026-11-17-queue-outage.md"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("---\ntitle: Queue outage\nrule: on-record\n---\n\n# Queue outage\n\n- [ ] Add a lag alert\n");
        }
        const QString url = location.toString();
        // A verb that reads a notebook does not make one of an empty database.
        test::CliRun run = test::runCli({QStringLiteral("actions"), QStringLiteral("--notebook"), url});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("There is no notebook in")), qPrintable(run.err));
        run = test::runCli({QStringLiteral("import"), file, QStringLiteral("--notebook"), url});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(url), qPrintable(run.out));
        run = test::runCli({QStringLiteral("actions"), QStringLiteral("--notebook"), url});
        QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("Add a lag alert")),
                 qPrintable(run.out + run.err));
        auto notebook = Notebook::open(location);
        DEBRIEF_VERIFY_OK(notebook);
        const qint64 id = notebook.value()->documents().list().value().constFirst().id;
        run = test::runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html"),
                            QStringLiteral("--document"), QString::number(id), QStringLiteral("--dir"), dir.path(),
                            QStringLiteral("--notebook"), url});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.html")}).size() == 1);
    }

    void commandLineReadsTheKeychain()
    {
        if (!expectKeychain())
            QSKIP("runs inside with-keyring.sh (test_teampassword_keyring)");
        const NotebookLocation location = securedLocation();
        storeInKeychain(location, kTeamPassword);
        const test::CliRun run =
            test::runCli({QStringLiteral("actions"), QStringLiteral("--notebook"), location.toString()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("No action items")));
    }
};

QTEST_MAIN(TestTeamPassword)
#include "test_teampassword.moc"
