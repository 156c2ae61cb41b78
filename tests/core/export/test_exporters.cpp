// The exporters: golden Markdown/Jekyll and HTML, PDF and ODT metadata without names, file
// names, atomic writes, the Chatham House pipeline and the command-line formats.
#include "../actions/goldenfile.h"
#include "cli/cli.h"
#include "clirun.h"
#include "export/chathamexport.h"
#include "export/exporter.h"
#include "export/exportfilename.h"
#include "export/htmlexporter.h"
#include "export/markdownexporter.h"
#include "filebytes.h"
#include "notebook/notebook.h"
#include "pdfinfo.h"
#include "zipentries.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;
using debrief::test::testDataPath;
using test::readBytes;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

Roster testRoster()
{
    RosterPerson priya;
    priya.name = QStringLiteral("Priya Sharma");
    priya.handles = {QStringLiteral("priya_s")};
    priya.affiliation = QStringLiteral("Acme Payments");
    priya.role = MeetupRole::Speaker;
    RosterPerson jose;
    jose.name = QStringLiteral("José Álvarez");
    jose.role = MeetupRole::Attendee;
    return Roster({priya, jose});
}

const QString kChathamText = QStringLiteral("---\ntitle: Notes from Priya Sharma's talk\nauthor: José Álvarez\n"
                                            "date: 2026-05-01\n---\n# Notes from Priya Sharma's talk\n\n"
                                            "Priya (Acme Payments) explained the retry storm; José asked about "
                                            "jitter. Ping @priya_s.\n");

/// Every way the PDF could carry a name: raw bytes, UTF-16BE, and the decoded info strings.
bool pdfMentions(const QByteArray &pdf, const QString &word)
{
    if (pdf.contains(word.toUtf8()) || pdf.contains(word.toLatin1()))
        return true;
    QByteArray utf16;
    for (const QChar c : word)
        utf16.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    if (pdf.contains(utf16))
        return true;
    for (const QByteArray &key : {QByteArray("/Title"), QByteArray("/Author"), QByteArray("/Creator"),
                                  QByteArray("/Producer"), QByteArray("/Subject"), QByteArray("/Keywords")}) {
        if (test::pdfInfoString(pdf, key).value_or(QString()).contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

using test::CliRun;
using test::runCli;

class ExportersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void markdownGolden_data();
    void markdownGolden();
    void htmlGolden();
    void htmlIsSelfContained();
    void fileNames_data();
    void fileNames();
    void failedExportKeepsTheOldFile();
    void pdfMetadata_data();
    void pdfMetadata();
    void odtCarriesNoNames();
    void odtKeepsStrikethrough();
    void pagedExportsEmbedOnlyTheSitesImages();
    void chathamPipelineWritesAnonymised_data();
    void chathamPipelineWritesAnonymised();
    void chathamRefusesWhileIdentityLeft();
    void chathamRefusesNameInFileName();
    void anonymiseVerbFormats_data();
    void anonymiseVerbFormats();
    void exportVerb();
    void exportVerbMeetup();
    void exportVerbNeverReplacesItsInputs();

private:
    QTemporaryDir m_dir;
};

void ExportersTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void ExportersTest::markdownGolden_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("jekyll");
    QTest::addColumn<QString>("reference");
    QTest::newRow("jekyll post keeps unknown keys, drops author, lists tags")
        << QStringLiteral("postmortem.md") << true << QStringLiteral("postmortem.jekyll.md");
    QTest::newRow("plain markdown only drops author")
        << QStringLiteral("postmortem.md") << false << QStringLiteral("postmortem.plain.md");
    QTest::newRow("no front matter gets layout and title for jekyll")
        << QStringLiteral("no-front-matter.md") << true << QStringLiteral("no-front-matter.jekyll.md");
}

void ExportersTest::markdownGolden()
{
    QFETCH(QString, input);
    QFETCH(bool, jekyll);
    QFETCH(QString, reference);
    ExportOptions options;
    options.jekyll = jekyll;
    const ExportInput in =
        ExportInput::fromMarkdown(readText(testDataPath(QStringLiteral("export/input/") + input)), options);
    const QString path = m_dir.filePath(reference);
    const ExportResult result = MarkdownExporter().exportToFile(in, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QByteArray written = readBytes(path);
    QVERIFY(!written.contains("author"));
    QVERIFY(!written.contains("Priya"));
    DEBRIEF_COMPARE_GOLDEN(written, QStringLiteral("export/reference/") + reference);
}

void ExportersTest::htmlGolden()
{
    const ExportInput in =
        ExportInput::fromMarkdown(readText(testDataPath(QStringLiteral("export/input/postmortem.md"))));
    QCOMPARE(in.metadata.title, QStringLiteral("Payments API: retry storm"));
    QCOMPARE(in.metadata.date, QDate(2026, 3, 14));
    const QString path = m_dir.filePath(QStringLiteral("postmortem.html"));
    const ExportResult result = HtmlExporter().exportToFile(in, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    DEBRIEF_COMPARE_GOLDEN(readBytes(path), QStringLiteral("export/reference/postmortem.html"));
}

void ExportersTest::htmlIsSelfContained()
{
    const QString html = HtmlExporter::render(
        ExportInput::fromMarkdown(readText(testDataPath(QStringLiteral("export/input/postmortem.md")))));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<style>")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("<link")));
    QVERIFY(!html.contains(QStringLiteral("src=\"http")));
    QVERIFY(!html.contains(QStringLiteral("name=\"author\"")));
    QVERIFY(!html.contains(QStringLiteral("Priya")));
    QVERIFY(html.contains(QStringLiteral("<title>Payments API: retry storm</title>")));
}

void ExportersTest::fileNames_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("jekyll");
    QTest::addColumn<QString>("pdf");
    QTest::newRow("plain title") << QStringLiteral("Retry storm in Payments") << QDate(2026, 3, 14)
                                 << QStringLiteral("2026-03-14-retry-storm-in-payments.md")
                                 << QStringLiteral("retry-storm-in-payments.pdf");
    QTest::newRow("path traversal") << QStringLiteral("../../etc/passwd") << QDate(2026, 1, 2)
                                    << QStringLiteral("2026-01-02-etc-passwd.md") << QStringLiteral("etc-passwd.pdf");
    QTest::newRow("reserved windows name")
        << QStringLiteral("CON") << QDate(2026, 1, 2) << QStringLiteral("2026-01-02-con-export.md")
        << QStringLiteral("con-export.pdf");
    QTest::newRow("accents folded") << QStringLiteral("Ünïcode façade") << QDate(2026, 1, 2)
                                    << QStringLiteral("2026-01-02-unicode-facade.md")
                                    << QStringLiteral("unicode-facade.pdf");
    QTest::newRow("nothing usable") << QStringLiteral("???") << QDate(2026, 1, 2)
                                    << QStringLiteral("2026-01-02-untitled.md") << QStringLiteral("untitled.pdf");
}

void ExportersTest::fileNames()
{
    QFETCH(QString, title);
    QFETCH(QDate, date);
    QFETCH(QString, jekyll);
    QFETCH(QString, pdf);
    QCOMPARE(ExportFileName::jekyllPost(title, date), jekyll);
    QCOMPARE(ExportFileName::forTitle(title, QStringLiteral("pdf")), pdf);
}

void ExportersTest::failedExportKeepsTheOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.md"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old content\n");
    old.close();
    // Invalid YAML cannot be cleaned of author keys, so the export refuses.
    const ExportInput in = ExportInput::fromMarkdown(QStringLiteral("---\nauthor: [Priya\n---\nBody\n"));
    const ExportResult result = MarkdownExporter().exportToFile(in, path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("YAML")), qPrintable(result.error));
    QCOMPARE(readBytes(path), QByteArray("old content\n"));
}

void ExportersTest::pdfMetadata_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QByteArray>("mediaBox");
    QTest::newRow("A4") << int(PageSize::A4) << QByteArray("/MediaBox [0 0 595");
    QTest::newRow("Letter") << int(PageSize::Letter) << QByteArray("/MediaBox [0 0 612");
}

void ExportersTest::pdfMetadata()
{
    QFETCH(int, pageSize);
    QFETCH(QByteArray, mediaBox);
    ExportOptions options;
    options.pageSize = PageSize(pageSize);
    const ExportInput in =
        ExportInput::fromMarkdown(readText(testDataPath(QStringLiteral("export/input/postmortem.md"))), options);
    const QString path = m_dir.filePath(QStringLiteral("postmortem.pdf"));
    const std::unique_ptr<Exporter> exporter = Exporter::create(QStringLiteral("pdf"));
    const ExportResult result = exporter->exportToFile(in, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QByteArray pdf = readBytes(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(test::pdfInfoString(pdf, "/Creator"), std::optional<QString>(QStringLiteral("Debrief")));
    QCOMPARE(test::pdfInfoString(pdf, "/Title"), std::optional<QString>(QStringLiteral("Payments API: retry storm")));
    QVERIFY(test::pdfInfoString(pdf, "/Author").value_or(QString()).isEmpty());
    QVERIFY2(pdf.contains(mediaBox), pdf.mid(pdf.indexOf("/MediaBox"), 40).constData());
    QVERIFY(!pdfMentions(pdf, QStringLiteral("Priya")));
}

void ExportersTest::odtCarriesNoNames()
{
    const ExportInput in =
        ExportInput::fromMarkdown(readText(testDataPath(QStringLiteral("export/input/postmortem.md"))));
    const QString path = m_dir.filePath(QStringLiteral("postmortem.odt"));
    const ExportResult result = Exporter::create(QStringLiteral("odt"))->exportToFile(in, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QMap<QString, QByteArray> entries = test::zipEntries(readBytes(path));
    QCOMPARE(entries.value(QStringLiteral("mimetype")), QByteArray("application/vnd.oasis.opendocument.text"));
    QVERIFY(entries.value(QStringLiteral("content.xml")).contains("Clients retried"));
    // Qt writes no meta.xml; should it start to, it must not hold a person's name.
    const QByteArray meta = entries.value(QStringLiteral("meta.xml"));
    QVERIFY(!meta.contains("initial-creator") || meta.contains("<meta:initial-creator/>"));
    QVERIFY(!meta.contains("<dc:creator>") || meta.contains("<dc:creator>Debrief</dc:creator>"));
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it)
        QVERIFY2(!it.value().contains("Priya"), qPrintable(it.key()));
}

void ExportersTest::odtKeepsStrikethrough()
{
    const ExportInput in = ExportInput::fromMarkdown(QStringLiteral("# Retries\n\n~~Restart the fleet~~ Drain it.\n"));
    const QString path = m_dir.filePath(QStringLiteral("struck.odt"));
    const ExportResult result = Exporter::create(QStringLiteral("odt"))->exportToFile(in, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QByteArray content = test::zipEntries(readBytes(path)).value(QStringLiteral("content.xml"));
    QVERIFY2(content.contains("line-through"), content.constData());
}

void ExportersTest::pagedExportsEmbedOnlyTheSitesImages()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("site/_posts")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("site/assets")));
    QFile config(dir.filePath(QStringLiteral("site/_config.yml")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.close();
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(dir.filePath(QStringLiteral("site/assets/chart.png"))));
    QVERIFY(image.save(dir.filePath(QStringLiteral("private.png"))));
    ExportOptions options;
    options.documentDirectory = dir.filePath(QStringLiteral("site/_posts"));
    const ExportInput in = ExportInput::fromMarkdown(
        QStringLiteral("# Charts\n\n![chart](/assets/chart.png)\n\n![private](%1)\n\n![up](../../private.png)\n")
            .arg(dir.filePath(QStringLiteral("private.png"))),
        options);
    const QString path = m_dir.filePath(QStringLiteral("charts.odt"));
    const ExportResult result = Exporter::create(QStringLiteral("odt"))->exportToFile(in, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QMap<QString, QByteArray> entries = test::zipEntries(readBytes(path));
    int pictures = 0;
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it)
        pictures += it.key().startsWith(QLatin1String("Pictures/")) ? 1 : 0;
    QCOMPARE(pictures, 1); // the site's chart, not the files outside the site
}

void ExportersTest::chathamPipelineWritesAnonymised_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &format : Exporter::formats())
        QTest::newRow(qPrintable(format)) << format;
}

void ExportersTest::chathamPipelineWritesAnonymised()
{
    QFETCH(QString, format);
    const ChathamExport pipeline(kChathamText, testRoster());
    QVERIFY2(pipeline.canWrite(), qPrintable(pipeline.text()));
    QVERIFY(!pipeline.replacements().isEmpty());
    QVERIFY(!pipeline.text().contains(QStringLiteral("Priya")));
    QVERIFY(pipeline.text().contains(QStringLiteral("Speaker A")));
    const std::unique_ptr<Exporter> exporter = Exporter::create(format);
    const QString name = pipeline.suggestedFileName(*exporter);
    QVERIFY2(!name.contains(QStringLiteral("priya"), Qt::CaseInsensitive), qPrintable(name));
    QVERIFY(name.endsWith(QLatin1Char('.') + exporter->fileSuffix()));
    const QString path = m_dir.filePath(name);
    const ExportResult result = pipeline.write(*exporter, path);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QByteArray bytes = readBytes(path);
    QVERIFY(!bytes.isEmpty());
    for (const QString &word : {QStringLiteral("Priya"), QStringLiteral("Sharma"), QStringLiteral("Álvarez"),
                                QStringLiteral("priya_s"), QStringLiteral("Acme")}) {
        if (format == QLatin1String("pdf"))
            QVERIFY2(!pdfMentions(bytes, word), qPrintable(word));
        else if (format == QLatin1String("odt"))
            for (const QByteArray &entry : test::zipEntries(bytes))
                QVERIFY2(!entry.contains(word.toUtf8()), qPrintable(word));
        else
            QVERIFY2(!bytes.contains(word.toUtf8()), qPrintable(word));
    }
    if (format == QLatin1String("pdf")) {
        QCOMPARE(test::pdfInfoString(bytes, "/Creator"), std::optional<QString>(QStringLiteral("Debrief")));
        QVERIFY(test::pdfInfoString(bytes, "/Title").value_or(QString()).contains(QStringLiteral("Speaker A")));
    }
    if (format == QLatin1String("md"))
        QVERIFY(!bytes.contains("author:"));
}

void ExportersTest::chathamRefusesWhileIdentityLeft()
{
    // A scanner that still finds an identity stands for any way the anonymiser could miss one.
    const auto leakyScanner = [](QStringView text) {
        LeakFinding finding;
        finding.kind = LeakFinding::Kind::Identity;
        finding.line = 1;
        finding.column = 1;
        finding.text = text.left(5).toString();
        return QList<LeakFinding>{finding};
    };
    const ChathamExport pipeline(kChathamText, testRoster(), {}, leakyScanner);
    QVERIFY(!pipeline.canWrite());
    QCOMPARE(pipeline.errors().size(), 1);
    for (const QString &format : Exporter::formats()) {
        const QString path = m_dir.filePath(QStringLiteral("refused.") + format);
        const ExportResult result = pipeline.write(*Exporter::create(format), path);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("nothing was written")), qPrintable(result.error));
        QVERIFY(!QFile::exists(path));
    }
    // The real scanner blocks too when the text given to it still names someone.
    const ChathamExport clean(kChathamText, testRoster());
    QVERIFY(clean.errors().isEmpty());
}

void ExportersTest::chathamRefusesNameInFileName()
{
    const ChathamExport pipeline(kChathamText, testRoster());
    const QString path = m_dir.filePath(QStringLiteral("priya-sharma-talk.md"));
    const ExportResult result = pipeline.write(*Exporter::create(QStringLiteral("md")), path);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("file name")), qPrintable(result.error));
    QVERIFY(!QFile::exists(path));
}

void ExportersTest::anonymiseVerbFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("html") << QStringLiteral("html") << QByteArray("<!DOCTYPE html>");
    QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF-");
    QTest::newRow("odt") << QStringLiteral("odt") << QByteArray("PK");
}

void ExportersTest::anonymiseVerbFormats()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, magic);
    const QString roster = m_dir.filePath(QStringLiteral("roster.csv"));
    QFile rosterFile(roster);
    QVERIFY(rosterFile.open(QIODevice::WriteOnly));
    rosterFile.write("name,aliases,affiliation,handles,emails\nPriya Sharma,,Acme Payments,priya_s,\n");
    rosterFile.close();
    const QString input = m_dir.filePath(QStringLiteral("talk.md"));
    QFile inputFile(input);
    QVERIFY(inputFile.open(QIODevice::WriteOnly));
    inputFile.write(kChathamText.toUtf8());
    inputFile.close();
    const QString output = m_dir.filePath(QStringLiteral("talk-out.") + format);
    const CliRun run = runCli({QStringLiteral("anonymise"), QStringLiteral("--roster"), roster,
                               QStringLiteral("--format"), format, input, QStringLiteral("-o"), output});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray bytes = readBytes(output);
    QVERIFY(bytes.startsWith(magic));
    if (format == QLatin1String("html"))
        QVERIFY(!bytes.contains("Priya"));
    if (format == QLatin1String("pdf"))
        QVERIFY(!pdfMentions(bytes, QStringLiteral("Priya")));

    const CliRun toStdout =
        runCli({QStringLiteral("anonymise"), QStringLiteral("--roster"), roster, QStringLiteral("--format"), format,
                input, QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(toStdout.exitCode, format == QLatin1String("html") ? 0 : 2);
}

void ExportersTest::exportVerb()
{
    const QString roster = m_dir.filePath(QStringLiteral("export-roster.csv"));
    QFile rosterFile(roster);
    QVERIFY(rosterFile.open(QIODevice::WriteOnly));
    rosterFile.write("name,aliases,affiliation,handles,emails\nPriya Sharma,,Acme Payments,priya_s,\n");
    rosterFile.close();
    const QString input = m_dir.filePath(QStringLiteral("chatham-notes.md"));
    QFile inputFile(input);
    QVERIFY(inputFile.open(QIODevice::WriteOnly));
    inputFile.write("---\ntitle: Priya Sharma on retries\nrule: chatham\ndate: 2026-05-01\n---\nPriya spoke.\n");
    inputFile.close();
    const QString folder = m_dir.filePath(QStringLiteral("site/_posts"));

    const CliRun withoutRoster = runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"),
                                         input, QStringLiteral("--dir"), folder});
    QCOMPARE(withoutRoster.exitCode, 2);
    QVERIFY2(withoutRoster.err.contains(QStringLiteral("--roster")), qPrintable(withoutRoster.err));

    const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"), input,
                               QStringLiteral("--dir"), folder, QStringLiteral("--roster"), roster});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString written = folder + QStringLiteral("/2026-05-01-participant-1-on-retries.md");
    QVERIFY2(QFile::exists(written), qPrintable(run.out));
    const QString text = readText(written);
    QVERIFY(text.contains(QStringLiteral("layout: post")));
    QVERIFY(!text.contains(QStringLiteral("Priya")));

    const CliRun usage = runCli({QStringLiteral("export"), input, QStringLiteral("--dir"), folder});
    QCOMPARE(usage.exitCode, 2);
    const CliRun unknown = runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("docx"), input,
                                   QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.docx"))});
    QCOMPARE(unknown.exitCode, 2);
}

void ExportersTest::exportVerbMeetup()
{
    const QString path = m_dir.filePath(QStringLiteral("meetup-export.sqlite"));
    qint64 meetupId = 0;
    qint64 emptyMeetupId = 0;
    {
        auto notebook = Notebook::openSqlite(path);
        QVERIFY(notebook.ok());
        Meetup meetup;
        meetup.title = QStringLiteral("Failure Modes #12");
        meetupId = notebook.value()->meetups().create(meetup).value().id;
        meetup.title = QStringLiteral("Failure Modes #13");
        emptyMeetupId = notebook.value()->meetups().create(meetup).value().id;
        for (const QString &title :
             {QStringLiteral("Evening notes"), QStringLiteral("Talk notes"), QStringLiteral("Unrelated postmortem")}) {
            Document document;
            document.title = title;
            document.body = QStringLiteral("# %1\n").arg(title);
            document.rule = Rule::OnRecord;
            if (!title.startsWith(QLatin1String("Unrelated")))
                document.meetupId = meetupId;
            QVERIFY(notebook.value()->documents().create(document).ok());
        }
    }
    const QString folder = m_dir.filePath(QStringLiteral("meetup-out"));
    const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html"),
                               QStringLiteral("--meetup"), QString::number(meetupId), QStringLiteral("--dir"), folder,
                               QStringLiteral("--notebook"), path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList written = QDir(folder).entryList(QDir::Files);
    written.sort();
    QCOMPARE(written.size(), 2); // the meetup's documents, not the unrelated one
    QVERIFY2(written.join(QLatin1Char(' ')).contains(QStringLiteral("evening-notes")),
             qPrintable(written.join(QLatin1Char(' '))));
    QVERIFY2(written.join(QLatin1Char(' ')).contains(QStringLiteral("talk-notes")),
             qPrintable(written.join(QLatin1Char(' '))));

    const CliRun empty = runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html"),
                                 QStringLiteral("--meetup"), QString::number(emptyMeetupId), QStringLiteral("--dir"),
                                 folder, QStringLiteral("--notebook"), path});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.contains(QStringLiteral("no documents")), qPrintable(empty.err));
    const CliRun unknown = runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html"),
                                   QStringLiteral("--meetup"), QStringLiteral("999"), QStringLiteral("--dir"), folder,
                                   QStringLiteral("--notebook"), path});
    QCOMPARE(unknown.exitCode, 2);
    const CliRun toOne = runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html"),
                                 QStringLiteral("--meetup"), QString::number(meetupId), QStringLiteral("-o"),
                                 m_dir.filePath(QStringLiteral("one.html")), QStringLiteral("--notebook"), path});
    QCOMPARE(toOne.exitCode, 2);
}

void ExportersTest::exportVerbNeverReplacesItsInputs()
{
    // A Jekyll site's posts exported as Markdown into their own folder: the export is named
    // like its input, which must survive, and two posts with one title keep two files.
    const QString folder = m_dir.filePath(QStringLiteral("site/_posts"));
    QVERIFY(QDir().mkpath(folder));
    const QString post = QDir(folder).filePath(QStringLiteral("2024-01-02-good-post.md"));
    const QString twin = QDir(folder).filePath(QStringLiteral("2024-01-02-good-post-again.md"));
    const QByteArray original = "---\ntitle: Good post\nauthor: Sam\n---\nBody one.\n";
    for (const auto &[path, bytes] :
         {std::pair{post, original}, std::pair{twin, QByteArray("---\ntitle: Good post\n---\nBody two.\n")}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"), post, twin,
                               QStringLiteral("--dir"), folder});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile kept(post);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), original);
    // The date comes from the file name when the front matter has none, not from today.
    const QString first = QDir(folder).filePath(QStringLiteral("2024-01-02-good-post-2.md"));
    const QString second = QDir(folder).filePath(QStringLiteral("2024-01-02-good-post-3.md"));
    QVERIFY2(readText(first).contains(QStringLiteral("Body one.")), qPrintable(run.out));
    QVERIFY2(readText(second).contains(QStringLiteral("Body two.")), qPrintable(run.out));
    QVERIFY(readText(first).contains(QStringLiteral("date: 2024-01-02")));
    // On the record, the byline is part of the post.
    QVERIFY(readText(first).contains(QStringLiteral("author: Sam")));

    const CliRun onItself = runCli(
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"), post, QStringLiteral("-o"), post});
    QCOMPARE(onItself.exitCode, 2);
    QVERIFY2(onItself.err.contains(QStringLiteral("would replace")), qPrintable(onItself.err));
    QVERIFY(kept.seek(0));
    QCOMPARE(kept.readAll(), original);
}

QTEST_MAIN(ExportersTest)
#include "test_exporters.moc"
