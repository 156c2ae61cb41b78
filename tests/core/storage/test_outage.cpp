// A team notebook survives the server going away: the save fails visibly, the typing (or the
// tracker edit) stays in memory, and the same edit is written once the server is back.
#include "importer/markdownimporter.h"
#include "notebook/documentautosaver.h"
#include "testnotebook.h"
#include "tracker/actionscontroller.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

class TestOutage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_state;

    bool fixture(const QString &action)
    {
        return QProcess::execute(qEnvironmentVariable("DEBRIEF_TEST_PG_SCRIPT"), {action, m_state}) == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A server of its own: stopping it must not disturb the suites running beside it.
        m_state = m_dir.filePath(QStringLiteral("server.state"));
        QVERIFY(fixture(QStringLiteral("start")));
        qputenv("DEBRIEF_TEST_PG_STATE", m_state.toLocal8Bit());
    }

    void cleanupTestCase() { fixture(QStringLiteral("stop")); }

    void editsSurviveAServerRestart()
    {
        const NotebookLocation location = test::newPostgresLocation();
        Database::Options options;
        options.busyTimeoutMs = 2000;
        auto notebook = Notebook::open(location, QString(), options);
        DEBRIEF_VERIFY_OK(notebook);
        Document d;
        d.title = QStringLiteral("Live notes");
        d.body = QStringLiteral("before\n");
        auto created = notebook.value()->documents().create(d);
        DEBRIEF_VERIFY_OK(created);

        DocumentAutosaver saver(*notebook.value());
        saver.setDelay(60'000);
        saver.setDocument(created.value());
        QSignalSpy failed(&saver, &DocumentAutosaver::saveFailed);

        QVERIFY(fixture(QStringLiteral("pause")));
        saver.setRetryDelay(200);
        saver.setBody(QStringLiteral("before\ntyped while the server was down\n"));
        QVERIFY(!saver.flush()); // never reported as saved
        QCOMPARE(failed.count(), 1);
        const StorageError error = failed.constFirst().constFirst().value<StorageError>();
        QVERIFY2(error.kind() == StorageError::Kind::Disconnected || error.kind() == StorageError::Kind::Unreadable,
                 qPrintable(error.message() + QStringLiteral(" / ") + error.detail()));
        QVERIFY(saver.isDirty());
        QCOMPARE(saver.document().body, QStringLiteral("before\ntyped while the server was down\n"));

        // Nobody types or flushes: the autosaver retries by itself once the server is back.
        QSignalSpy saved(&saver, &DocumentAutosaver::saved);
        QVERIFY(fixture(QStringLiteral("resume")));
        QTRY_VERIFY_WITH_TIMEOUT(!saver.isDirty(), 15000);
        QCOMPARE(saved.count(), 1);

        // Read back through a fresh connection.
        auto again = Notebook::open(location);
        DEBRIEF_VERIFY_OK(again);
        QCOMPARE(again.value()->documents().get(created.value().id).value().body,
                 QStringLiteral("before\ntyped while the server was down\n"));
    }

    void anImportStopsWhenTheServerDoes()
    {
        const NotebookLocation location = test::newPostgresLocation();
        Database::Options options;
        options.busyTimeoutMs = 2000;
        auto notebook = Notebook::open(location, QString(), options);
        DEBRIEF_VERIFY_OK(notebook);
        QTemporaryDir dir;
        QStringList files;
        for (int i = 1; i <= 4; ++i) {
            files << dir.filePath(QStringLiteral("2026-11-0%1-post.md").arg(i));
            QFile file(files.constLast());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("# Post %1\n").arg(i).toUtf8());
        }
        MarkdownImporter importer(*notebook.value());
        QVERIFY(fixture(QStringLiteral("pause")));
        const QList<ImportReport> reports = importer.importPaths({dir.path()});
        QVERIFY(fixture(QStringLiteral("resume")));
        // One line for the file that met the lost server, one for the files never tried.
        QCOMPARE(reports.size(), 2);
        QVERIFY(reports.at(0).failed() && reports.at(0).connectionLost);
        QVERIFY2(!reports.at(0).message.contains(QStringLiteral("()")), qPrintable(reports.at(0).message));
        QVERIFY2(reports.at(1).message.contains(QStringLiteral("3 more file")), qPrintable(reports.at(1).message));
    }

    void actionEditsWaitForTheServer()
    {
        const NotebookLocation location = test::newPostgresLocation();
        Database::Options options;
        options.busyTimeoutMs = 2000;
        auto notebook = Notebook::open(location, QString(), options);
        DEBRIEF_VERIFY_OK(notebook);
        ActionItem item;
        item.title = QStringLiteral("Add jitter to retries");
        auto created = notebook.value()->actionItems().create(item);
        DEBRIEF_VERIFY_OK(created);

        ActionsController controller;
        controller.setNotebook(notebook.value().get());
        controller.setRetryDelay(200);
        QSignalSpy changed(&controller, &ActionsController::itemChanged);
        QVERIFY(fixture(QStringLiteral("pause")));
        ActionItem edited = created.value();
        edited.status = ActionStatus::InProgress;
        QVERIFY(!controller.edit(edited)); // never reported as saved
        QCOMPARE(controller.pendingEdits().size(), 1);
        QCOMPARE(changed.count(), 0);

        // Nobody touches it: the controller writes the edit by itself once the server is back.
        QVERIFY(fixture(QStringLiteral("resume")));
        QTRY_COMPARE_WITH_TIMEOUT(controller.pendingEdits().size(), 0, 15000);
        QCOMPARE(changed.count(), 1);
        auto again = Notebook::open(location);
        DEBRIEF_VERIFY_OK(again);
        QCOMPARE(again.value()->actionItems().get(created.value().id).value().status, ActionStatus::InProgress);
    }
};

QTEST_GUILESS_MAIN(TestOutage)
#include "test_outage.moc"
