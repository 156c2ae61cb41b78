// Slugs for file names and URLs.
#include "markdown/slug.h"

#include <QTest>

using namespace debrief;

class SlugTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromTitle_data();
    void fromTitle();
};

void SlugTest::fromTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Payments API retry storm") << QStringLiteral("payments-api-retry-storm");
    QTest::newRow("accents folded") << QString::fromUtf8("Ünïcode façade, São Paulo")
                                    << QStringLiteral("unicode-facade-sao-paulo");
    QTest::newRow("letters without decomposition")
        << QString::fromUtf8("Straße Øresund Łódź") << QStringLiteral("strasse-oresund-lodz");
    QTest::newRow("apostrophes vanish") << QString::fromUtf8("It’s the DNS, don't ask")
                                        << QStringLiteral("its-the-dns-dont-ask");
    QTest::newRow("punctuation collapses")
        << QStringLiteral("  --Outage!!! (SEV-1) / 50% -- ") << QStringLiteral("outage-sev-1-50");
    QTest::newRow("path tricks are harmless") << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd");
    QTest::newRow("other scripts keep their letters")
        << QString::fromUtf8("障害報告: DB 停止") << QString::fromUtf8("障害報告-db-停止");
    QTest::newRow("cyrillic in lower case") << QString::fromUtf8("Отказ БД") << QString::fromUtf8("отказ-бд");
    QTest::newRow("nothing usable") << QString::fromUtf8("🔥 🔥 !!") << QStringLiteral("untitled");
    QTest::newRow("cut at a word") << QStringLiteral(
                                          "a very long title that keeps going and going well past the limit of sixty")
                                   << QStringLiteral("a-very-long-title-that-keeps-going-and-going-well-past-the");
}

void SlugTest::fromTitle()
{
    QFETCH(QString, title);
    QFETCH(QString, expected);
    const QString result = Slug::fromTitle(title);
    QCOMPARE(result, expected);
    QVERIFY(result.size() <= 60);
}

QTEST_GUILESS_MAIN(SlugTest)
#include "test_slug.moc"
