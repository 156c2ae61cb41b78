// The Markdown preview: rendering, latest-wins generations, offline resources, links,
// scroll sync by source line and the progressive first render of long documents.

#include "markdown/markdownrenderer.h"
#include "markdown/markdownslice.h"
#include "preview/markdownpreview.h"
#include "preview/previewdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace debrief;

namespace {

/// Renders @p markdown in @p preview and waits until the newest render is shown.
bool renderAndWait(MarkdownPreview &preview, const QString &markdown)
{
    preview.setMarkdown(markdown);
    preview.renderNow();
    return QTest::qWaitFor([&] { return preview.isUpToDate(); }, 10000);
}

QStringList pieces(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

QString numberedParagraphs(int count)
{
    QString text;
    for (int i = 1; i <= count; ++i)
        text += QStringLiteral("Paragraph %1 with some words to wrap.\n\n").arg(i);
    return text;
}

} // namespace

class TestPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void renders_data();
    void renders();
    void highlightsCodeFences();
    void strikethroughIsStruckOut();
    void highlightsLanguagesByAnySpelling_data();
    void highlightsLanguagesByAnySpelling();
    void dropsStaleRenders();
    void refusesRemoteResources_data();
    void refusesRemoteResources();
    void loadsLocalImagesOnly();
    void loadsImagesFromTheSiteTop();
    void linkClicks_data();
    void linkClicks();
    void headingLinkScrollsToTheHeading();
    void lineTableMapsBlocks_data();
    void lineTableMapsBlocks();
    void scrollSyncBothWays();
    void keepsScrollAcrossRenders();
    void longDocumentShowsVisiblePartFirst();
    void styleSheetFollowsPalette();
    void sliceCutsAtBlockBoundaries_data();
    void sliceCutsAtBlockBoundaries();
    void taskListItemsShowBoxes();
};

void TestPreview::renders_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("notShown");

    QTest::newRow("heading and emphasis") << QStringLiteral("# Retry storm\n\nIt was *slow*.\n")
                                          << QStringLiteral("Retry storm\nIt was slow.") << QStringLiteral("*");
    QTest::newRow("front matter is not text") << QStringLiteral("---\ntitle: Hidden\nlayout: post\n---\nBody only\n")
                                              << QStringLiteral("Body only") << QStringLiteral("layout");
    QTest::newRow("table cells") << QStringLiteral("| Time | Event |\n|---|---|\n| 14:07 | Failover |\n")
                                 << QStringLiteral("Failover") << QStringLiteral("|---");
    QTest::newRow("task list") << QStringLiteral("- [ ] Fix the retry storm\n- [x] Page the owner\n")
                               << QStringLiteral("Fix the retry storm") << QStringLiteral("[ ]");
    QTest::newRow("strikethrough") << QStringLiteral("~~gone~~ kept\n") << QStringLiteral("gone kept")
                                   << QStringLiteral("~~");
    QTest::newRow("remote image becomes its alt text") << QStringLiteral("![dashboard](https://example.org/d.png)\n")
                                                       << QStringLiteral("dashboard") << QStringLiteral("example.org");
    QTest::newRow("raw html is dropped") << QStringLiteral("<script>alert(1)</script>\n\nSafe\n")
                                         << QStringLiteral("Safe") << QStringLiteral("alert");
}

void TestPreview::renders()
{
    QFETCH(QString, markdown);
    QFETCH(QString, shown);
    QFETCH(QString, notShown);
    MarkdownPreview preview;
    QVERIFY(renderAndWait(preview, markdown));
    const QString text = preview.toPlainText();
    QVERIFY2(text.contains(shown), qPrintable(text));
    QVERIFY2(!text.contains(notShown), qPrintable(text));
}

void TestPreview::strikethroughIsStruckOut()
{
    MarkdownPreview preview;
    QVERIFY(renderAndWait(preview, QStringLiteral("~~gone~~ kept\n")));
    QTextCursor gone = preview.document()->find(QStringLiteral("gone"));
    QTextCursor kept = preview.document()->find(QStringLiteral("kept"));
    QVERIFY(!gone.isNull() && !kept.isNull());
    QVERIFY(gone.charFormat().fontStrikeOut());
    QVERIFY(!kept.charFormat().fontStrikeOut());
}

void TestPreview::highlightsCodeFences()
{
    MarkdownPreview preview;
    const QString code = QStringLiteral("int retries = 3; // bounded\nreturn retries;");
    QVERIFY(
        renderAndWait(preview, QStringLiteral("```cpp\n") + code + QStringLiteral("\n```\n\n```\nplain <b>\n```\n")));
    const QString text = preview.toPlainText();
    QVERIFY2(text.contains(code), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("plain <b>")));
    // Highlighted tokens carry colours: the keyword and the comment differ from plain text.
    QTextCursor keyword = preview.document()->find(QStringLiteral("int"));
    QTextCursor comment = preview.document()->find(QStringLiteral("bounded"));
    QTextCursor plain = preview.document()->find(QStringLiteral("plain"));
    QVERIFY(!keyword.isNull() && !comment.isNull() && !plain.isNull());
    QVERIFY(keyword.charFormat().foreground().color() != plain.charFormat().foreground().color() ||
            keyword.charFormat().fontWeight() != plain.charFormat().fontWeight());
    QVERIFY(comment.charFormat().foreground().color() != plain.charFormat().foreground().color());
}

void TestPreview::highlightsLanguagesByAnySpelling_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("comment");
    QTest::newRow("lower-case name") << QStringLiteral("python") << QStringLiteral("x = 1  # note")
                                     << QStringLiteral("note");
    QTest::newRow("extension") << QStringLiteral("py") << QStringLiteral("x = 1  # note") << QStringLiteral("note");
    QTest::newRow("exact name") << QStringLiteral("YAML") << QStringLiteral("a: 1 # note") << QStringLiteral("note");
    QTest::newRow("shell") << QStringLiteral("sh") << QStringLiteral("echo hi # note") << QStringLiteral("note");
}

void TestPreview::highlightsLanguagesByAnySpelling()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QString, comment);
    MarkdownPreview preview;
    QVERIFY(renderAndWait(preview, QStringLiteral("```%1\n%2\n```\n\nplain\n").arg(language, code)));
    const QTextCursor found = preview.document()->find(comment);
    const QTextCursor plain = preview.document()->find(QStringLiteral("plain"));
    QVERIFY(!found.isNull() && !plain.isNull());
    QVERIFY(found.charFormat().foreground().color() != plain.charFormat().foreground().color());
}

void TestPreview::dropsStaleRenders()
{
    MarkdownPreview preview;
    QSignalSpy rendered(&preview, &MarkdownPreview::rendered);
    preview.setMarkdown(QStringLiteral("first version\n"));
    preview.renderNow();
    const int first = preview.requestedGeneration();
    preview.setMarkdown(QStringLiteral("second version\n"));
    preview.renderNow();
    const int second = preview.requestedGeneration();
    QVERIFY(second > first);
    QTRY_VERIFY_WITH_TIMEOUT(preview.isUpToDate(), 10000);
    QTest::qWait(100); // give a late first render the chance to arrive (it must be dropped)
    QCOMPARE(preview.shownGeneration(), second);
    QVERIFY(preview.toPlainText().contains(QStringLiteral("second version")));
    for (const QList<QVariant> &call : std::as_const(rendered))
        QCOMPARE(call.at(0).toInt(), second);
}

void TestPreview::refusesRemoteResources_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::newRow("http") << QUrl(QStringLiteral("http://example.org/tracker.png"));
    QTest::newRow("https") << QUrl(QStringLiteral("https://example.org/tracker.png"));
    QTest::newRow("protocol-relative") << QUrl(QStringLiteral("//example.org/tracker.png"));
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://example.org/a.png"));
    QTest::newRow("file on a host") << QUrl(QStringLiteral("file://server/share/a.png"));
}

void TestPreview::refusesRemoteResources()
{
    QFETCH(QUrl, url);
    QTemporaryDir folder;
    MarkdownPreview preview;
    preview.setDocumentDirectory(folder.path());
    // An empty QVariant means no request of any kind was made for the resource.
    QVERIFY(!preview.loadResource(QTextDocument::ImageResource, url).isValid());
    QVERIFY(!PreviewDocument::loadOffline(url, folder.path()).isValid());
    PreviewDocument document(folder.path());
    QVERIFY(!document.resource(QTextDocument::ImageResource, url).isValid());
}

void TestPreview::loadsLocalImagesOnly()
{
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("doc/img")));
    const QString folder = root.filePath(QStringLiteral("doc"));
    for (const QString &name : {QStringLiteral("doc/img/chart.png"), QStringLiteral("secret.png")}) {
        QFile file(root.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("png bytes");
    }
    MarkdownPreview preview;
    preview.setDocumentDirectory(folder);
    QCOMPARE(preview.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("img/chart.png"))).toByteArray(),
             QByteArray("png bytes"));
    QCOMPARE(PreviewDocument::loadOffline(QUrl::fromLocalFile(folder + QStringLiteral("/img/chart.png")), folder)
                 .toByteArray(),
             QByteArray("png bytes"));
    QVERIFY(!preview.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("../secret.png"))).isValid());
    QVERIFY(!PreviewDocument::loadOffline(QUrl::fromLocalFile(root.filePath(QStringLiteral("secret.png"))), folder)
                 .isValid());
    // Without a folder (a notebook document) no local file loads.
    QVERIFY(!PreviewDocument::loadOffline(QUrl(QStringLiteral("img/chart.png")), QString()).isValid());
}

void TestPreview::loadsImagesFromTheSiteTop()
{
    // A Jekyll site: posts in _posts/, images in assets/, addressed from the top or relatively.
    QTemporaryDir outside;
    QVERIFY(QDir(outside.path()).mkpath(QStringLiteral("site/_posts")));
    QVERIFY(QDir(outside.path()).mkpath(QStringLiteral("site/assets")));
    for (const QString &name :
         {QStringLiteral("site/_config.yml"), QStringLiteral("site/assets/chart.png"), QStringLiteral("secret.png")}) {
        QFile file(outside.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("png bytes");
    }
    const QString posts = outside.filePath(QStringLiteral("site/_posts"));
    MarkdownPreview preview;
    preview.setDocumentDirectory(posts);
    QCOMPARE(
        preview.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("../assets/chart.png"))).toByteArray(),
        QByteArray("png bytes"));
    // The renderer turns the site-absolute path into the file; the viewer loads it.
    MarkdownRenderer::Options options;
    options.documentDirectory = posts;
    const QString html = MarkdownRenderer(options).toHtml(QStringLiteral("![chart](/assets/chart.png)\n"));
    const QString expected = QFileInfo(outside.filePath(QStringLiteral("site/assets/chart.png"))).canonicalFilePath();
    QVERIFY2(html.contains(expected), qPrintable(html));
    QCOMPARE(PreviewDocument::loadOffline(QUrl(expected), posts).toByteArray(), QByteArray("png bytes"));
    // Above the site's top nothing loads.
    QVERIFY(!preview.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("../../secret.png"))).isValid());
}

void TestPreview::headingLinkScrollsToTheHeading()
{
    MarkdownPreview preview;
    preview.setOpensLinksInBrowser(false);
    preview.resize(400, 200);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QVERIFY(renderAndWait(preview, QStringLiteral("See [the impact](#impact).\n\n") + numberedParagraphs(60) +
                                       QStringLiteral("## Impact\n\nFourteen minutes.\n")));
    const int before = preview.verticalScrollBar()->value();
    QSignalSpy opened(&preview, &MarkdownPreview::externalLinkActivated);
    Q_EMIT preview.anchorClicked(QUrl(QStringLiteral("#impact")));
    QCOMPARE(opened.count(), 0);
    QVERIFY(preview.verticalScrollBar()->value() > before + 200);
    // The heading is on screen.
    const QTextCursor heading =
        preview.document()->find(QStringLiteral("Impact"), 0, QTextDocument::FindCaseSensitively);
    QVERIFY(!heading.isNull());
    const QRect shown = preview.cursorRect(heading);
    QVERIFY2(preview.viewport()->rect().intersects(shown), qPrintable(QStringLiteral("%1").arg(shown.y())));
}

void TestPreview::linkClicks_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("external");
    QTest::newRow("https opens in the browser") << QUrl(QStringLiteral("https://sre.google/sre-book/")) << true;
    QTest::newRow("http opens in the browser") << QUrl(QStringLiteral("http://example.org")) << true;
    QTest::newRow("mailto opens the mail client") << QUrl(QStringLiteral("mailto:oncall@example.org")) << true;
    QTest::newRow("javascript never runs") << QUrl(QStringLiteral("javascript:alert(1)")) << false;
    QTest::newRow("a local file is not opened") << QUrl(QStringLiteral("file:///etc/passwd")) << false;
    QTest::newRow("a footnote link scrolls") << QUrl(QStringLiteral("#fn-note")) << false;
}

void TestPreview::linkClicks()
{
    QFETCH(QUrl, url);
    QFETCH(bool, external);
    MarkdownPreview preview;
    preview.setOpensLinksInBrowser(false);
    preview.resize(400, 200);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QVERIFY(renderAndWait(preview, QStringLiteral("See the note[^note].\n\n") + numberedParagraphs(60) +
                                       QStringLiteral("[^note]: The note.\n")));
    QSignalSpy opened(&preview, &MarkdownPreview::externalLinkActivated);
    const QUrl before = preview.source();
    Q_EMIT preview.anchorClicked(url);
    QCOMPARE(opened.count(), external ? 1 : 0);
    if (external)
        QCOMPARE(opened.at(0).at(0).toUrl(), url);
    // Links never navigate the preview away from the document.
    QCOMPARE(preview.source(), before);
    QVERIFY(preview.toPlainText().contains(QStringLiteral("Paragraph 1 ")));
    // Only the internal link scrolls (to the footnotes at the end).
    QCOMPARE(preview.sourceLineAtTop() > 100, url.hasFragment());
}

void TestPreview::lineTableMapsBlocks_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("blockText");
    QTest::newRow("front matter lines map to the first block") << 2 << QStringLiteral("Title");
    QTest::newRow("heading") << 5 << QStringLiteral("Title");
    QTest::newRow("paragraph") << 7 << QStringLiteral("First paragraph");
    QTest::newRow("second line of a paragraph") << 8 << QStringLiteral("First paragraph");
    QTest::newRow("list item") << 11 << QStringLiteral("second item");
    QTest::newRow("code fence") << 13 << QStringLiteral("echo hi");
    QTest::newRow("table rows map to the table") << 19 << QStringLiteral("Time");
}

void TestPreview::lineTableMapsBlocks()
{
    QFETCH(int, line);
    QFETCH(QString, blockText);
    const QString markdown = QStringLiteral("---\n"                  // 1
                                            "title: x\n"             // 2
                                            "---\n"                  // 3
                                            "\n"                     // 4
                                            "# Title\n"              // 5
                                            "\n"                     // 6
                                            "First paragraph\n"      // 7
                                            "continues here.\n"      // 8
                                            "\n"                     // 9
                                            "- first item\n"         // 10
                                            "- second item\n"        // 11
                                            "\n"                     // 12
                                            "```sh\n"                // 13
                                            "echo hi\n"              // 14
                                            "```\n"                  // 15
                                            "\n"                     // 16
                                            "| Time | Event |\n"     // 17
                                            "|---|---|\n"            // 18
                                            "| 14:07 | Failover |\n" // 19
    );
    MarkdownPreview preview;
    QVERIFY(renderAndWait(preview, markdown));
    const int position = preview.positionForSourceLine(line);
    QVERIFY(position >= 0);
    QTextCursor cursor(preview.document());
    cursor.setPosition(position);
    // A table's anchor sits in an empty line right above it (cells take no anchors of their own).
    const QTextBlock block = cursor.block().text().trimmed().isEmpty() ? cursor.block().next() : cursor.block();
    QVERIFY2(block.text().contains(blockText), qPrintable(block.text()));
}

void TestPreview::scrollSyncBothWays()
{
    QPlainTextEdit editor;
    MarkdownPreview preview;
    preview.setRenderDelay(0);
    editor.resize(400, 300);
    preview.resize(400, 300);
    editor.show();
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    preview.setEditor(&editor);
    editor.setPlainText(numberedParagraphs(300));
    QTRY_VERIFY_WITH_TIMEOUT(preview.isUpToDate(), 10000);

    // Editor → preview: the paragraph at the editor's top is at the preview's top.
    editor.verticalScrollBar()->setValue(editor.document()->findBlockByNumber(200).firstLineNumber());
    QCOMPARE(editor.cursorForPosition(QPoint(0, 0)).blockNumber() + 1, 201);
    QCOMPARE(preview.sourceLineAtTop(), 201);

    // Preview → editor, with the signal.
    QSignalSpy lineAtTop(&preview, &MarkdownPreview::sourceLineAtTopChanged);
    preview.syncToSourceLine(99);
    preview.verticalScrollBar()->setValue(preview.verticalScrollBar()->value() + 1);
    QVERIFY(!lineAtTop.isEmpty());
    QCOMPARE(lineAtTop.constLast().at(0).toInt(), 99);
    QCOMPARE(editor.cursorForPosition(QPoint(0, 0)).blockNumber() + 1, 99);
}

void TestPreview::keepsScrollAcrossRenders()
{
    MarkdownPreview preview;
    preview.resize(400, 300);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    const QString text = numberedParagraphs(200);
    QVERIFY(renderAndWait(preview, text));
    preview.syncToSourceLine(151);
    QCOMPARE(preview.sourceLineAtTop(), 151);
    // A re-render keeps the same source line at the top (with an editor attached, the line at
    // the editor's top, which follows edits above it).
    QVERIFY(renderAndWait(preview, QStringLiteral("# Added heading\n\n") + text));
    QCOMPARE(preview.sourceLineAtTop(), 151);
    QVERIFY(preview.toPlainText().startsWith(QStringLiteral("Added heading")));
}

void TestPreview::longDocumentShowsVisiblePartFirst()
{
    QPlainTextEdit editor;
    editor.resize(400, 300);
    editor.show();
    MarkdownPreview preview;
    preview.setProgressiveThreshold(1000);
    preview.resize(400, 300);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QSignalSpy rendered(&preview, &MarkdownPreview::rendered);
    preview.setEditor(&editor);
    editor.setPlainText(numberedParagraphs(5000)); // ~200 KB, far above the threshold
    QTRY_VERIFY_WITH_TIMEOUT(preview.isUpToDate(), 20000);
    QVERIFY(rendered.count() >= 1);
    const auto firstStage = rendered.at(0).at(1).value<PreviewRequest::Stage>();
    QCOMPARE(rendered.constLast().at(1).value<PreviewRequest::Stage>(), PreviewRequest::Stage::Complete);
    if (rendered.count() == 2)
        QCOMPARE(firstStage, PreviewRequest::Stage::Visible);
    QVERIFY(preview.toPlainText().contains(QStringLiteral("Paragraph 5000 ")));

    // Typing afterwards re-renders the whole document only (no partial flash).
    rendered.clear();
    editor.moveCursor(QTextCursor::End);
    editor.insertPlainText(QStringLiteral("Tail\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!rendered.isEmpty() && preview.isUpToDate(), 20000);
    for (const QList<QVariant> &call : std::as_const(rendered))
        QCOMPARE(call.at(1).value<PreviewRequest::Stage>(), PreviewRequest::Stage::Complete);
}

void TestPreview::styleSheetFollowsPalette()
{
    MarkdownPreview preview;
    QPalette dark = preview.palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xec));
    dark.setColor(QPalette::Link, QColor(0x61, 0xaf, 0xef));
    preview.setPalette(dark);
    QVERIFY(renderAndWait(preview, QStringLiteral("[link](https://example.org)\n\n```cpp\nint x;\n```\n")));
    const QString css = preview.document()->defaultStyleSheet();
    QVERIFY2(css.contains(QStringLiteral("#eeeeec")), qPrintable(css));
    QVERIFY(css.contains(QStringLiteral("#61afef")));
    QVERIFY(!css.contains(QLatin1Char('@')));
    QTextCursor link = preview.document()->find(QStringLiteral("link"));
    QCOMPARE(link.charFormat().foreground().color(), QColor(0x61, 0xaf, 0xef));
    // A dark palette picks the dark code theme: its background is dark too.
    QTextCursor code = preview.document()->find(QStringLiteral("x;"));
    QVERIFY(code.blockFormat().background().color().lightnessF() < 0.5);
}

void TestPreview::sliceCutsAtBlockBoundaries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("target");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("short text is one slice") << QStringLiteral("a\n\nb\n") << 100 << pieces({"a\n\nb\n"});
    QTest::newRow("cuts at blank lines") << QStringLiteral("a\n\nb\n\nc\n") << 1 << pieces({"a\n\n", "b\n\n", "c\n"});
    QTest::newRow("no cut before half the target")
        << QStringLiteral("a\n\nb\n\nc\n") << 100 << pieces({"a\n\nb\n\nc\n"});
    QTest::newRow("any block ends a slice past twice the target")
        << QStringLiteral("xxxxxxxxxxxxxxxxxxxxxxxxx\n\ny\n\nz\n") << 10
        << pieces({"xxxxxxxxxxxxxxxxxxxxxxxxx\n\n", "y\n\nz\n"});
    QTest::newRow("never inside a fence")
        << QStringLiteral("a\n\n```\nx\n\ny\n```\n\nb\n") << 1 << pieces({"a\n\n", "```\nx\n\ny\n```\n\n", "b\n"});
    QTest::newRow("a fence with an info string does not close one")
        << QStringLiteral("```\nx\n\n```py\n\ny\n```\n\nb\n") << 1 << pieces({"```\nx\n\n```py\n\ny\n```\n\n", "b\n"});
    QTest::newRow("never inside a list item's indented part")
        << QStringLiteral("- a\n\n  more a\n\nb\n") << 1 << pieces({"- a\n\n  more a\n\n", "b\n"});
    QTest::newRow("never between the items of a list") << QStringLiteral("- a\n\n- b\n\n1. c\n\n2) d\n\ne\n") << 1
                                                       << pieces({"- a\n\n- b\n\n1. c\n\n2) d\n\n", "e\n"});
    QTest::newRow("never inside an html comment")
        << QStringLiteral("a\n\n<!-- x\n\ny -->\n\nb\n") << 1 << pieces({"a\n\n", "<!-- x\n\ny -->\n\n", "b\n"});
    QTest::newRow("a one-line comment ends on its line")
        << QStringLiteral("<!-- c -->\n\nb\n") << 1 << pieces({"<!-- c -->\n\n", "b\n"});
    QTest::newRow("never inside a raw pre block") << QStringLiteral("a\n\n<PRE>\nx\n\ny\n</pre>\n\nb\n") << 1
                                                  << pieces({"a\n\n", "<PRE>\nx\n\ny\n</pre>\n\n", "b\n"});
    QTest::newRow("empty text has no slices") << QString() << 1 << pieces({});
}

void TestPreview::sliceCutsAtBlockBoundaries()
{
    QFETCH(QString, text);
    QFETCH(int, target);
    QFETCH(QStringList, expected);
    const QList<MarkdownSlice> slices = MarkdownSlice::split(text, target);
    QStringList cut;
    qsizetype position = 0;
    for (const MarkdownSlice &slice : slices) {
        // Slices follow each other without gaps, and know their first line.
        QCOMPARE(slice.begin, position);
        QCOMPARE(slice.firstLine, int(text.left(slice.begin).count(QLatin1Char('\n'))) + 1);
        cut << text.mid(slice.begin, slice.end - slice.begin);
        position = slice.end;
    }
    QCOMPARE(cut, expected);
    QCOMPARE(position, text.size());
}

void TestPreview::taskListItemsShowBoxes()
{
    MarkdownPreview preview;
    QVERIFY(renderAndWait(preview, QStringLiteral("- [ ] Bound the retries\n- [x] Add jitter\n- Plain item\n\n"
                                                  "1. [ ] First step\n2. [x] Second step\n")));
    const auto blockOf = [&preview](const QString &text) {
        const QTextCursor found = preview.document()->find(text);
        return found.isNull() ? QTextBlock() : found.block();
    };
    // Bullet items: QTextDocument's own box in place of the bullet, drawn in the text colour.
    QCOMPARE(blockOf(QStringLiteral("Bound the retries")).blockFormat().marker(),
             QTextBlockFormat::MarkerType::Unchecked);
    QCOMPARE(blockOf(QStringLiteral("Add jitter")).blockFormat().marker(), QTextBlockFormat::MarkerType::Checked);
    QCOMPARE(blockOf(QStringLiteral("Plain item")).blockFormat().marker(), QTextBlockFormat::MarkerType::NoMarker);
    // Numbered items keep their number, and show the box as the first character.
    QCOMPARE(blockOf(QStringLiteral("First step")).text(), QStringLiteral("\u2610 First step"));
    QCOMPARE(blockOf(QStringLiteral("Second step")).text(), QStringLiteral("\u2611 Second step"));
    QVERIFY(blockOf(QStringLiteral("First step")).textList());
    const QString text = preview.toPlainText();
    QVERIFY2(!text.contains(QLatin1Char('[')), qPrintable(text));
}

QTEST_MAIN(TestPreview)
#include "test_preview.moc"
