// The German translation is embedded in the binary and picked by locale.
#include "common/localization.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

class TestLocalization : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void translationIsEmbedded();
    void translatesForLocale_data();
    void translatesForLocale();
    void cleanup();
};

void TestLocalization::translationIsEmbedded()
{
    // debrief_core is a static library: the resource must still reach the executable.
    QFile qm(QStringLiteral(":/i18n/debrief_de.qm"));
    QVERIFY(qm.exists());
    QVERIFY(qm.open(QIODevice::ReadOnly));
    QVERIFY2(qm.size() > 100, "the compiled translation is empty");
}

void TestLocalization::translatesForLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("expected");

    const QString german = QStringLiteral("Das Notizbuch unter PATH öffnen.");
    const QString english = QStringLiteral("Open the notebook at PATH.");
    QTest::newRow("German (Germany)") << QLocale(QStringLiteral("de_DE")) << true << german;
    QTest::newRow("German (Austria) falls back to German") << QLocale(QStringLiteral("de_AT")) << true << german;
    QTest::newRow("English keeps the source text") << QLocale(QStringLiteral("en_GB")) << false << english;
    QTest::newRow("untranslated language keeps the source text")
        << QLocale(QStringLiteral("ja_JP")) << false << english;
}

void TestLocalization::translatesForLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(bool, found);
    QFETCH(QString, expected);

    QCOMPARE(debrief::installTranslations(*QCoreApplication::instance(), locale), found);
    QCOMPARE(QCoreApplication::translate("main", "Open the notebook at PATH."), expected);
}

void TestLocalization::cleanup()
{
    // Installing again replaces the previous set: English afterwards means nothing is left over.
    debrief::installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("en_US")));
    QCOMPARE(QCoreApplication::translate("main", "Open the notebook at PATH."),
             QStringLiteral("Open the notebook at PATH."));
}

QTEST_GUILESS_MAIN(TestLocalization)
#include "test_localization.moc"
