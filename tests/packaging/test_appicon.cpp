// The app icon is a valid SVG that draws something visible at the size desktops use most.
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QSvgRenderer>
#include <QTest>

class TestAppIcon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rendersAtSize_data();
    void rendersAtSize();
    void embeddedIconIsThePackagedOne();

private:
    static QString iconPath() { return qEnvironmentVariable("DEBRIEF_APP_ICON"); }
};

void TestAppIcon::rendersAtSize_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("panel 24 px") << 24;
    QTest::newRow("launcher 48 px") << 48;
    QTest::newRow("software centre 128 px") << 128;
}

void TestAppIcon::rendersAtSize()
{
    QFETCH(int, size);
    QVERIFY2(!iconPath().isEmpty(), "DEBRIEF_APP_ICON is not set");
    QSvgRenderer renderer(iconPath());
    QVERIFY2(renderer.isValid(), qPrintable(QStringLiteral("not a valid SVG: %1").arg(iconPath())));
    // A square view box keeps the icon undistorted in square icon slots.
    QCOMPARE(renderer.viewBoxF().width(), renderer.viewBoxF().height());

    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();

    int opaque = 0;
    QSet<QRgb> colours;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) == 255) {
                ++opaque;
                colours.insert(pixel);
            }
        }
    }
    // The shape fills a good part of the square but not all of it (a rounded, non-square icon),
    // and shows more than one flat colour.
    const int area = size * size;
    QVERIFY2(opaque > area / 3, qPrintable(QStringLiteral("only %1 of %2 pixels drawn").arg(opaque).arg(area)));
    QVERIFY2(opaque < area, "the icon covers the whole square: no transparent margin");
    QVERIFY2(colours.size() >= 3, qPrintable(QStringLiteral("only %1 opaque colours").arg(colours.size())));
}

void TestAppIcon::embeddedIconIsThePackagedOne()
{
    // The window icon is the packaging icon itself, not a copy that could drift.
    QFile embedded(QStringLiteral(":/icons/debrief.svg"));
    QFile packaged(iconPath());
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    QVERIFY2(packaged.open(QIODevice::ReadOnly), qPrintable(packaged.fileName()));
    QCOMPARE(embedded.readAll(), packaged.readAll());
}

QTEST_MAIN(TestAppIcon)
#include "test_appicon.moc"
