#include "cursortext.h"
#include "editing/markdownediting.h"

#include <QTest>

using namespace debrief;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestMarkdownEditing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void continueList_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<bool>("handled");
        QTest::addColumn<QString>("after");
        QTest::newRow("dash item continues") << s("- milk|") << true << s("- milk\n- |");
        QTest::newRow("star item continues") << s("* eggs|") << true << s("* eggs\n* |");
        QTest::newRow("plus item continues") << s("+ flour|") << true << s("+ flour\n+ |");
        QTest::newRow("ordered item increments") << s("1. first|") << true << s("1. first\n2. |");
        QTest::newRow("ordered with paren increments") << s("9) ninth|") << true << s("9) ninth\n10) |");
        QTest::newRow("open task gives open task")
            << s("- [ ] page the DBA|") << true << s("- [ ] page the DBA\n- [ ] |");
        QTest::newRow("done task gives open task") << s("- [x] roll back|") << true << s("- [x] roll back\n- [ ] |");
        QTest::newRow("indented item keeps indent") << s("  - nested|") << true << s("  - nested\n  - |");
        QTest::newRow("enter mid-item splits it") << s("- retry |storm") << true << s("- retry \n- |storm");
        QTest::newRow("empty item ends the list") << s("- one\n- |") << true << s("- one\n|");
        QTest::newRow("empty ordered item ends the list") << s("1. one\n2. |") << true << s("1. one\n|");
        QTest::newRow("empty task ends the list") << s("- [ ] a\n- [ ] |") << true << s("- [ ] a\n|");
        QTest::newRow("plain paragraph is not a list") << s("Summary|") << false << s("Summary|");
        QTest::newRow("horizontal rule is not a list") << s("---|") << false << s("---|");
        QTest::newRow("emphasis is not a bullet") << s("*bold*|") << false << s("*bold*|");
        QTest::newRow("number without dot is not a list") << s("2026 was|") << false << s("2026 was|");
        QTest::newRow("cursor inside marker is plain enter") << s("-| item") << false << s("-| item");
    }

    void continueList()
    {
        QFETCH(QString, before);
        QFETCH(bool, handled);
        QFETCH(QString, after);
        QTextDocument doc;
        QTextCursor cursor = test::placeCursor(doc, before);
        QCOMPARE(MarkdownEditing::continueList(cursor), handled);
        QCOMPARE(test::markedText(cursor), after);
    }

    void continueListIsOneUndoStep()
    {
        QTextDocument doc;
        QTextCursor cursor = test::placeCursor(doc, s("- a|"));
        QVERIFY(MarkdownEditing::continueList(cursor));
        doc.undo();
        QCOMPARE(doc.toPlainText(), s("- a"));
    }

    void indent_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<bool>("outdent");
        QTest::addColumn<bool>("handled");
        QTest::addColumn<QString>("after");
        QTest::newRow("tab indents dash item by its marker") << s("- a\n- b|") << false << true << s("- a\n  - b|");
        QTest::newRow("tab indents ordered item by its marker")
            << s("1. a\n2. b|") << false << true << s("1. a\n   2. b|");
        QTest::newRow("shift-tab outdents item") << s("- a\n  - b|") << true << true << s("- a\n- b|");
        QTest::newRow("shift-tab at margin changes nothing") << s("- b|") << true << true << s("- b|");
        QTest::newRow("tab on plain line is a plain tab") << s("text|") << false << false << s("text|");
        QTest::newRow("selection indents every line")
            << s("«- a\n- b\npara»") << false << true << s("  «- a\n  - b\n    para»");
        QTest::newRow("selection outdents every line") << s("«  - a\n    para»") << true << true << s("«- a\npara»");
        QTest::newRow("selection ending at line start leaves that line")
            << s("«- a\n»- b") << false << true << s("  «- a\n»- b");
        QTest::newRow("leading tab is outdented") << s("\t- a|") << true << true << s("- a|");
    }

    void indent()
    {
        QFETCH(QString, before);
        QFETCH(bool, outdent);
        QFETCH(bool, handled);
        QFETCH(QString, after);
        QTextDocument doc;
        QTextCursor cursor = test::placeCursor(doc, before);
        QCOMPARE(MarkdownEditing::indentLines(cursor, outdent), handled);
        QCOMPARE(test::markedText(cursor), after);
    }

    void emphasis_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("after");
        QTest::newRow("bold wraps selection") << s("a «retry» storm") << s("**") << s("a **«retry»** storm");
        QTest::newRow("bold unwraps selection inside markers")
            << s("a **«retry»** storm") << s("**") << s("a «retry» storm");
        QTest::newRow("bold unwraps selection with markers")
            << s("a «**retry**» storm") << s("**") << s("a «retry» storm");
        QTest::newRow("italic wraps selection") << s("«jitter»") << s("*") << s("*«jitter»*");
        QTest::newRow("italic unwraps") << s("*«jitter»*") << s("*") << s("«jitter»");
        QTest::newRow("italic on bold adds italic") << s("**«x»**") << s("*") << s("***«x»***");
        QTest::newRow("bold off bold-italic keeps italic") << s("***«x»***") << s("**") << s("*«x»*");
        QTest::newRow("no selection takes the word") << s("the re|try storm") << s("**") << s("the **«retry»** storm");
        QTest::newRow("no word inserts empty markers") << s("end |") << s("**") << s("end **|**");
    }

    void emphasis()
    {
        QFETCH(QString, before);
        QFETCH(QString, marker);
        QFETCH(QString, after);
        QTextDocument doc;
        QTextCursor cursor = test::placeCursor(doc, before);
        MarkdownEditing::toggleEmphasis(cursor, marker);
        QCOMPARE(test::markedText(cursor), after);
    }

    void linkForPaste_data()
    {
        QTest::addColumn<QString>("selection");
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("link");
        QTest::newRow("https url") << s("the runbook") << s("https://wiki.example.org/runbook")
                                   << s("[the runbook](https://wiki.example.org/runbook)");
        QTest::newRow("url with surrounding whitespace")
            << s("dash") << s("  http://grafana.local/d/1\n") << s("[dash](http://grafana.local/d/1)");
        QTest::newRow("mailto") << s("on-call") << s("mailto:oncall@example.org")
                                << s("[on-call](mailto:oncall@example.org)");
        QTest::newRow("plain text is a plain paste") << s("word") << s("not a url") << QString();
        QTest::newRow("no selection is a plain paste") << QString() << s("https://example.org") << QString();
        QTest::newRow("two lines selected is a plain paste")
            << s("a") + QChar(0x2029) + s("b") << s("https://example.org") << QString();
        QTest::newRow("relative path is a plain paste") << s("file") << s("docs/runbook.md") << QString();
        QTest::newRow("javascript scheme is a plain paste") << s("x") << s("javascript:alert(1)") << QString();
    }

    void linkForPaste()
    {
        QFETCH(QString, selection);
        QFETCH(QString, pasted);
        QFETCH(QString, link);
        QCOMPARE(MarkdownEditing::linkForPaste(selection, pasted), link);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownEditing)
#include "test_markdownediting.moc"
