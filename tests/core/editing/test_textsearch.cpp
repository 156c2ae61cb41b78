#include "editing/textsearch.h"

#include <QTest>
#include <QTextDocument>

using namespace debrief;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestTextSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<bool>("wholeWords");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<QList<int>>("starts");
        const QString text = s("Retry storm. retry again; retrying failed. RETRY.");
        QTest::newRow("plain ignores case")
            << text << s("retry") << false << false << false << QList<int>{0, 13, 26, 43};
        QTest::newRow("plain with case") << text << s("retry") << true << false << false << QList<int>{13, 26};
        QTest::newRow("whole words skip retrying")
            << text << s("retry") << false << true << false << QList<int>{0, 13, 43};
        QTest::newRow("whole words with case") << text << s("RETRY") << true << true << false << QList<int>{43};
        QTest::newRow("regex alternation") << text << s("storm|again") << false << false << true << QList<int>{6, 19};
        QTest::newRow("regex characters are literal in plain mode")
            << s("a.c abc a.c") << s("a.c") << false << false << false << QList<int>{0, 8};
        QTest::newRow("regex dot matches any")
            << s("a.c abc") << s("a.c") << false << false << true << QList<int>{0, 4};
        QTest::newRow("empty matches are skipped") << s("ab") << s("x*") << false << false << true << QList<int>{};
        QTest::newRow("unicode whole word")
            << s("café cafés café") << s("café") << false << true << false << QList<int>{0, 11};
    }

    void matches()
    {
        QFETCH(QString, text);
        QFETCH(QString, pattern);
        QFETCH(bool, caseSensitive);
        QFETCH(bool, wholeWords);
        QFETCH(bool, regex);
        QFETCH(QList<int>, starts);
        const TextSearch search(pattern, {caseSensitive, wholeWords, regex});
        QVERIFY(search.isValid());
        QList<int> found;
        for (const auto &match : search.matches(text))
            found.append(match.first);
        QCOMPARE(found, starts);
    }

    void invalidRegexIsReported()
    {
        const TextSearch search(s("(unclosed"), {false, false, true});
        QVERIFY(!search.isValid());
        QVERIFY(!search.errorString().isEmpty());
        QVERIFY(TextSearch(s("(unclosed"), {}).isValid()); // plain text: a literal parenthesis
    }

    void findWrapsAround()
    {
        QTextDocument doc(s("one two one"));
        const TextSearch search(s("one"), {});
        QTextCursor at(&doc);
        at.setPosition(5);
        QTextCursor found = search.find(&doc, at);
        QCOMPARE(found.selectionStart(), 8);
        found = search.find(&doc, found);
        QCOMPARE(found.selectionStart(), 0); // wrapped
        found = search.find(&doc, found, true);
        QCOMPARE(found.selectionStart(), 8); // backwards wraps too
    }

    void findInDocumentFollowsOptions_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<bool>("wholeWords");
        QTest::addColumn<QList<int>>("starts");
        QTest::newRow("ignoring case finds every spelling") << s("retry") << false << false << QList<int>{0, 11, 23};
        QTest::newRow("with case") << s("Retry") << true << false << QList<int>{11};
        QTest::newRow("whole words ignoring case") << s("retry") << false << true << QList<int>{0, 11};
    }

    void findInDocumentFollowsOptions()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, caseSensitive);
        QFETCH(bool, wholeWords);
        QFETCH(QList<int>, starts);
        QTextDocument doc(s("retry once\nRetry twice\nretrying"));
        const TextSearch search(pattern, {caseSensitive, wholeWords, false});
        QList<int> found;
        QTextCursor at(&doc);
        for (int i = 0; i < 5; ++i) {
            at = search.find(&doc, at);
            if (at.isNull() || found.contains(at.selectionStart()))
                break;
            found.append(at.selectionStart());
        }
        QCOMPARE(found, starts);
    }

    void replaceAll_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("wholeWords");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<QString>("result");
        QTest::addColumn<int>("count");
        QTest::newRow("plain") << s("db db-1 db") << s("db") << false << false << s("database")
                               << s("database database-1 database") << 3;
        QTest::newRow("whole words") << s("db dbs db") << s("db") << true << false << s("DB") << s("DB dbs DB") << 2;
        QTest::newRow("regex groups") << s("2026-06-03 and 2026-07-01") << s("(\\d+)-(\\d+)-(\\d+)") << false << true
                                      << s("\\3.\\2.\\1") << s("03.06.2026 and 01.07.2026") << 2;
        QTest::newRow("backslash literal in plain mode")
            << s("a b") << s("a") << false << false << s("\\1") << s("\\1 b") << 1;
        QTest::newRow("no match changes nothing") << s("abc") << s("x") << false << false << s("y") << s("abc") << 0;
    }

    void replaceAll()
    {
        QFETCH(QString, text);
        QFETCH(QString, pattern);
        QFETCH(bool, wholeWords);
        QFETCH(bool, regex);
        QFETCH(QString, replacement);
        QFETCH(QString, result);
        QFETCH(int, count);
        QTextDocument doc(text);
        const TextSearch search(pattern, {false, wholeWords, regex});
        QCOMPARE(search.replaceAll(&doc, replacement), count);
        QCOMPARE(doc.toPlainText(), result);
        if (count > 0) {
            doc.undo(); // one step
            QCOMPARE(doc.toPlainText(), text);
        }
    }
};

QTEST_GUILESS_MAIN(TestTextSearch)
#include "test_textsearch.moc"
