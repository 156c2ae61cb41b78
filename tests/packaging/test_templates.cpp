// The document templates are embedded, Jekyll-compatible (valid YAML front matter with the
// keys a Jekyll post and Debrief need) and carry the placeholders a template engine fills.
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <yaml-cpp/yaml.h>

namespace {

struct Template
{
    QString frontMatter;
    QString body;
};

/// Splits "---\nYAML\n---\nbody"; an empty front matter means the file does not start with one.
Template split(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(\A---\n(.*?)\n---\n(.*)\z)"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return {match.captured(1), match.captured(2)};
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void frontMatter_data();
    void frontMatter();
    void postmortemFollowsSreStructure();
};

void TestTemplates::frontMatter_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("keys");
    const QStringList common = {QStringLiteral("layout"), QStringLiteral("title"),  QStringLiteral("date"),
                                QStringLiteral("tags"),   QStringLiteral("status"), QStringLiteral("rule")};
    QTest::newRow("SRE postmortem") << QStringLiteral("postmortem-sre")
                                    << common + QStringList{QStringLiteral("authors"), QStringLiteral("severity"),
                                                            QStringLiteral("incident_start"),
                                                            QStringLiteral("incident_end")};
    QTest::newRow("meetup notes") << QStringLiteral("meetup-notes") << common + QStringList{QStringLiteral("author")};
    QTest::newRow("talk notes") << QStringLiteral("talk-notes") << common + QStringList{QStringLiteral("author")};
    QTest::newRow("reading notes") << QStringLiteral("reading-notes") << common + QStringList{QStringLiteral("author")};
}

void TestTemplates::frontMatter()
{
    QFETCH(QString, name);
    QFETCH(QStringList, keys);

    QFile file(QStringLiteral(":/templates/%1.md").arg(name));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const Template parsed = split(QString::fromUtf8(file.readAll()));
    QVERIFY2(!parsed.frontMatter.isEmpty(), "no front matter between --- lines");

    YAML::Node yaml;
    try {
        yaml = YAML::Load(parsed.frontMatter.toStdString());
    } catch (const YAML::Exception &error) {
        QFAIL(error.what());
    }
    QVERIFY(yaml.IsMap());
    for (const QString &key : keys)
        QVERIFY2(yaml[key.toStdString()].IsDefined(), qPrintable(QStringLiteral("missing key: ") + key));
    QCOMPARE(QString::fromStdString(yaml["layout"].as<std::string>()), QStringLiteral("post"));
    QVERIFY(yaml["tags"].IsSequence());
    // Placeholders survive YAML parsing as plain strings, ready for the template engine.
    QCOMPARE(QString::fromStdString(yaml["title"].as<std::string>()), QStringLiteral("{{title}}"));
    QCOMPARE(QString::fromStdString(yaml["date"].as<std::string>()), QStringLiteral("{{date}}"));
    QVERIFY(parsed.body.contains(QLatin1String("# {{title}}")));
}

void TestTemplates::postmortemFollowsSreStructure()
{
    QFile file(QStringLiteral(":/templates/postmortem-sre.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString body = split(QString::fromUtf8(file.readAll())).body;
    const QStringList headings = {
        QStringLiteral("## Summary"),
        QStringLiteral("## Impact"),
        QStringLiteral("## Root causes"),
        QStringLiteral("## Trigger"),
        QStringLiteral("## Resolution"),
        QStringLiteral("## Detection"),
        QStringLiteral("## Action items"),
        QStringLiteral("## Lessons learned"),
        QStringLiteral("### What went well"),
        QStringLiteral("### What went wrong"),
        QStringLiteral("### Where we got lucky"),
        QStringLiteral("## Timeline"),
        QStringLiteral("## Supporting information"),
    };
    const QStringList lines = body.split(QLatin1Char('\n'));
    qsizetype previous = -1;
    for (const QString &heading : headings) {
        const qsizetype at = lines.indexOf(heading);
        QVERIFY2(at > previous, qPrintable(QStringLiteral("missing or out of order: ") + heading));
        previous = at;
    }
    // Action items are task lines with an owner, a due date and a priority.
    static const QRegularExpression taskLine(
        QStringLiteral(R"(^- \[ \] .+ @\w+ due:YYYY-MM-DD !(low|normal|high|urgent)$)"),
        QRegularExpression::MultilineOption);
    QVERIFY(body.count(taskLine) >= 2);
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "test_templates.moc"
