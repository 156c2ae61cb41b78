#include "editing/fencetracker.h"
#include "editing/spellchecker.h"
#include "editing/spellingtokenizer.h"

#include <QAbstractTextDocumentLayout>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace debrief;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList wordsOf(const QString &line)
{
    QStringList words;
    for (const WordRange &range : SpellingTokenizer::words(line))
        words.append(line.mid(range.start, range.length));
    return words;
}
} // namespace

class TestSpelling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void preferredLanguageFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("available");
        QTest::addColumn<QString>("expected");
        const QStringList english{QStringLiteral("en_GB"), QStringLiteral("en_US")};
        QTest::newRow("own") << QStringLiteral("en_GB") << english << QStringLiteral("en_GB");
        QTest::newRow("us") << QStringLiteral("en_US") << english << QStringLiteral("en_US");
        QTest::newRow("same language") << QStringLiteral("en_AU") << english << QStringLiteral("en_GB");
        QTest::newRow("language's own variant")
            << QStringLiteral("de_AT") << QStringList{QStringLiteral("de_CH"), QStringLiteral("de_DE")}
            << QStringLiteral("de_DE");
        QTest::newRow("other variant") << QStringLiteral("de_AT") << QStringList{QStringLiteral("de_CH")}
                                       << QStringLiteral("de_CH");
        QTest::newRow("no match: en_US") << QStringLiteral("fr_FR") << english << QStringLiteral("en_US");
        QTest::newRow("C locale") << QStringLiteral("C") << english << QStringLiteral("en_US");
        QTest::newRow("only another") << QStringLiteral("fr_FR") << QStringList{QStringLiteral("nl_NL")}
                                      << QStringLiteral("nl_NL");
        QTest::newRow("nothing installed") << QStringLiteral("en_GB") << QStringList() << QStringLiteral("en_US");
    }

    void preferredLanguageFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, available);
        QFETCH(QString, expected);
        QCOMPARE(SpellChecker::preferredLanguage(locale, available), expected);
    }

    void tokenizer_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("prose") << s("The pager never rang") << QStringList{s("The"), s("pager"), s("never"), s("rang")};
        QTest::newRow("markup around words") << s("## **Root** _cause_") << QStringList{s("Root"), s("cause")};
        QTest::newRow("apostrophes stay inside") << s("didn’t don't") << QStringList{s("didn’t"), s("don't")};
        QTest::newRow("code span skipped") << s("run `kubectl rollout` now") << QStringList{s("run"), s("now")};
        QTest::newRow("double backtick span skipped") << s("a ``x ` y`` b") << QStringList{s("a"), s("b")};
        QTest::newRow("url skipped") << s("see https://grafana.example.org/dashbord ok")
                                     << QStringList{s("see"), s("ok")};
        QTest::newRow("www skipped") << s("www.exmaple.org") << QStringList{};
        QTest::newRow("email skipped") << s("mail priya@exmaple.org today") << QStringList{s("mail"), s("today")};
        QTest::newRow("handle skipped") << s("ask @priyas now") << QStringList{s("ask"), s("now")};
        QTest::newRow("link target skipped") << s("[the runbok](docs/runbok.md)") << QStringList{s("the"), s("runbok")};
        QTest::newRow("autolink skipped") << s("<https://exmaple.org> x") << QStringList{s("x")};
        QTest::newRow("identifiers skipped") << s("max_retries v2 http2 key=val") << QStringList{};
        QTest::newRow("hyphen splits words") << s("well-known") << QStringList{s("well"), s("known")};
        QTest::newRow("accents are letters") << s("naïve café") << QStringList{s("naïve"), s("café")};
    }

    void tokenizer()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, words);
        QCOMPARE(wordsOf(line), words);
    }

    void fences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<bool>>("code");
        QTest::newRow("backtick fence") << s("a\n```sh\nrm -rf\n```\nb") << QList<bool>{false, true, true, true, false};
        QTest::newRow("tilde fence") << s("~~~\nx\n~~~\ny") << QList<bool>{true, true, true, false};
        QTest::newRow("shorter fence does not close")
            << s("````\n```\nx\n````\ny") << QList<bool>{true, true, true, true, false};
        QTest::newRow("other char does not close")
            << s("```\n~~~\nx\n```\ny") << QList<bool>{true, true, true, true, false};
        QTest::newRow("front matter") << s("---\ntitle: Outage\n---\nText") << QList<bool>{true, true, true, false};
        QTest::newRow("rule later is not front matter") << s("Text\n---\nMore") << QList<bool>{false, false, false};
        QTest::newRow("unclosed fence runs to the end") << s("```\nx\ny") << QList<bool>{true, true, true};
    }

    void fences()
    {
        QFETCH(QString, text);
        QFETCH(QList<bool>, code);
        QTextDocument doc(text);
        FenceTracker tracker(&doc);
        QList<bool> found;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
            found.append(tracker.isCode(block));
        QCOMPARE(found, code);
        // Asked from the end first: the same answers.
        FenceTracker backwards(&doc);
        QCOMPARE(backwards.isCode(doc.lastBlock()), code.constLast());
    }

    void fenceEditInvalidatesFollowingLines()
    {
        QTextDocument doc(s("a\nb\nc"));
        doc.documentLayout(); // like an editor's: QTextDocument reports edits only with a layout
        FenceTracker tracker(&doc);
        QVERIFY(!tracker.isCode(doc.findBlockByNumber(2)));
        QTextCursor cursor(doc.findBlockByNumber(1));
        cursor.insertText(s("```"));
        QVERIFY(tracker.isCode(doc.findBlockByNumber(2)));
        QVERIFY(!tracker.isCode(doc.findBlockByNumber(0)));
    }

    void hunspellChecksWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("correct");
        QTest::newRow("known word") << s("outage") << true;
        QTest::newRow("capitalised") << s("Retry") << true;
        QTest::newRow("contraction with curly apostrophe") << s("didn’t") << true;
        QTest::newRow("misspelt") << s("recieve") << false;
        QTest::newRow("nonsense") << s("xqzvty") << false;
        QTest::newRow("acronym") << s("SRE") << true;
        QTest::newRow("with digits") << s("p99") << true;
        QTest::newRow("severity") << s("SEV2") << true;
        QTest::newRow("misspelt, capitalised") << s("Recieve") << false;
        QTest::newRow("single capital letter is a word") << s("Q") << true;
    }

    void hunspellChecksWords()
    {
        QFETCH(QString, word);
        QFETCH(bool, correct);
        SpellChecker checker;
        if (!checker.setLanguage(s("en_US")))
            QSKIP("hunspell-en-us is not installed");
        QCOMPARE(checker.isCorrect(word), correct);
    }

    void suggestionsAndPersonalDictionary()
    {
        QTemporaryDir dir;
        SpellChecker checker;
        if (!checker.setLanguage(s("en_US")))
            QSKIP("hunspell-en-us is not installed");
        QVERIFY(checker.suggestions(s("recieve")).contains(s("receive")));

        const QString path = dir.filePath(s("sub/personal.txt"));
        checker.setPersonalDictionary(path);
        QVERIFY(!checker.isCorrect(s("kubectl")));
        QSignalSpy changed(&checker, &SpellChecker::dictionaryChanged);
        QVERIFY(checker.addToDictionary(s("kubectl")));
        QCOMPARE(changed.size(), 1);
        QVERIFY(checker.isCorrect(s("kubectl")));

        // A new checker reads the word back from the file.
        SpellChecker again;
        again.setLanguage(s("en_US"));
        QVERIFY(!again.isCorrect(s("kubectl")));
        again.setPersonalDictionary(path);
        QVERIFY(again.isCorrect(s("kubectl")));

        again.ignore(s("Grafana"));
        QVERIFY(again.isCorrect(s("Grafana")));
    }

    void missingLanguageChecksNothing()
    {
        SpellChecker checker;
        QVERIFY(!checker.setLanguage(s("xx_NOPE")));
        QVERIFY(!checker.isReady());
        QVERIFY(checker.isCorrect(s("xqzvty")));
    }
};

QTEST_MAIN(TestSpelling) // a text layout needs QGuiApplication
#include "test_spelling.moc"
