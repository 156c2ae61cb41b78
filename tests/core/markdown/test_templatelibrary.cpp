// Templates: every built-in one fills completely and gives valid front matter and a Document.
#include "markdown/frontmatter.h"
#include "markdown/templatelibrary.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

QHash<QString, QString> sampleValues()
{
    return {{QStringLiteral("title"), QStringLiteral("Payments \"API\": retry storm")},
            {QStringLiteral("date"), QStringLiteral("2024-05-02")},
            {QStringLiteral("author"), QString::fromUtf8("José O'Neil")},
            {QStringLiteral("severity"), QStringLiteral("SEV-2")},
            {QStringLiteral("incident_start"), QStringLiteral("2024-05-01T14:07:00Z")},
            {QStringLiteral("incident_end"), QStringLiteral("2024-05-01T15:58:00Z")}};
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TemplateLibraryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void builtInTemplates();
    void fillsCompletely_data();
    void fillsCompletely();
    void fillQuotesForYaml_data();
    void fillQuotesForYaml();
    void userTemplates();
    void unknownTemplate();
    void invalidUserTemplate();
};

void TemplateLibraryTest::builtInTemplates()
{
    const TemplateLibrary library(QString{});
    QCOMPARE(library.names(), (QStringList{QStringLiteral("meetup-notes"), QStringLiteral("postmortem-sre"),
                                           QStringLiteral("reading-notes"), QStringLiteral("talk-notes")}));
    for (const DocumentTemplate &entry : library.templates()) {
        QVERIFY(entry.builtIn);
        QVERIFY(entry.path.startsWith(QLatin1String(":/templates/")));
    }
    QVERIFY(library.find(TemplateLibrary::defaultPostmortem()).has_value());
    QCOMPARE(TemplateLibrary::defaultUserFolder(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/templates"));
}

void TemplateLibraryTest::fillsCompletely_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<DocumentKind>("kind");
    QTest::addColumn<Rule>("rule");
    QTest::newRow("SRE postmortem") << QStringLiteral("postmortem-sre") << DocumentKind::Postmortem << Rule::Chatham;
    QTest::newRow("meetup notes") << QStringLiteral("meetup-notes") << DocumentKind::MeetupNotes << Rule::Chatham;
    QTest::newRow("talk notes") << QStringLiteral("talk-notes") << DocumentKind::TalkNotes << Rule::Chatham;
    QTest::newRow("reading notes") << QStringLiteral("reading-notes") << DocumentKind::Reading << Rule::OnRecord;
}

void TemplateLibraryTest::fillsCompletely()
{
    QFETCH(QString, name);
    QFETCH(DocumentKind, kind);
    QFETCH(Rule, rule);

    const TemplateLibrary library(QString{});
    for (const auto &values :
         {sampleValues(), QHash<QString, QString>{{QStringLiteral("title"), QStringLiteral("T")}}}) {
        QString error;
        const auto filled = library.instantiate(name, values, &error);
        QVERIFY2(filled.has_value(), qPrintable(error));
        QVERIFY2(!filled->text.contains(QLatin1String("{{")), qPrintable(filled->text));
        QVERIFY2(!filled->text.contains(QLatin1String("}}")), qPrintable(filled->text));

        const FrontMatter frontMatter(filled->text);
        QVERIFY(frontMatter.isPresent());
        QVERIFY2(!frontMatter.hasError(), qPrintable(filled->text));
        QCOMPARE(frontMatter.title(), values.value(QStringLiteral("title")));
        QCOMPARE(filled->document.title, values.value(QStringLiteral("title")));
        QCOMPARE(filled->document.kind, kind);
        QCOMPARE(filled->document.rule, rule);
        QCOMPARE(filled->document.status, QStringLiteral("draft"));
        QVERIFY(!filled->document.tags.isEmpty());
        QCOMPARE(filled->document.body, frontMatter.body());
        QVERIFY(filled->document.body.contains(QLatin1String("# ") + values.value(QStringLiteral("title"))));
        QVERIFY(filled->document.frontMatterExtra.contains(QLatin1String("layout: post")));
        QVERIFY(!filled->document.slug.isEmpty());
        if (values.contains(QStringLiteral("date")))
            QCOMPARE(frontMatter.date(), QStringLiteral("2024-05-02"));
        else // today, or yesterday when the run straddled midnight
            QVERIFY2(frontMatter.date() == QDate::currentDate().toString(Qt::ISODate) ||
                         frontMatter.date() == QDate::currentDate().addDays(-1).toString(Qt::ISODate),
                     qPrintable(frontMatter.date()));
        if (values.contains(QStringLiteral("author")))
            QCOMPARE(frontMatter.authors(), QStringList{QString::fromUtf8("José O'Neil")});
        else
            QVERIFY(!frontMatter.contains(QStringLiteral("author")) &&
                    !frontMatter.contains(QStringLiteral("authors")));
    }
}

void TemplateLibraryTest::fillQuotesForYaml_data()
{
    QTest::addColumn<QString>("templateText");
    QTest::addColumn<QString>("expected");
    QTest::newRow("inside double quotes") << QStringLiteral("---\ntitle: \"{{title}}\"\n---\n# {{title}}\n")
                                          << QStringLiteral("---\ntitle: \"A \\\"quoted\\\": it's \\\\ here\"\n---\n"
                                                            "# A \"quoted\": it's \\ here\n");
    QTest::newRow("inside single quotes") << QStringLiteral("---\ntitle: '{{title}}'\n---\n")
                                          << QStringLiteral("---\ntitle: 'A \"quoted\": it''s \\ here'\n---\n");
    QTest::newRow("a whole plain value") << QStringLiteral("---\ntitle: {{title}}\n---\n")
                                         << QStringLiteral("---\ntitle: \"A \\\"quoted\\\": it's \\\\ here\"\n---\n");
    QTest::newRow("list item") << QStringLiteral("---\nauthors:\n  - {{title}}\n---\n")
                               << QStringLiteral("---\nauthors:\n  - \"A \\\"quoted\\\": it's \\\\ here\"\n---\n");
    QTest::newRow("Liquid is left alone") << QStringLiteral("Link: {{ site.baseurl }}/x and {{page.title}}\n")
                                          << QStringLiteral("Link: {{ site.baseurl }}/x and {{page.title}}\n");
    QTest::newRow("known placeholder without a value is empty")
        << QStringLiteral("Venue: {{venue}}.\n") << QStringLiteral("Venue: .\n");
}

void TemplateLibraryTest::fillQuotesForYaml()
{
    QFETCH(QString, templateText);
    QFETCH(QString, expected);
    const QString filled =
        TemplateLibrary::fill(templateText, {{QStringLiteral("title"), QStringLiteral("A \"quoted\": it's \\ here")}});
    QCOMPARE(filled, expected);
    const FrontMatter frontMatter(filled);
    QVERIFY(!frontMatter.hasError());
    if (frontMatter.contains(QStringLiteral("title")))
        QCOMPARE(frontMatter.title(), QStringLiteral("A \"quoted\": it's \\ here"));
}

void TemplateLibraryTest::userTemplates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("postmortem-short.md")),
                      "---\ntitle: \"{{title}}\"\nseverity: \"{{severity}}\"\n---\n# {{title}}\n\n## What happened\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("talk-notes.md")), "---\ntitle: \"{{title}}\"\n---\nMine\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("not-a-template.txt")), "x"));

    const TemplateLibrary library(dir.path());
    QCOMPARE(library.names(), (QStringList{QStringLiteral("meetup-notes"), QStringLiteral("postmortem-short"),
                                           QStringLiteral("postmortem-sre"), QStringLiteral("reading-notes"),
                                           QStringLiteral("talk-notes")}));
    // The user's talk-notes replaces the built-in one.
    QVERIFY(!library.find(QStringLiteral("talk-notes"))->builtIn);
    QCOMPARE(library.find(QStringLiteral("talk-notes"))->kind, DocumentKind::TalkNotes);

    const auto filled = library.instantiate(QStringLiteral("postmortem-short.md"),
                                            {{QStringLiteral("title"), QStringLiteral("Disk full")},
                                             {QStringLiteral("severity"), QStringLiteral("SEV-3")}});
    QVERIFY(filled.has_value());
    QCOMPARE(filled->text,
             QStringLiteral("---\ntitle: \"Disk full\"\nseverity: \"SEV-3\"\n---\n# Disk full\n\n## What happened\n"));
    QCOMPARE(filled->document.kind, DocumentKind::Postmortem);
    QCOMPARE(filled->document.severity, QStringLiteral("SEV-3"));
    QCOMPARE(filled->document.slug, QStringLiteral("disk-full"));
    QCOMPARE(library.instantiate(QStringLiteral("talk-notes"), {{QStringLiteral("title"), QStringLiteral("T")}})
                 ->document.body,
             QStringLiteral("Mine\n"));
}

void TemplateLibraryTest::unknownTemplate()
{
    const TemplateLibrary library(QString{});
    QString error;
    QVERIFY(!library.instantiate(QStringLiteral("nope"), {}, &error).has_value());
    QVERIFY(error.contains(QLatin1String("nope")));
    for (const QString &name : library.names())
        QVERIFY2(error.contains(name), qPrintable(error));
}

void TemplateLibraryTest::invalidUserTemplate()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("broken.md")), "---\ntitle: \"{{title}}\"\ntags: [a\n---\nx\n"));
    QString error;
    QVERIFY(!TemplateLibrary(dir.path()).instantiate(QStringLiteral("broken"), {}, &error).has_value());
    QVERIFY2(error.contains(QLatin1String("broken")) && error.contains(QLatin1String("line 4")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TemplateLibraryTest)
#include "test_templatelibrary.moc"
