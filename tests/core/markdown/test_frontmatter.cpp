// Front matter: finding the block, reading the fields, byte-identical round trips and errors.
#include "markdown/frontmatter.h"
#include "markdown/frontmatterblock.h"

#include <QTest>

using namespace debrief;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

/// A Jekyll post as people write them: comments, nested maps, lists in both styles, quoted
/// strings, booleans, a multi-line folded value and a date with a time zone.
const char *const kJekyllPost = "---\n"
                                "# Site settings for this post\n"
                                "layout: post\n"
                                "title: \"Retry storm: what we learned\"\n"
                                "date: 2024-03-05 10:30:00 +0100\n"
                                "permalink: /postmortems/retry-storm/\n"
                                "comments: true\n"
                                "author: Jane Doe\n"
                                "tags: [postmortem, retries]\n"
                                "excerpt: >\n"
                                "  A slow failover and clients\n"
                                "  that retried without limit.\n"
                                "\n"
                                "seo:\n"
                                "  type: BlogPosting\n"
                                "  links:\n"
                                "    - https://example.org/a\n"
                                "severity: SEV-2 # customer facing\n"
                                "status: 'draft'\n"
                                "rule: chatham\n"
                                "sitemap: false\n"
                                "---\n"
                                "# Retry storm\n"
                                "\n"
                                "Text.\n";

} // namespace

class FrontMatterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void locate_data();
    void locate();
    void roundTripUnchanged_data();
    void roundTripUnchanged();
    void fields_data();
    void fields();
    void unknownKeysKeepOrder();
    void yamlWithoutKeepsEntriesVerbatim();
    void malformed_data();
    void malformed();
    void blankedForMarkdownKeepsLineNumbers();
};

void FrontMatterTest::locate_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("bodyFirstLine");

    QTest::newRow("no front matter") << s("# Title\n\nText\n") << false << QString() << s("# Title\n\nText\n") << 1;
    QTest::newRow("simple block") << s("---\ntitle: A\n---\n# Body\n") << true << s("title: A\n") << s("# Body\n") << 4;
    QTest::newRow("CRLF line endings") << s("---\r\ntitle: A\r\nlayout: post\r\n---\r\nBody\r\n") << true
                                       << s("title: A\r\nlayout: post\r\n") << s("Body\r\n") << 5;
    QTest::newRow("UTF-8 byte order mark")
        << s("\xEF\xBB\xBF---\ntitle: A\n---\nBody\n") << true << s("title: A\n") << s("Body\n") << 4;
    QTest::newRow("YAML document end marker closes")
        << s("---\ntitle: A\n...\nBody\n") << true << s("title: A\n") << s("Body\n") << 4;
    QTest::newRow("empty front matter") << s("---\n---\nBody\n") << true << QString() << s("Body\n") << 3;
    QTest::newRow("marker lines with trailing blanks")
        << s("--- \ntitle: A\n---\t\nBody\n") << true << s("title: A\n") << s("Body\n") << 4;
    QTest::newRow("closing marker is the last line")
        << s("---\ntitle: A\n---") << true << s("title: A\n") << QString() << 4;
    QTest::newRow("unclosed block is Markdown")
        << s("---\ntitle: A\nBody\n") << false << QString() << s("---\ntitle: A\nBody\n") << 1;
    QTest::newRow("thematic break further down is not front matter")
        << s("Intro\n\n---\n\nMore\n---\n") << false << QString() << s("Intro\n\n---\n\nMore\n---\n") << 1;
    QTest::newRow("rule inside the body after front matter")
        << s("---\na: 1\n---\nText\n\n---\n\nMore\n") << true << s("a: 1\n") << s("Text\n\n---\n\nMore\n") << 4;
    QTest::newRow("four dashes are a thematic break")
        << s("----\na: 1\n---\n") << false << QString() << s("----\na: 1\n---\n") << 1;
    QTest::newRow("indented dashes are not a marker")
        << s(" ---\na: 1\n---\n") << false << QString() << s(" ---\na: 1\n---\n") << 1;
    QTest::newRow("blank line first is not front matter")
        << s("\n---\na: 1\n---\n") << false << QString() << s("\n---\na: 1\n---\n") << 1;
}

void FrontMatterTest::locate()
{
    QFETCH(QString, document);
    QFETCH(bool, present);
    QFETCH(QString, yaml);
    QFETCH(QString, body);
    QFETCH(int, bodyFirstLine);

    const FrontMatterBlock block = FrontMatterBlock::locate(document);
    QCOMPARE(block.present, present);
    const FrontMatter frontMatter(document);
    QCOMPARE(frontMatter.isPresent(), present);
    QCOMPARE(frontMatter.yaml(), yaml);
    QCOMPARE(frontMatter.body(), body);
    QCOMPARE(frontMatter.bodyFirstLine(), bodyFirstLine);
    if (present) {
        QCOMPARE(block.bodyFirstLine, bodyFirstLine);
        QCOMPARE(document.mid(block.yamlBegin, block.yamlEnd - block.yamlBegin), yaml);
        QCOMPARE(document.mid(block.bodyBegin), body);
    }
}

void FrontMatterTest::roundTripUnchanged_data()
{
    QTest::addColumn<QString>("document");
    QTest::newRow("Jekyll post with comments, nested maps and lists") << s(kJekyllPost);
    QTest::newRow("CRLF post") << s("---\r\nlayout: post\r\ntitle: \"A\"\r\n---\r\n\r\nBody\r\n");
    QTest::newRow("byte order mark") << s("\xEF\xBB\xBF---\ntitle: A\n---\nBody");
    QTest::newRow("no front matter, byte order mark") << s("\xEF\xBB\xBF# Only Markdown\n");
    QTest::newRow("dots closing marker and trailing blanks") << s("---  \ntitle: A\n...  \nBody\n");
    QTest::newRow("malformed YAML") << s("---\ntitle: [unclosed\n---\nBody\n");
    QTest::newRow("empty document") << QString();
    QTest::newRow("only comments") << s("---\n# nothing yet\n---\n");
}

void FrontMatterTest::roundTripUnchanged()
{
    QFETCH(QString, document);
    const FrontMatter frontMatter(document);
    QCOMPARE(frontMatter.toText(), document);
    // Setting every field to the value it already has must not touch a byte either.
    FrontMatter same(document);
    if (!same.hasError()) {
        QVERIFY(same.setTitle(same.title()));
        QVERIFY(same.setTags(same.tags()));
        QVERIFY(same.setAuthors(same.authors()));
        QVERIFY(same.setStatus(same.status()));
        QVERIFY(same.setSeverity(same.severity()));
        QCOMPARE(same.toText(), document);
    }
}

void FrontMatterTest::fields_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("rule");

    QTest::newRow("Jekyll post") << s(kJekyllPost) << s("Retry storm: what we learned")
                                 << s("2024-03-05 10:30:00 +0100") << QStringList{s("Jane Doe")}
                                 << QStringList{s("postmortem"), s("retries")} << s("SEV-2") << s("draft")
                                 << s("chatham");
    QTest::newRow("authors as a block list")
        << s("---\ntitle: A\nauthors:\n  - Priya Raman\n  - \"José Fernández\"\n---\n") << s("A") << QString()
        << QStringList{s("Priya Raman"), s("José Fernández")} << QStringList() << QString() << QString() << QString();
    QTest::newRow("author as a flow list")
        << s("---\nauthor: [Ann, Bob]\n---\n") << QString() << QString() << QStringList{s("Ann"), s("Bob")}
        << QStringList() << QString() << QString() << QString();
    QTest::newRow("authors wins over author")
        << s("---\nauthor: Old\nauthors: [New]\n---\n") << QString() << QString() << QStringList{s("New")}
        << QStringList() << QString() << QString() << QString();
    QTest::newRow("tags as a space-separated string")
        << s("---\ntags: incident retries  database\n---\n") << QString() << QString() << QStringList()
        << QStringList{s("incident"), s("retries"), s("database")} << QString() << QString() << QString();
    QTest::newRow("tags as a comma-separated string")
        << s("---\ntags: \"incident, retries,database\"\n---\n") << QString() << QString() << QStringList()
        << QStringList{s("incident"), s("retries"), s("database")} << QString() << QString() << QString();
    QTest::newRow("single-quoted title with an apostrophe")
        << s("---\ntitle: 'It''s always DNS'\n---\n") << s("It's always DNS") << QString() << QStringList()
        << QStringList() << QString() << QString() << QString();
    QTest::newRow("CRLF values carry no carriage return")
        << s("---\r\ntitle: A\r\nstatus: draft\r\n---\r\n") << s("A") << QString() << QStringList() << QStringList()
        << QString() << s("draft") << QString();
    QTest::newRow("empty values") << s("---\ntitle:\nseverity: \"\"\n---\n") << QString() << QString() << QStringList()
                                  << QStringList() << QString() << QString() << QString();
}

void FrontMatterTest::fields()
{
    QFETCH(QString, document);
    const FrontMatter frontMatter(document);
    QVERIFY2(!frontMatter.hasError(), qPrintable(frontMatter.hasError() ? frontMatter.error()->message : QString()));
    QTEST(frontMatter.title(), "title");
    QTEST(frontMatter.date(), "date");
    QTEST(frontMatter.authors(), "authors");
    QTEST(frontMatter.tags(), "tags");
    QTEST(frontMatter.severity(), "severity");
    QTEST(frontMatter.status(), "status");
    QTEST(frontMatter.rule(), "rule");
}

void FrontMatterTest::unknownKeysKeepOrder()
{
    const FrontMatter frontMatter(s(kJekyllPost));
    QCOMPARE(frontMatter.unknownKeys(),
             (QStringList{s("layout"), s("permalink"), s("comments"), s("excerpt"), s("seo"), s("sitemap")}));
    QCOMPARE(frontMatter.kind(s("seo")), FrontMatter::ValueKind::Mapping);
    QCOMPARE(frontMatter.scalar(s("comments")), s("true"));
    QCOMPARE(frontMatter.scalar(s("excerpt")), s("A slow failover and clients that retried without limit.\n"));
    QCOMPARE(frontMatter.entryText(s("seo")), s("seo:\n  type: BlogPosting\n  links:\n    - https://example.org/a\n"));
}

void FrontMatterTest::yamlWithoutKeepsEntriesVerbatim()
{
    const FrontMatter frontMatter(s(kJekyllPost));
    // The comment above `layout` travels with it; the blank line before `seo` does not.
    QCOMPARE(frontMatter.yamlWithout(FrontMatter::knownKeys()), s("# Site settings for this post\n"
                                                                  "layout: post\n"
                                                                  "permalink: /postmortems/retry-storm/\n"
                                                                  "comments: true\n"
                                                                  "excerpt: >\n"
                                                                  "  A slow failover and clients\n"
                                                                  "  that retried without limit.\n"
                                                                  "seo:\n"
                                                                  "  type: BlogPosting\n"
                                                                  "  links:\n"
                                                                  "    - https://example.org/a\n"
                                                                  "sitemap: false\n"));
}

void FrontMatterTest::malformed_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<int>("line");

    // Lines count from the document's first line (the opening ---).
    QTest::newRow("unclosed flow sequence, found on the next key")
        << s("---\ntitle: A\ntags: [a, b\nstatus: x\n---\n") << 4;
    QTest::newRow("stray indentation") << s("---\ntitle: A\n  b: c\n---\nBody\n") << 3;
    QTest::newRow("tab indentation") << s("---\ntitle: A\nstatus: x\n\tfoo: bar\n---\n") << 4;
    QTest::newRow("list item among keys") << s("---\na: 1\n- b\n---\n") << 3;
    QTest::newRow("nested mapping on one line") << s("---\nlayout: post\na: b: c\n---\n") << 3;
    QTest::newRow("a list is not front matter") << s("---\n- a\n- b\n---\n") << 2;
    QTest::newRow("a plain sentence is not front matter") << s("---\nJust some words\n---\n") << 2;
    QTest::newRow("duplicate key") << s("---\ntitle: A\nstatus: x\ntitle: B\n---\n") << 4;
    QTest::newRow("CRLF keeps line numbers") << s("---\r\ntitle: A\r\n  b: c\r\n---\r\n") << 3;
    QTest::newRow("byte order mark keeps line numbers") << s("\xEF\xBB\xBF---\ntitle: A\n\n  b: c\n---\n") << 4;
}

void FrontMatterTest::malformed()
{
    QFETCH(QString, document);
    QFETCH(int, line);

    FrontMatter frontMatter(document);
    QVERIFY(frontMatter.isPresent());
    QVERIFY(frontMatter.hasError());
    QCOMPARE(frontMatter.error()->line, line);
    QVERIFY(frontMatter.error()->column >= 1);
    QVERIFY(!frontMatter.error()->message.isEmpty());
    QVERIFY(frontMatter.keys().isEmpty());

    // Nothing may change the text while it does not parse.
    QVERIFY(!frontMatter.setTitle(s("Changed")));
    QVERIFY(!frontMatter.setTags({s("x")}));
    QVERIFY(!frontMatter.remove(s("title")));
    QCOMPARE(frontMatter.toText(), document);
}

void FrontMatterTest::blankedForMarkdownKeepsLineNumbers()
{
    QCOMPARE(FrontMatterBlock::blankedForMarkdown(s("---\na: 1\nb: 2\n---\n# H\n")), s("\n\n\n\n# H\n"));
    QCOMPARE(FrontMatterBlock::blankedForMarkdown(s("\xEF\xBB\xBF# H\n")), s("# H\n"));
    QCOMPARE(FrontMatterBlock::blankedForMarkdown(s("# H\n---\n")), s("# H\n---\n"));
}

QTEST_GUILESS_MAIN(FrontMatterTest)
#include "test_frontmatter.moc"
