// Front matter edits: only the changed key's lines move, and the notebook's Document mapping.
#include "markdown/frontmatter.h"
#include "markdown/frontmatterfields.h"

#include <QTest>
#include <QTimeZone>

using namespace debrief;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const char *const kPost = "---\n"
                          "# Jekyll needs the layout\n"
                          "layout: post\n"
                          "title: \"Retry storm\"\n"
                          "permalink: /pm/retry-storm/\n"
                          "comments: true\n"
                          "authors:\n"
                          "  - Priya Raman\n"
                          "  - Mei-Ling Chen\n"
                          "tags: [postmortem, retries]\n"
                          "seo:\n"
                          "  type: BlogPosting # schema.org\n"
                          "status: draft # draft | reviewed | published\n"
                          "---\n"
                          "Body with a rule\n"
                          "\n"
                          "---\n";

/// kPost with one line replaced.
QString post(const char *from, const char *to)
{
    QString text = s(kPost);
    const QString needle = s(from);
    Q_ASSERT(text.count(needle) == 1);
    return text.replace(needle, s(to));
}

} // namespace

class FrontMatterEditTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void edit_data();
    void edit();
    void editAddsFrontMatterWhenMissing();
    void editKeepsCrlf();
    void editFlowRoot();
    void applyToDocument();
    void applyToDocumentKeepsUnreadableValues();
    void documentRoundTrip();
    void updateFromDocumentIsMinimal();
    void parseDateTime_data();
    void parseDateTime();
};

void FrontMatterEditTest::edit_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("title keeps its double quotes")
        << s(kPost) << s("title") << QStringList{s("Retry storm, again")}
        << post("title: \"Retry storm\"\n", "title: \"Retry storm, again\"\n");
    QTest::newRow("title with a quote is escaped")
        << s(kPost) << s("title") << QStringList{s("The \"fast\" path")}
        << post("title: \"Retry storm\"\n", "title: \"The \\\"fast\\\" path\"\n");
    QTest::newRow("plain value stays plain, comment kept") << s(kPost) << s("status") << QStringList{s("reviewed")}
                                                           << post("status: draft # draft", "status: reviewed # draft");
    QTest::newRow("value that needs quotes gets them")
        << s(kPost) << s("status") << QStringList{s("on hold: waiting")}
        << post("status: draft # draft", "status: \"on hold: waiting\" # draft");
    QTest::newRow("word YAML would read as a boolean is quoted")
        << s(kPost) << s("status") << QStringList{s("yes")} << post("status: draft # draft", "status: \"yes\" # draft");
    QTest::newRow("new key is appended at the end")
        << s(kPost) << s("severity") << QStringList{s("SEV-2")}
        << post("status: draft # draft | reviewed | published\n",
                "status: draft # draft | reviewed | published\nseverity: SEV-2\n");
    QTest::newRow("flow tags stay a flow list")
        << s(kPost) << s("tags") << QStringList{s("postmortem"), s("retries"), s("load shedding")}
        << post("tags: [postmortem, retries]", "tags: [postmortem, retries, load shedding]");
    QTest::newRow("tag with a comma is quoted in a flow list")
        << s(kPost) << s("tags") << QStringList{s("a, b")} << post("tags: [postmortem, retries]", "tags: [\"a, b\"]");
    QTest::newRow("block authors stay a block list")
        << s(kPost) << s("authors") << QStringList{s("Priya Raman"), s("José Fernández")}
        << post("  - Mei-Ling Chen\n", "  - José Fernández\n");
    QTest::newRow("removing authors removes their lines")
        << s(kPost) << s("authors") << QStringList() << post("authors:\n  - Priya Raman\n  - Mei-Ling Chen\n", "");
    QTest::newRow("removing a scalar removes its line")
        << s(kPost) << s("status") << QStringList() << post("status: draft # draft | reviewed | published\n", "");
    QTest::newRow("space-separated tags stay a string")
        << s("---\ntags: a b\nlayout: post\n---\n") << s("tags") << QStringList{s("a"), s("c")}
        << s("---\ntags: a c\nlayout: post\n---\n");
    QTest::newRow("unindented block list stays unindented")
        << s("---\ntags:\n- a\n- b\nlayout: post\n---\n") << s("tags") << QStringList{s("a"), s("c")}
        << s("---\ntags:\n- a\n- c\nlayout: post\n---\n");
    QTest::newRow("comment inside a block list goes with the edited list")
        << s("---\ntags: # topics\n    - a\n    # b was removed\n    - c\nlayout: post\n---\n") << s("tags")
        << QStringList{s("a")} << s("---\ntags: # topics\n    - a\nlayout: post\n---\n");
    QTest::newRow("single author stays a string")
        << s("---\nauthor: Ann\n---\n") << s("authors") << QStringList{s("Bob")} << s("---\nauthor: Bob\n---\n");
    QTest::newRow("second author turns author into a list")
        << s("---\nauthor: Ann\n---\n") << s("authors") << QStringList{s("Ann"), s("Bob")}
        << s("---\nauthor: [Ann, Bob]\n---\n");
    QTest::newRow("new list of authors is authors")
        << s("---\ntitle: A\n---\n") << s("authors") << QStringList{s("Ann"), s("Bob")}
        << s("---\ntitle: A\nauthors: [Ann, Bob]\n---\n");
    QTest::newRow("folded multi-line title is replaced whole")
        << s("---\ntitle: >\n  A long\n  title\nlayout: post\n---\n") << s("title") << QStringList{s("Short")}
        << s("---\ntitle: \"Short\"\nlayout: post\n---\n");
    QTest::newRow("comment and blank line before the next key stay")
        << s("---\ntitle: A\n\n# the layout\nlayout: post\n---\n") << s("title") << QStringList{s("B")}
        << s("---\ntitle: B\n\n# the layout\nlayout: post\n---\n");
    QTest::newRow("single-quoted value with an apostrophe and comment")
        << s("---\ntitle: 'It''s # not a comment' # real comment\n---\n") << s("title") << QStringList{s("New")}
        << s("---\ntitle: \"New\" # real comment\n---\n");
    QTest::newRow("non-ASCII text is written as it is")
        << s("---\ntitle: A\n---\n") << s("title") << QStringList{s("Ünïcode façade")}
        << s("---\ntitle: Ünïcode façade\n---\n");
}

void FrontMatterEditTest::edit()
{
    QFETCH(QString, document);
    QFETCH(QString, field);
    QFETCH(QStringList, value);
    QFETCH(QString, expected);

    FrontMatter frontMatter(document);
    QVERIFY(!frontMatter.hasError());
    const QStringList unknownBefore = frontMatter.unknownKeys();
    bool ok = false;
    if (field == QLatin1String("tags"))
        ok = frontMatter.setTags(value);
    else if (field == QLatin1String("authors"))
        ok = frontMatter.setAuthors(value);
    else
        ok = frontMatter.setScalar(field, value.value(0));
    QVERIFY(ok);
    QCOMPARE(frontMatter.toText(), expected);
    QVERIFY(!frontMatter.hasError());
    QCOMPARE(frontMatter.unknownKeys(), unknownBefore);
    // What was written reads back as what was set.
    const FrontMatter reread(frontMatter.toText());
    if (field == QLatin1String("tags"))
        QCOMPARE(reread.tags(), value);
    else if (field == QLatin1String("authors"))
        QCOMPARE(reread.authors(), value);
    else
        QCOMPARE(reread.scalar(field), value.value(0));
}

void FrontMatterEditTest::editAddsFrontMatterWhenMissing()
{
    FrontMatter frontMatter(s("# Notes\n\nText\n"));
    QVERIFY(frontMatter.setTitle(s("Notes")));
    QVERIFY(frontMatter.setTags({s("a")}));
    QCOMPARE(frontMatter.toText(), s("---\ntitle: Notes\ntags: [a]\n---\n# Notes\n\nText\n"));
}

void FrontMatterEditTest::editKeepsCrlf()
{
    FrontMatter frontMatter(s("---\r\nlayout: post\r\ntitle: A\r\n---\r\nBody\r\n"));
    QVERIFY(frontMatter.setTitle(s("B")));
    QVERIFY(frontMatter.setStatus(s("draft")));
    QCOMPARE(frontMatter.toText(), s("---\r\nlayout: post\r\ntitle: B\r\nstatus: draft\r\n---\r\nBody\r\n"));
}

void FrontMatterEditTest::editFlowRoot()
{
    // A whole front matter in braces has no lines to edit; it is rewritten in block style
    // with every value kept.
    FrontMatter frontMatter(s("---\n{layout: post, title: A, tags: [x, y]}\n---\nBody\n"));
    QVERIFY(!frontMatter.hasError());
    QVERIFY(frontMatter.setTitle(s("B")));
    const FrontMatter reread(frontMatter.toText());
    QCOMPARE(reread.keys(), (QStringList{s("layout"), s("title"), s("tags")}));
    QCOMPARE(reread.title(), s("B"));
    QCOMPARE(reread.scalar(s("layout")), s("post"));
    QCOMPARE(reread.tags(), (QStringList{s("x"), s("y")}));
    QCOMPARE(reread.body(), s("Body\n"));
}

void FrontMatterEditTest::applyToDocument()
{
    const FrontMatter frontMatter(
        s("---\nlayout: post\ntitle: \"Retry storm\"\ndate: 2024-03-05\nauthor: Jane\ntags: retries db\n"
          "severity: SEV-2\nstatus: reviewed\nrule: on-record\nincident_start: 2024-03-04 14:07\n"
          "incident_end: \"2024-03-04T15:58:00+01:00\"\npermalink: /x/\n---\n# Body\n"));
    Document document;
    QVERIFY(FrontMatterFields::applyTo(frontMatter, document));
    QCOMPARE(document.title, s("Retry storm"));
    QCOMPARE(document.tags, (QStringList{s("retries"), s("db")}));
    QCOMPARE(document.severity, s("SEV-2"));
    QCOMPARE(document.status, s("reviewed"));
    QCOMPARE(document.rule, Rule::OnRecord);
    QCOMPARE(document.incidentStart, QDateTime(QDate(2024, 3, 4), QTime(14, 7), QTimeZone::utc()));
    QCOMPARE(document.incidentEnd, QDateTime(QDate(2024, 3, 4), QTime(14, 58), QTimeZone::utc()));
    QCOMPARE(document.frontMatterExtra, s("layout: post\ndate: 2024-03-05\nauthor: Jane\npermalink: /x/\n"));
    QCOMPARE(document.body, s("# Body\n"));

    Document untouched;
    untouched.title = s("Keep");
    QVERIFY(!FrontMatterFields::applyTo(FrontMatter(s("---\ntitle: [\n---\n")), untouched));
    QCOMPARE(untouched.title, s("Keep"));
}

void FrontMatterEditTest::applyToDocumentKeepsUnreadableValues()
{
    // A rule or time Debrief cannot read stays in the extra YAML rather than being lost.
    const FrontMatter frontMatter(s("---\ntitle: A\nrule: secret\nincident_start: last tuesday\n---\n"));
    Document document;
    QVERIFY(FrontMatterFields::applyTo(frontMatter, document));
    QCOMPARE(document.rule, Rule::Chatham);
    QVERIFY(!document.incidentStart.isValid());
    QCOMPARE(document.frontMatterExtra, s("rule: secret\nincident_start: last tuesday\n"));

    FrontMatter edited = frontMatter;
    document.title = s("B");
    QVERIFY(FrontMatterFields::update(edited, document));
    QCOMPARE(edited.toText(), s("---\ntitle: B\nrule: secret\nincident_start: last tuesday\n---\n"));
}

void FrontMatterEditTest::documentRoundTrip()
{
    Document document;
    document.title = s("Payments: retry storm");
    document.body = s("# Summary\n\nText.\n");
    document.frontMatterExtra = s("layout: post\nauthors:\n  - Priya Raman\n  - Mei-Ling Chen\ncomments: true\n");
    document.tags = {s("payments"), s("retries")};
    document.severity = s("SEV-2");
    document.status = s("draft");
    document.rule = Rule::OffRecord;
    document.incidentStart = QDateTime(QDate(2024, 5, 1), QTime(14, 7), QTimeZone::utc());

    const FrontMatter frontMatter = FrontMatterFields::toFrontMatter(document);
    QCOMPARE(frontMatter.toText(), s("---\nlayout: post\nauthors:\n  - Priya Raman\n  - Mei-Ling Chen\ncomments: true\n"
                                     "title: \"Payments: retry storm\"\ntags: [payments, retries]\nseverity: SEV-2\n"
                                     "status: draft\nrule: off-record\nincident_start: 2024-05-01T14:07:00Z\n---\n"
                                     "# Summary\n\nText.\n"));

    Document back;
    QVERIFY(FrontMatterFields::applyTo(FrontMatter(frontMatter.toText()), back));
    QCOMPARE(back.title, document.title);
    QCOMPARE(back.body, document.body);
    QCOMPARE(back.frontMatterExtra, document.frontMatterExtra);
    QCOMPARE(back.tags, document.tags);
    QCOMPARE(back.severity, document.severity);
    QCOMPARE(back.status, document.status);
    QCOMPARE(back.rule, document.rule);
    QCOMPARE(back.incidentStart, document.incidentStart);
    QVERIFY(!back.incidentEnd.isValid());
}

void FrontMatterEditTest::updateFromDocumentIsMinimal()
{
    const QString original = s("---\nlayout: post\ntitle: Old\ntags: [a]\nrule: chatham\n"
                               "incident_start: 2024-05-01 16:07 +0200\nextra: {x: 1}\n---\nBody\n");
    FrontMatter frontMatter(original);
    Document document;
    QVERIFY(FrontMatterFields::applyTo(frontMatter, document));
    QVERIFY(FrontMatterFields::update(frontMatter, document));
    QCOMPARE(frontMatter.toText(), original); // nothing changed, nothing rewritten

    document.title = s("New");
    QVERIFY(FrontMatterFields::update(frontMatter, document));
    QCOMPARE(frontMatter.toText(), QString(original).replace(s("title: Old"), s("title: New")));
}

void FrontMatterEditTest::parseDateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime utc(QDate(2024, 5, 1), QTime(14, 7), QTimeZone::utc());
    QTest::newRow("ISO with Z") << s("2024-05-01T14:07:00Z") << utc;
    QTest::newRow("no zone is UTC") << s("2024-05-01T14:07") << utc;
    QTest::newRow("space instead of T") << s("2024-05-01 14:07") << utc;
    QTest::newRow("Jekyll offset") << s("2024-05-01 16:07:00 +0200") << utc;
    QTest::newRow("ISO offset with colon") << s("2024-05-01T09:07:00-05:00") << utc;
    QTest::newRow("one-digit hour") << s("2024-05-01 9:07")
                                    << QDateTime(QDate(2024, 5, 1), QTime(9, 7), QTimeZone::utc());
    QTest::newRow("date only") << s("2024-05-01") << QDateTime(QDate(2024, 5, 1), QTime(0, 0), QTimeZone::utc());
    QTest::newRow("words") << s("yesterday") << QDateTime();
    QTest::newRow("impossible date") << s("2024-02-30 10:00") << QDateTime();
}

void FrontMatterEditTest::parseDateTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = FrontMatterFields::parseDateTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed.toUTC(), expected.toUTC());
}

QTEST_GUILESS_MAIN(FrontMatterEditTest)
#include "test_frontmatteredit.moc"
