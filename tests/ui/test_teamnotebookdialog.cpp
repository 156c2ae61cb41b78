// The Team Notebook dialog: a real connection test against the fixture's server, the
// server's own error for a wrong port, and no keychain → no password anywhere on disk.
#include "settings/appsettings.h"
#include "settings/teamnotebookdialog.h"
#include "testnotebook.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

class TestTeamNotebookDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void fill(TeamNotebookDialog &dialog, const NotebookLocation &location, const QString &password)
    {
        dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(location.host);
        dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(location.port);
        dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(location.database);
        dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(location.user);
        dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!test::usesPostgres())
            QSKIP("needs the postgres fixture (test_teamnotebookdialog_postgres)");
    }

    void testsTheRealServer()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("a.ini")));
        SecretStore secrets;
        TeamNotebookDialog dialog(settings, secrets);
        NotebookLocation location = test::newPostgresLocation();
        fill(dialog, location, QString());
        QSignalSpy tested(&dialog, &TeamNotebookDialog::connectionTested);
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 15000);
        QVERIFY2(tested.constFirst().constFirst().toBool(), qPrintable(dialog.statusText()));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("PostgreSQL")), qPrintable(dialog.statusText()));
        if (const QString shots = qEnvironmentVariable("DEBRIEF_SCREENSHOT_DIR"); !shots.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(shots + QStringLiteral("/teamnotebookdialog.png"));
        }

        // A port nobody listens on: the driver's own reason is shown.
        location.port = 1;
        fill(dialog, location, QString());
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 2, 15000);
        QVERIFY(!tested.at(1).constFirst().toBool());
        QVERIFY2(dialog.statusText().contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(dialog.statusText()));
    }

    void withoutKeychainThePasswordIsNeverStored()
    {
        const QString ini = m_dir.filePath(QStringLiteral("b.ini"));
        NotebookLocation location = test::newPostgresLocation();
        {
            AppSettings settings(ini);
            settings.setTeamNotebook(location.toString());
            settings.sync();
        }
        AppSettings settings(ini);
        SecretStore secrets;
        TeamNotebookDialog dialog(settings, secrets);
        // This test runs without a session bus: the keychain read fails as "no keychain".
        auto *remember = dialog.findChild<QCheckBox *>();
        QTRY_VERIFY_WITH_TIMEOUT(!remember->isEnabled(), 20000);
        QVERIFY(!remember->isChecked());
        QVERIFY2(dialog.statusText().contains(QStringLiteral("asks for the password")),
                 qPrintable(dialog.statusText()));
        QCOMPARE(dialog.location().database, location.database); // filled from the settings

        fill(dialog, location, QStringLiteral("hunter2-secret"));
        dialog.accept();
        settings.sync();
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains(location.database.toUtf8()));
        QVERIFY(!stored.contains("hunter2-secret"));
    }
};

QTEST_MAIN(TestTeamNotebookDialog)
#include "test_teamnotebookdialog.moc"
