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
    QTest::addColumn<QString>("plural");

    const QString german = QStringLiteral("Das Notizbuch unter PATH öffnen.");
    const QString english = QStringLiteral("Open the notebook at PATH.");
    const QString germanPlural = QStringLiteral("3 neue Dokumente");
    const QString englishPlural = QStringLiteral("3 new documents"); // not "3 new document(s)"
    QTest::newRow("German (Germany)") << QLocale(QStringLiteral("de_DE")) << true << german << germanPlural;
    QTest::newRow("German (Austria) falls back to German")
        << QLocale(QStringLiteral("de_AT")) << true << german << germanPlural;
    QTest::newRow("English keeps the source text, with plurals")
        << QLocale(QStringLiteral("en_GB")) << true << english << englishPlural;
    QTest::newRow("untranslated language gets English")
        << QLocale(QStringLiteral("ja_JP")) << false << english << englishPlural;
}

void TestLocalization::translatesForLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(bool, found);
    QFETCH(QString, expected);
    QFETCH(QString, plural);

    QCOMPARE(debrief::installTranslations(*QCoreApplication::instance(), locale), found);
    QCOMPARE(QCoreApplication::translate("main", "Open the notebook at PATH."), expected);
    QCOMPARE(QCoreApplication::translate("debrief::MarkdownImport", "%n new document(s)", nullptr, 3), plural);
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
