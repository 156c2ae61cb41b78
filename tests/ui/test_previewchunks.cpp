// The preview renders a document in chunks of whole top-level blocks and, after an edit, only
// the chunks that changed: whatever the chunks, the result must be the document rendered in one
// piece, and an edit must touch only its part of the preview's document.

#include "markdown/markdownslice.h"
#include "preview/markdownpreview.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <limits>

using namespace debrief;

namespace {

bool renderAndWait(MarkdownPreview &preview, const QString &markdown)
{
    preview.setMarkdown(markdown);
    preview.renderNow();
    return QTest::qWaitFor([&] { return preview.isUpToDate(); }, 20000);
}

/// What a preview shows: its text, its formatting (as QTextDocument writes it out) and where
/// each source line's block starts.
struct Shown
{
    QString text;
    QString html;
    QList<QPair<int, int>> lines;
};

Shown shown(const MarkdownPreview &preview)
{
    Shown result{preview.toPlainText(), preview.document()->toHtml(), {}};
    for (const PreviewLine &line : preview.lineTable())
        result.lines << qMakePair(line.line, line.position);
    return result;
}

/// @p markdown rendered as a single chunk.
Shown wholeRender(const QString &markdown)
{
    MarkdownPreview preview;
    preview.setChunkSize(std::numeric_limits<qsizetype>::max());
    if (!renderAndWait(preview, markdown))
        return {};
    return shown(preview);
}

/// Where @p actual first differs from @p expected, with some text around it; empty if equal.
QString difference(const QString &actual, const QString &expected)
{
    if (actual == expected)
        return {};
    qsizetype at = 0;
    while (at < actual.size() && at < expected.size() && actual.at(at) == expected.at(at))
        ++at;
    const qsizetype from = qMax<qsizetype>(0, at - 120);
    return QStringLiteral("at %1 of %2/%3:\n--- actual\n%4\n--- expected\n%5")
        .arg(at)
        .arg(actual.size())
        .arg(expected.size())
        .arg(actual.mid(from, 240), expected.mid(from, 240));
}

void compareWithWholeRender(const MarkdownPreview &preview, const QString &markdown)
{
    const Shown chunked = shown(preview);
    const Shown whole = wholeRender(markdown);
    QVERIFY(!whole.html.isEmpty());
    QVERIFY2(chunked.text == whole.text, qPrintable(difference(chunked.text, whole.text)));
    QCOMPARE(chunked.lines, whole.lines);
    QVERIFY2(chunked.html == whole.html, qPrintable(difference(chunked.html, whole.html)));
}

/// A postmortem section with every kind of block, numbered so that sections differ.
QString section(int number)
{
    return QStringLiteral("## Section %1\n\n"
                          "Summary of part %1 with a [reference link][wiki] and *emphasis*.\n\n"
                          "| Time | Event |\n|---|---|\n| 14:%1 | Failover |\n\n"
                          "- [ ] Bound the retries @priya\n- [x] Add jitter\n\n"
                          "- loose item\n\n- second loose item\n\n  with a second paragraph\n\n"
                          "1. First\n2. [ ] Second\n\n"
                          "> A quote\n> over two lines\n\n"
                          "```cpp\nint x = %1;\n\nint y = 2;\n```\n\n"
                          "<!-- a comment\n\nwith a blank line -->\n\n"
                          "Paragraph %1\ncontinues here.\n\n"
                          "***\n\n")
        .arg(number);
}

QString postmortem(int sections)
{
    QString text = QStringLiteral("---\ntitle: Retry storm\ntags: [sev2]\n---\n\n# Retry storm\n\n");
    for (int i = 1; i <= sections; ++i)
        text += section(i);
    return text + QStringLiteral("[wiki]: https://wiki.example.com/retry\n");
}

} // namespace

class TestPreviewChunks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void chunksRenderAsTheWhole_data();
    void chunksRenderAsTheWhole();
    void cutsComeBackAfterAnEdit_data();
    void cutsComeBackAfterAnEdit();
    void definitionsAreFound_data();
    void definitionsAreFound();
    void editsReplaceOnlyWhatChanged_data();
    void editsReplaceOnlyWhatChanged();
    void newestTextWinsDuringAFill();
    void fillStartsAtTheEditorsLine();
};

void TestPreviewChunks::chunksRenderAsTheWhole_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("postmortem with every kind of block") << postmortem(12);
    QTest::newRow("footnotes keep the document whole") << QStringLiteral("First[^a] paragraph.\n\n") + section(1) +
                                                              QStringLiteral("Second[^b].\n\n") + section(2) +
                                                              QStringLiteral("[^a]: Note a.\n\n[^b]: Note b.\n");
    QTest::newRow("raw html blocks over blank lines")
        << section(1) + QStringLiteral("<pre>\nnot\n\nmarkdown\n</pre>\n\n") + section(2) +
               QStringLiteral("<script>\nx\n\ny\n</script>\n\nEnd\n");
    QTest::newRow("no trailing newline") << section(1) + QStringLiteral("Last line");
    QTest::newRow("text after the link definitions") << postmortem(60) + QStringLiteral("\nAfterword.\n");
}

void TestPreviewChunks::chunksRenderAsTheWhole()
{
    QFETCH(QString, markdown);
    MarkdownPreview preview;
    preview.setChunkSize(200); // a chunk every few blocks
    QVERIFY(renderAndWait(preview, markdown));
    compareWithWholeRender(preview, markdown);
    // The link defined once at the end works in every chunk.
    if (markdown.contains(QLatin1String("[wiki]: ")))
        QVERIFY(!preview.toPlainText().contains(QLatin1String("[reference link]")));
}

void TestPreviewChunks::cutsComeBackAfterAnEdit_data()
{
    QTest::addColumn<QString>("after");
    const QString text = postmortem(80);
    QTest::newRow("a section deleted") << QString(text).remove(section(20));
    QTest::newRow("a section added") << QString(text).replace(section(20), section(20) + section(200));
    QTest::newRow("a word added") << QString(text).replace(QStringLiteral("Paragraph 20\n"),
                                                           QStringLiteral("Paragraph 20, edited\n"));
}

void TestPreviewChunks::cutsComeBackAfterAnEdit()
{
    QFETCH(QString, after);
    const QString before = postmortem(80);
    const auto piecesOf = [](const QString &text) {
        QStringList list;
        for (const MarkdownSlice &slice : MarkdownSlice::split(text, 2000))
            list << text.mid(slice.begin, slice.end - slice.begin);
        return list;
    };
    const QStringList old = piecesOf(before);
    const QStringList now = piecesOf(after);
    QVERIFY(old.size() > 20);
    // The sections are all alike: cuts that kept their distance from the one before would all
    // move after the edit (20 and more slices new). Only the slices at the edit may differ, and
    // the one after them before the cuts meet the old ones again.
    qsizetype changed = 0;
    for (const QString &piece : now)
        changed += old.contains(piece) ? 0 : 1;
    QVERIFY2(changed >= 1 && changed <= 3, qPrintable(QString::number(changed)));
}

void TestPreviewChunks::definitionsAreFound_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("links");
    QTest::addColumn<bool>("footnotes");
    QTest::newRow("link definition") << QStringLiteral("See [docs].\n\n[docs]: https://x.example/docs \"Docs\"\n")
                                     << QStringLiteral("[docs]: https://x.example/docs \"Docs\"\n") << false;
    QTest::newRow("several, the last without a newline")
        << QStringLiteral("[a]: /a\n[b]: /b") << QStringLiteral("[a]: /a\n[b]: /b\n") << false;
    QTest::newRow("after a heading") << QStringLiteral("# H\n[a]: /u\n") << QStringLiteral("[a]: /u\n") << false;
    QTest::newRow("not inside a fence") << QStringLiteral("```\n[a]: /b\n```\n") << QString() << false;
    QTest::newRow("not right under a paragraph line") << QStringLiteral("text\n[a]: /b\n") << QString() << false;
    QTest::newRow("not when the destination is on the next line")
        << QStringLiteral("[a]:\n  /url\n") << QString() << false;
    QTest::newRow("footnote") << QStringLiteral("x[^1]\n\n[^1]: note\n") << QString() << true;
    QTest::newRow("footnote text on the next line")
        << QStringLiteral("x[^1]\n\n[^1]:\n    note\n") << QString() << true;
}

void TestPreviewChunks::definitionsAreFound()
{
    QFETCH(QString, markdown);
    QFETCH(QString, links);
    QFETCH(bool, footnotes);
    const MarkdownDefinitions found = MarkdownDefinitions::find(markdown);
    QCOMPARE(found.links, links);
    QCOMPARE(found.linkLines, int(links.count(QLatin1Char('\n'))));
    QCOMPARE(found.footnotes, footnotes);
}

void TestPreviewChunks::editsReplaceOnlyWhatChanged_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    // Whether only the chunk around the edit may change in the preview's document.
    QTest::addColumn<bool>("local");

    const QString text = postmortem(40);
    const QString middle = QStringLiteral("Paragraph 20\n");
    QTest::newRow("a word in the middle")
        << text << QString(text).replace(middle, QStringLiteral("Paragraph 20, edited\n")) << true;
    QTest::newRow("a new paragraph in the middle")
        << text << QString(text).replace(middle, QStringLiteral("New words.\n\n") + middle) << true;
    QTest::newRow("a word in the first section")
        << text << QString(text).replace(QStringLiteral("# Retry storm\n"), QStringLiteral("# Retry storms\n")) << true;
    QTest::newRow("a line at the end") << text << text + QStringLiteral("\nThe end.\n") << true;
    QTest::newRow("a longer document, a line at the end")
        << postmortem(60) << postmortem(60) + QStringLiteral("\nAfterword.\n") << true;
    QTest::newRow("a whole section deleted") << text << QString(text).remove(section(20)) << true;
    QTest::newRow("the first half deleted")
        << text << text.mid(text.indexOf(QStringLiteral("## Section 21\n"))) << false;
    QTest::newRow("a new link definition") << text << text + QStringLiteral("[new]: https://example.org\n") << false;
    QTest::newRow("a footnote makes it whole") << text << text + QStringLiteral("Note[^n].\n\n[^n]: Here.\n") << false;
    QTest::newRow("everything deleted") << text << QString() << false;
    QTest::newRow("from nothing") << QString() << text << false;
}

void TestPreviewChunks::editsReplaceOnlyWhatChanged()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(bool, local);
    QPlainTextEdit editor;
    MarkdownPreview preview;
    preview.setChunkSize(2000);
    preview.setRenderDelay(0);
    editor.setPlainText(before);
    preview.setEditor(&editor);
    QTRY_VERIFY_WITH_TIMEOUT(preview.isUpToDate(), 20000);
    QTextDocument *document = preview.document();

    int changedFrom = std::numeric_limits<int>::max();
    int changedTo = -1;
    int changed = 0;
    connect(document, &QTextDocument::contentsChange, this, [&](int from, int removed, int added) {
        changedFrom = qMin(changedFrom, from);
        changedTo = qMax(changedTo, from + qMax(removed, added));
        changed += removed + added;
    });
    // Only what differs is replaced in the editor, as typing or a paste would.
    qsizetype prefix = 0;
    while (prefix < qMin(before.size(), after.size()) && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < qMin(before.size(), after.size()) - prefix &&
           before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    QTextCursor cursor(editor.document());
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(before.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(after.mid(prefix, after.size() - suffix - prefix));
    QCOMPARE(editor.toPlainText(), after);
    QTRY_VERIFY_WITH_TIMEOUT(preview.isUpToDate(), 20000);

    // Edits change the preview's document in place: it is not replaced.
    QCOMPARE(preview.document(), document);
    compareWithWholeRender(preview, after);
    if (local) {
        // One or two chunks of about 2000 characters of Markdown, out of the whole document.
        const int length = document->characterCount();
        QVERIFY2(changed > 0 && changed < 6000, qPrintable(QString::number(changed)));
        QVERIFY2(changedTo - changedFrom < length / 4,
                 qPrintable(QStringLiteral("%1..%2 of %3").arg(changedFrom).arg(changedTo).arg(length)));
    }
}

void TestPreviewChunks::newestTextWinsDuringAFill()
{
    QPlainTextEdit editor;
    MarkdownPreview preview;
    preview.setChunkSize(500);
    preview.setRenderDelay(0);
    preview.setProgressiveThreshold(1000);
    preview.setEditor(&editor);
    QSignalSpy rendered(&preview, &MarkdownPreview::rendered);
    editor.setPlainText(postmortem(60));
    // Edits at both ends while the chunks of the first text are still coming in.
    QVERIFY(QTest::qWaitFor([&] { return !rendered.isEmpty(); }, 20000));
    QTextCursor cursor(editor.document());
    cursor.insertText(QStringLiteral("Preface.\n\n"));
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("\nAfterword.\n"));
    QTRY_VERIFY_WITH_TIMEOUT(preview.isUpToDate(), 20000);
    QCOMPARE(preview.shownGeneration(), preview.requestedGeneration());
    compareWithWholeRender(preview, editor.toPlainText());
}

void TestPreviewChunks::fillStartsAtTheEditorsLine()
{
    QPlainTextEdit editor;
    editor.resize(400, 300);
    editor.show();
    MarkdownPreview preview;
    preview.setChunkSize(500);
    preview.setProgressiveThreshold(1000);
    preview.resize(400, 300);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    const QString text = postmortem(60);
    editor.setPlainText(text);
    const QTextBlock target = editor.document()->findBlockByNumber(editor.document()->blockCount() * 2 / 3);
    editor.verticalScrollBar()->setValue(target.firstLineNumber());
    const int line = editor.cursorForPosition(QPoint(0, 0)).blockNumber() + 1;
    QVERIFY(line > 100);

    QSignalSpy rendered(&preview, &MarkdownPreview::rendered);
    preview.setEditor(&editor);
    QVERIFY(rendered.wait(20000));
    // The first thing shown is the part the editor shows, in the view.
    QCOMPARE(rendered.at(0).at(1).value<PreviewRequest::Stage>(), PreviewRequest::Stage::Visible);
    QTextCursor atLine(preview.document());
    atLine.setPosition(preview.positionForSourceLine(line));
    QVERIFY(preview.viewport()->rect().contains(preview.cursorRect(atLine).center()));
    QTRY_VERIFY_WITH_TIMEOUT(preview.isUpToDate(), 20000);
    // Once the text above is filled in, the editor's line is at the top, as scroll sync wants.
    const int top = preview.sourceLineAtTop();
    QVERIFY2(top <= line && top > line - 10, qPrintable(QStringLiteral("%1 for %2").arg(top).arg(line)));
}

QTEST_MAIN(TestPreviewChunks)
#include "test_previewchunks.moc"
