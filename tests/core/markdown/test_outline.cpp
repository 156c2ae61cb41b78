// The outline: headings with their levels, plain text and document lines.
#include "markdown/outline.h"

#include <QTest>

using namespace debrief;

using Headings = QList<OutlineHeading>;
Q_DECLARE_METATYPE(OutlineHeading)

class OutlineTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headings_data();
    void headings();
    void indexForLine();
    void anchors();
};

void OutlineTest::headings_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<Headings>("expected");

    QTest::newRow("ATX levels") << QStringLiteral("# One\n\n## Two\n\n###### Six\n")
                                << Headings{{1, QStringLiteral("One"), 1},
                                            {2, QStringLiteral("Two"), 3},
                                            {6, QStringLiteral("Six"), 5}};
    QTest::newRow("setext headings") << QStringLiteral("Title\n=====\n\nSub\n---\n")
                                     << Headings{{1, QStringLiteral("Title"), 1}, {2, QStringLiteral("Sub"), 4}};
    QTest::newRow("markup becomes plain text") << QStringLiteral("## The *retry* `storm` and [links](https://x)\n")
                                               << Headings{{2, QStringLiteral("The retry storm and links"), 1}};
    QTest::newRow("hash in a code fence is not a heading")
        << QStringLiteral("```sh\n# comment\n```\n\n# Real\n") << Headings{{1, QStringLiteral("Real"), 5}};
    QTest::newRow("front matter counts for lines and is not a heading")
        << QStringLiteral("---\ntitle: x\n# not a heading: a YAML comment\n---\n# Summary\n")
        << Headings{{1, QStringLiteral("Summary"), 5}};
    QTest::newRow("no space after hash is text") << QStringLiteral("#hashtag\n") << Headings{};
    QTest::newRow("heading inside a quote")
        << QStringLiteral("> ## Quoted\n") << Headings{{2, QStringLiteral("Quoted"), 1}};
}

void OutlineTest::headings()
{
    QFETCH(QString, markdown);
    QFETCH(Headings, expected);
    QCOMPARE(Outline::fromMarkdown(markdown).headings(), expected);
}

void OutlineTest::indexForLine()
{
    const Outline outline = Outline::fromMarkdown(QStringLiteral("intro\n\n# A\n\ntext\n\n## B\n"));
    QCOMPARE(outline.indexForLine(1), -1);
    QCOMPARE(outline.indexForLine(3), 0);
    QCOMPARE(outline.indexForLine(5), 0);
    QCOMPARE(outline.indexForLine(7), 1);
    QCOMPARE(outline.indexForLine(100), 1);
    QCOMPARE(Outline().indexForLine(1), -1);
}

void OutlineTest::anchors()
{
    const Outline outline = Outline::fromMarkdown(QStringLiteral(
        "---\ntitle: T\n---\n# Payments API: retry storm\n\n## Impact\n\n## Lessons learned — went well\n\n"
        "## Impact\n\n## Événements (UTC)\n"));
    QCOMPARE(outline.anchors(), (QStringList{QStringLiteral("payments-api-retry-storm"), QStringLiteral("impact"),
                                             QStringLiteral("lessons-learned--went-well"), QStringLiteral("impact-1"),
                                             QString::fromUtf8("événements-utc")}));
    QCOMPARE(outline.lineForAnchor(QStringLiteral("impact")), 6);
    QCOMPARE(outline.lineForAnchor(QStringLiteral("impact-1")), 10);
    QCOMPARE(outline.lineForAnchor(QStringLiteral("Impact")), 6);
    QCOMPARE(outline.lineForAnchor(QStringLiteral("nowhere")), 0);
}

QTEST_GUILESS_MAIN(OutlineTest)
#include "test_outline.moc"
