// Markdown to HTML: golden files for the GFM features, plus the safety rules checked on every
// input whatever its reference says (no script, no remote image, no front matter).
#include "markdown/markdownrenderer.h"
#include "markdowngolden.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>
#include <QtConcurrent>

using namespace debrief;

namespace {

/// A made-up folder: the references must not depend on where the tests run.
const QString kDocumentFolder = QStringLiteral("/notebook/postmortems");

MarkdownRenderer rendererFor(const QString &inputName)
{
    MarkdownRenderer::Options options;
    options.documentDirectory = kDocumentFolder;
    options.sourceLines = inputName.startsWith(QLatin1String("source-lines"));
    // Task boxes as the preview's QTextDocument shows them.
    options.taskListMarkers = inputName.startsWith(QLatin1String("tasklist-markers"));
    return MarkdownRenderer(options);
}

void addInputRows()
{
    QTest::addColumn<QString>("name");
    const QStringList inputs = QDir(test::markdownDataPath(QStringLiteral("input")))
                                   .entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QVERIFY2(inputs.size() >= 10, "tests/data/markdown/input is missing");
    for (const QString &input : inputs)
        QTest::newRow(qPrintable(input)) << input.chopped(3);
}

QString render(const QString &name)
{
    const QString markdown = QString::fromUtf8(test::readMarkdownData(QStringLiteral("input/%1.md").arg(name)));
    return rendererFor(name).toHtml(markdown);
}

} // namespace

class MarkdownRendererTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data() { addInputRows(); }
    void golden();
    void safeOutput_data() { addInputRows(); }
    void safeOutput();
    void gfmFeatures_data();
    void gfmFeatures();
    void remoteImagePlaceholderShowsAltText();
    void relativeImageWithoutFolderStaysRelative();
    void sourceLinesCountFrontMatter();
    void rendersOnSeveralThreads();
    void taskListTextForWrittenDocuments();
};

// PDF and ODT keep no list box: the state of a task must be in the text itself.
void MarkdownRendererTest::taskListTextForWrittenDocuments()
{
    MarkdownRenderer::Options options;
    options.taskListText = true;
    const QString html = MarkdownRenderer(options).toHtml(
        QStringLiteral("- [ ] open item\n- [x] done item\n\n1. [ ] numbered\n\n- plain\n"));
    QVERIFY2(html.contains(QStringLiteral("\u2610 open item")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("\u2611 done item")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("\u2610 numbered")), qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("<input")));
    QVERIFY(!html.contains(QStringLiteral("\u2610 plain")));
}

void MarkdownRendererTest::golden()
{
    QFETCH(QString, name);
    const QString problem =
        test::differenceFromReference(render(name).toUtf8(), QStringLiteral("reference/%1.html").arg(name));
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
}

void MarkdownRendererTest::safeOutput()
{
    QFETCH(QString, name);
    const QString html = render(name);
    // Nothing executable and nothing that would reach the network.
    QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("onclick"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("javascript:"), Qt::CaseInsensitive));
    static const QRegularExpression remoteSource(QStringLiteral("<img[^>]*src=\"(https?:|//|ftp:)"),
                                                 QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!remoteSource.match(html).hasMatch(), qPrintable(html));
    QVERIFY(!html.contains(QLatin1String("layout: post")));
    QVERIFY(!html.contains(QLatin1String("must not render")));
}

void MarkdownRendererTest::gfmFeatures_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");
    QTest::newRow("table") << QStringLiteral("| a | b |\n| - | - |\n| 1 | 2 |\n") << QStringLiteral("<td>2</td>");
    QTest::newRow("table alignment") << QStringLiteral("| a |\n| -: |\n| 1 |\n")
                                     << QStringLiteral("<td align=\"right\">1</td>");
    QTest::newRow("open task") << QStringLiteral("- [ ] todo\n")
                               << QStringLiteral("<input type=\"checkbox\" disabled=\"\" /> todo");
    QTest::newRow("done task") << QStringLiteral("- [x] done\n")
                               << QStringLiteral("<input type=\"checkbox\" checked=\"\" disabled=\"\" /> done");
    QTest::newRow("strikethrough") << QStringLiteral("~~gone~~\n") << QStringLiteral("<del>gone</del>");
    QTest::newRow("bare URL autolink") << QStringLiteral("see https://example.com/x\n")
                                       << QStringLiteral("<a href=\"https://example.com/x\">https://example.com/x</a>");
    QTest::newRow("www autolink") << QStringLiteral("www.example.com\n")
                                  << QStringLiteral("<a href=\"http://www.example.com\">");
    QTest::newRow("footnote reference") << QStringLiteral("x[^n]\n\n[^n]: note\n")
                                        << QStringLiteral("<section class=\"footnotes\"");
    QTest::newRow("fenced code language")
        << QStringLiteral("```python\nx = 1\n```\n")
        << QStringLiteral("<pre><code class=\"language-python\">x = 1\n</code></pre>");
    QTest::newRow("raw HTML block omitted")
        << QStringLiteral("<div>x</div>\n") << QStringLiteral("<!-- raw HTML omitted -->");
    QTest::newRow("empty document") << QString() << QString();
}

void MarkdownRendererTest::gfmFeatures()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    const QString html = MarkdownRenderer().toHtml(markdown);
    if (expected.isEmpty())
        QCOMPARE(html, QString());
    else
        QVERIFY2(html.contains(expected), qPrintable(html));
}

void MarkdownRendererTest::remoteImagePlaceholderShowsAltText()
{
    const QString html = MarkdownRenderer().toHtml(QStringLiteral("![p99 < 5 & \"ok\"](https://x.example/a.png)\n"));
    QVERIFY2(!html.contains(QLatin1String("<img")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("class=\"remote-image\"")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("[image: p99 &lt; 5 &amp; &quot;ok&quot;]")),
             qPrintable(html));                                                          // escaped, never raw
    QVERIFY2(html.contains(QLatin1String("https://x.example/a.png")), qPrintable(html)); // in the tooltip only
}

void MarkdownRendererTest::relativeImageWithoutFolderStaysRelative()
{
    const QString html = MarkdownRenderer().toHtml(QStringLiteral("![a](img/a.png)\n"));
    QVERIFY2(html.contains(QLatin1String("<img src=\"img/a.png\" alt=\"a\" />")), qPrintable(html));

    MarkdownRenderer::Options options;
    options.documentDirectory = QStringLiteral("/home/u/pm");
    const QString resolved = MarkdownRenderer(options).toHtml(QStringLiteral("![a](../img/a.png)\n"));
    QVERIFY2(resolved.contains(QLatin1String("<img src=\"/home/u/img/a.png\" alt=\"a\" />")), qPrintable(resolved));
}

void MarkdownRendererTest::sourceLinesCountFrontMatter()
{
    MarkdownRenderer::Options options;
    options.sourceLines = true;
    const QString html =
        MarkdownRenderer(options).toHtml(QStringLiteral("---\r\na: 1\r\n---\r\n\r\n# H\r\n\r\ntext\r\n"));
    QVERIFY2(html.contains(QLatin1String("<h1 data-source-line=\"5\">H</h1>")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("<p data-source-line=\"7\">text</p>")), qPrintable(html));
    QVERIFY(!html.contains(QLatin1String("data-sourcepos")));
}

void MarkdownRendererTest::rendersOnSeveralThreads()
{
    // The preview renders on worker threads: the extension registry must cope.
    const QString markdown = QString::fromUtf8(test::readMarkdownData(QStringLiteral("input/tables.md")));
    const QString expected = MarkdownRenderer().toHtml(markdown);
    QList<int> runs(16);
    const QList<QString> results =
        QtConcurrent::blockingMapped(runs, [&markdown](int) { return MarkdownRenderer().toHtml(markdown); });
    for (const QString &html : results)
        QCOMPARE(html, expected);
}

QTEST_GUILESS_MAIN(MarkdownRendererTest)
#include "test_markdownrenderer.moc"
