// The window comes back as it was left: geometry, docks and the open document, through
// an AppSettings INI file in a temporary folder.
#include "actions/actionitemsdock.h"
#include "editor/documenteditor.h"
#include "mainwindow/appactions.h"
#include "mainwindow/mainwindow.h"
#include "notebook/notebookview.h"
#include "settings/appsettings.h"
#include "uitestsupport.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace debrief;

class TestSettingsRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void restoresGeometryDocksAndDocument_data()
    {
        QTest::addColumn<Qt::DockWidgetArea>("actionsArea");
        QTest::addColumn<bool>("notebookVisible");
        QTest::newRow("actions on the right, notebook hidden") << Qt::RightDockWidgetArea << false;
        QTest::newRow("actions at the bottom, notebook shown") << Qt::BottomDockWidgetArea << true;
    }

    void restoresGeometryDocksAndDocument()
    {
        QFETCH(Qt::DockWidgetArea, actionsArea);
        QFETCH(bool, notebookVisible);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("notebook.sqlite"));
        const QString ini = dir.filePath(QStringLiteral("debrief.ini"));
        qint64 second = 0;
        {
            auto notebook = test::openNotebook(path);
            QVERIFY(notebook);
            test::addDocument(*notebook, QStringLiteral("First"));
            second = test::addDocument(*notebook, QStringLiteral("Second"));
            AppSettings settings(ini);
            MainWindow window(std::move(notebook), settings);
            window.resize(720, 510);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.addDockWidget(actionsArea, window.actionItemsDock());
            if (!notebookVisible)
                window.appActions()->action(QStringLiteral("view.toggle-notebook-dock"))->trigger();
            QCOMPARE(window.notebookDock()->isHidden(), !notebookVisible);
            QVERIFY(window.notebookView()->selectDocument(second));
            QVERIFY(window.close());
        }
        QVERIFY(QFileInfo(ini).size() > 0);

        AppSettings settings(ini); // a new object: the values come from the file
        QVERIFY(!settings.windowGeometry().isEmpty());
        MainWindow window(test::openNotebook(path), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(720, 510));
        QCOMPARE(window.dockWidgetArea(window.actionItemsDock()), actionsArea);
        QCOMPARE(window.notebookDock()->isHidden(), !notebookVisible);
        QCOMPARE(window.appActions()->action(QStringLiteral("view.toggle-notebook-dock"))->isChecked(),
                 notebookVisible);
        QCOMPARE(window.editor()->documentId(), second);
    }

    void otherNotebookDoesNotReopenTheLastDocument()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ini = dir.filePath(QStringLiteral("debrief.ini"));
        {
            AppSettings settings(ini);
            settings.setLastNotebook(dir.filePath(QStringLiteral("elsewhere.sqlite")));
            settings.setLastDocumentId(1);
            settings.sync();
        }
        auto notebook = test::openNotebook(dir.filePath(QStringLiteral("notebook.sqlite")));
        QVERIFY(notebook);
        QCOMPARE(test::addDocument(*notebook, QStringLiteral("Unrelated")), qint64(1));
        QTest::qWait(5); // a later update time than the first
        const qint64 newest = test::addDocument(*notebook, QStringLiteral("Newest"));
        AppSettings settings(ini);
        MainWindow window(std::move(notebook), settings);
        // Document 1 belonged to the other notebook: this one opens its own newest document.
        QCOMPARE(window.editor()->documentId(), newest);
    }
};

QTEST_MAIN(TestSettingsRestore)
#include "test_settings_restore.moc"
