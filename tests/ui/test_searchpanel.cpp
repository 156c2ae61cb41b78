// The search panel on a temporary notebook: ranked results with snippets, the tag filter,
// opening a result, and a model that passes QAbstractItemModelTester.

#include "search/searchpanel.h"
#include "search/searchresultsmodel.h"
#include "search/searchservice.h"
#include "storage/sqldialect.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace debrief;

class TestSearchPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void snippetHtml_data();
    void snippetHtml();
    void findsRankedWithSnippets();
    void tagFilter_data();
    void tagFilter();
    void clickOpensDocument();
    void emptyQueryHidesResults();
    void newestQueryWins();

private:
    void addTagged(const QString &title, const QString &body, const QStringList &tags);
    bool searchFor(SearchPanel &panel, const QString &text, const QString &tag = {});

    QTemporaryDir m_folder;
    std::unique_ptr<Notebook> m_notebook;
};

void TestSearchPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    m_notebook = test::openNotebook(m_folder.filePath(QStringLiteral("notebook.sqlite")));
    QVERIFY(m_notebook);
    addTagged(QStringLiteral("Retry storm"), QStringLiteral("Every client retried without limit during the failover."),
              {QStringLiteral("payments"), QStringLiteral("retries")});
    addTagged(QStringLiteral("Certificate expiry"), QStringLiteral("A certificate expired; retries did not help."),
              {QStringLiteral("tls")});
    addTagged(QStringLiteral("Disk full"), QStringLiteral("Logs filled the disk on the payments database."),
              {QStringLiteral("payments")});
}

void TestSearchPanel::addTagged(const QString &title, const QString &body, const QStringList &tags)
{
    Document document;
    document.title = title;
    document.body = body;
    document.tags = tags;
    QVERIFY(m_notebook->documents().create(document).ok());
}

bool TestSearchPanel::searchFor(SearchPanel &panel, const QString &text, const QString &tag)
{
    panel.searchEdit()->setText(text);
    const int index = tag.isEmpty() ? 0 : panel.tagFilter()->findText(tag);
    if (index < 0)
        return false;
    panel.tagFilter()->setCurrentIndex(index);
    panel.searchNow();
    return QTest::qWaitFor([&] { return !panel.isSearching(); }, 5000);
}

void TestSearchPanel::snippetHtml_data()
{
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<QString>("html");
    const QString b = QString(kMatchBegin);
    const QString e = QString(kMatchEnd);
    QTest::newRow("match in bold") << QStringLiteral("a ") + b + QStringLiteral("retry") + e + QStringLiteral(" b")
                                   << QStringLiteral("a <b>retry</b> b");
    QTest::newRow("text is escaped, markup is not")
        << QStringLiteral("<i>") + b + QStringLiteral("x&y") + e << QStringLiteral("&lt;i&gt;<b>x&amp;y</b>");
    QTest::newRow("unclosed match is closed") << b + QStringLiteral("cut") << QStringLiteral("<b>cut</b>");
}

void TestSearchPanel::snippetHtml()
{
    QFETCH(QString, snippet);
    QFETCH(QString, html);
    QCOMPARE(SearchResultsModel::snippetHtml(snippet), html);
}

void TestSearchPanel::findsRankedWithSnippets()
{
    SearchPanel panel;
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setNotebook(m_notebook.get());
    QVERIFY(panel.findChild<SearchService *>()->isThreaded());
    QVERIFY(searchFor(panel, QStringLiteral("retr")));
    SearchResultsModel *model = panel.model();
    QCOMPARE(model->rowCount(), 2);
    // The title match ranks first.
    QCOMPARE(model->index(0).data().toString(), QStringLiteral("Retry storm"));
    QVERIFY(model->index(0)
                .data(SearchResultsModel::SnippetHtmlRole)
                .toString()
                .contains(QStringLiteral("<b>retried</b>")));
    QVERIFY(!model->index(1).data(SearchResultsModel::SnippetRole).toString().contains(kMatchBegin));
    QCOMPARE(panel.statusText(), QStringLiteral("2 document(s)"));
}

void TestSearchPanel::tagFilter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("words and tag") << QStringLiteral("retries") << QStringLiteral("tls")
                                   << QStringList{QStringLiteral("Certificate expiry")};
    QTest::newRow("tag alone lists its documents")
        << QString() << QStringLiteral("payments")
        << QStringList{QStringLiteral("Disk full"), QStringLiteral("Retry storm")};
    QTest::newRow("no document has both")
        << QStringLiteral("certificate") << QStringLiteral("payments") << QStringList{};
}

void TestSearchPanel::tagFilter()
{
    QFETCH(QString, query);
    QFETCH(QString, tag);
    QFETCH(QStringList, titles);
    SearchPanel panel;
    panel.setNotebook(m_notebook.get());
    QCOMPARE(panel.tagFilter()->count(), 4); // "All tags" and payments, retries, tls
    QVERIFY(searchFor(panel, query, tag));
    QStringList found;
    for (int row = 0; row < panel.model()->rowCount(); ++row)
        found << panel.model()->index(row).data().toString();
    found.sort();
    QCOMPARE(found, titles);
    if (titles.isEmpty())
        QCOMPARE(panel.statusText(), QStringLiteral("No documents match."));
}

void TestSearchPanel::clickOpensDocument()
{
    SearchPanel panel;
    panel.resize(320, 400);
    panel.setNotebook(m_notebook.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(searchFor(panel, QStringLiteral("disk")));
    QCOMPARE(panel.model()->rowCount(), 1);
    QSignalSpy activated(&panel, &SearchPanel::documentActivated);
    const QModelIndex first = panel.model()->index(0);
    const QRect rect = panel.resultsView()->visualRect(first);
    QVERIFY(rect.isValid());
    QTest::mouseClick(panel.resultsView()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(!activated.isEmpty());
    QCOMPARE(activated.constFirst().at(0).toLongLong(), first.data(SearchResultsModel::DocumentIdRole).toLongLong());
}

void TestSearchPanel::emptyQueryHidesResults()
{
    SearchPanel panel;
    panel.setNotebook(m_notebook.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(searchFor(panel, QStringLiteral("payments")));
    QVERIFY(panel.resultsView()->isVisible());
    QVERIFY(searchFor(panel, QString()));
    QCOMPARE(panel.model()->rowCount(), 0);
    QVERIFY(!panel.resultsView()->isVisible());
}

void TestSearchPanel::newestQueryWins()
{
    SearchPanel panel;
    panel.setNotebook(m_notebook.get());
    panel.searchEdit()->setText(QStringLiteral("certificate"));
    panel.searchNow();
    panel.searchEdit()->setText(QStringLiteral("disk"));
    panel.searchNow();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isSearching(), 20000);
    QTest::qWait(50); // an answer to the first query, had it been sent, would arrive now
    QCOMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(panel.model()->index(0).data().toString(), QStringLiteral("Disk full"));
}

QTEST_MAIN(TestSearchPanel)
#include "test_searchpanel.moc"
