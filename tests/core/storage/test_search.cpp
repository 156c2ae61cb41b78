// Full-text search: ranking, snippets, accents, prefixes and words that look like operators.
#include "notebook/notebook.h"
#include "storage/searchrepository.h"
#include "storage/sqldialect.h"
#include "testnotebook.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

class TestSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Notebook> m_notebook;

    qint64 add(const QString &title, const QString &body)
    {
        Document d;
        d.title = title;
        d.body = body;
        auto created = m_notebook->documents().create(d);
        if (!created)
            qFatal("%s", qPrintable(created.error().message()));
        return created.value().id;
    }

    QStringList titlesFor(const QString &query)
    {
        auto hits = m_notebook->documents().search(query);
        if (!hits)
            qFatal("%s", qPrintable(hits.error().message()));
        QStringList titles;
        for (const SearchHit &hit : hits.value())
            titles << hit.title;
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_notebook = test::openNotebook(m_dir);
        QVERIFY(m_notebook);
        add(QStringLiteral("Retry storm"), QStringLiteral("Clients retried without jitter and the API fell over."));
        add(QStringLiteral("DNS outage"), QStringLiteral("A retry loop in the resolver made it worse."));
        add(QStringLiteral("Café Wi-Fi"), QStringLiteral("The captive portal of the café broke AND/OR the VPN."));
        add(QStringLiteral("Certificate expiry"), QStringLiteral("Nobody renewed the certificate."));
    }

    void cleanupTestCase() { m_notebook.reset(); }

    void aRareTagFindsItsLowRankedDocument()
    {
        // Many documents say "failover" often; the one tagged "postmortem" says it once, in a
        // long text, so it ranks below all of them.
        for (int i = 0; i < 30; ++i)
            add(QStringLiteral("Failover drill %1").arg(i), QStringLiteral("failover failover failover drill"));
        Document review;
        review.title = QStringLiteral("Quarterly review");
        review.body = QStringLiteral("A long review of the quarter. ").repeated(40) + QStringLiteral("One failover.");
        review.tags = {QStringLiteral("postmortem")};
        auto created = m_notebook->documents().create(review);
        DEBRIEF_VERIFY_OK(created);
        const qint64 tagged = created.value().id;
        auto hits = SearchRepository(m_notebook->database())
                        .search(QStringLiteral("failover"), QStringLiteral("postmortem"), 1);
        DEBRIEF_VERIFY_OK(hits);
        QCOMPARE(hits.value().size(), 1);
        QCOMPARE(hits.value().constFirst().documentId, tagged);
        for (const SearchHit &hit : m_notebook->documents().search(QStringLiteral("failover drill")).value())
            DEBRIEF_VERIFY_OK(m_notebook->documents().remove(hit.documentId));
        DEBRIEF_VERIFY_OK(m_notebook->documents().remove(tagged));
    }

    void findsAndRanks_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("title match ranks above body match")
            << QStringLiteral("retry") << QStringList{QStringLiteral("Retry storm"), QStringLiteral("DNS outage")};
        QTest::newRow("every word must match")
            << QStringLiteral("retry resolver") << QStringList{QStringLiteral("DNS outage")};
        QTest::newRow("prefix of a word")
            << QStringLiteral("certif") << QStringList{QStringLiteral("Certificate expiry")};
        QTest::newRow("unaccented finds accented")
            << QStringLiteral("cafe") << QStringList{QStringLiteral("Café Wi-Fi")};
        QTest::newRow("case does not matter") << QStringLiteral("JITTER") << QStringList{QStringLiteral("Retry storm")};
        // As an operator, OR would find both documents; as a word, it matches neither.
        QTest::newRow("OR is a word, not an operator") << QStringLiteral("jitter OR resolver") << QStringList{};
        QTest::newRow("quotes and stars are harmless") << QStringLiteral("\"jitter*\" NEAR(") << QStringList{};
        QTest::newRow("no words") << QStringLiteral("  --  ") << QStringList{};
        QTest::newRow("no match") << QStringLiteral("kubernetes") << QStringList{};
    }

    void findsAndRanks()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, titles);
        QCOMPARE(titlesFor(query), titles);
    }

    void snippetMarksTheMatch()
    {
        auto hits = m_notebook->documents().search(QStringLiteral("jitter"));
        DEBRIEF_VERIFY_OK(hits);
        QCOMPARE(hits.value().size(), 1);
        const QString snippet = hits.value().constFirst().snippet;
        QVERIFY2(snippet.contains(QString(kMatchBegin) + QStringLiteral("jitter") + QString(kMatchEnd)),
                 qPrintable(snippet));
    }

    void indexFollowsEditsAndDeletes()
    {
        const qint64 id = add(QStringLiteral("Disk full"), QStringLiteral("Logs filled the volume."));
        QCOMPARE(titlesFor(QStringLiteral("volume")), QStringList{QStringLiteral("Disk full")});
        Document d = m_notebook->documents().get(id).value();
        d.body = QStringLiteral("Rotation was misconfigured.");
        DEBRIEF_VERIFY_OK(m_notebook->documents().update(d));
        QCOMPARE(titlesFor(QStringLiteral("volume")), QStringList{});
        QCOMPARE(titlesFor(QStringLiteral("rotation")), QStringList{QStringLiteral("Disk full")});
        DEBRIEF_VERIFY_OK(m_notebook->documents().remove(id));
        QCOMPARE(titlesFor(QStringLiteral("rotation")), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "test_search.moc"
