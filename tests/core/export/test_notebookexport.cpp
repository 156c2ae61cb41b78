// A meetup exported in one go: each document by its rule, one label per person across the
// documents and across exports, a leak in one document stopping only that one, and no two
// documents written under one name.
#include "export/notebookexport.h"
#include "importer/markdownimporter.h"
#include "testnotebook.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace debrief;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class NotebookExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportsAMeetupByRule();
    void labelsStayTheSameInTheNextExport();
    void aLeakStopsOnlyItsDocument();
    void sameTitlesGetTheirOwnFiles();
    void anonymiseAllCoversOnRecordDocuments();
    void meetupDocumentsErrors();
    void importedPostsAreNotReplaced();

private:
    qint64 addDocument(const QString &title, const QString &body, Rule rule, qint64 meetupId = 0);
    qint64 addPerson(const QString &name, MeetupRole role, qint64 meetupId);
    [[nodiscard]] QList<NotebookExport::Outcome> exportMeetup(const QString &folder,
                                                              NotebookExport::Options options = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Notebook> m_notebook;
    qint64 m_meetupId = 0;
    qint64 m_otherMeetupId = 0;
};

void NotebookExportTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_notebook = test::openNotebook(m_dir);
    QVERIFY(m_notebook);
    Meetup meetup;
    meetup.title = QStringLiteral("Failure Modes #12");
    m_meetupId = m_notebook->meetups().create(meetup).value().id;
    meetup.title = QStringLiteral("Failure Modes #13");
    m_otherMeetupId = m_notebook->meetups().create(meetup).value().id;
    const qint64 priya = addPerson(QStringLiteral("Priya Sharma"), MeetupRole::Speaker, m_meetupId);
    addPerson(QStringLiteral("Tomasz Nowak"), MeetupRole::Speaker, m_meetupId);
    addPerson(QStringLiteral("Grace Okafor"), MeetupRole::Attendee, m_otherMeetupId);

    addDocument(QStringLiteral("Evening notes"), QStringLiteral("Tomasz Nowak opened. Priya Sharma answered.\n"),
                Rule::Chatham, m_meetupId);
    const qint64 talk =
        addDocument(QStringLiteral("Retry storms"), QStringLiteral("Priya Sharma on retries; Tomasz Nowak asked.\n"),
                    Rule::Chatham, m_meetupId);
    addDocument(QStringLiteral("Venue and sponsors"), QStringLiteral("Thanks to the venue.\n"), Rule::OnRecord,
                m_meetupId);
    addDocument(QStringLiteral("Hallway track"), QStringLiteral("Said in confidence.\n"), Rule::OffRecord, m_meetupId);
    addDocument(QStringLiteral("Unrelated postmortem"), QStringLiteral("Elsewhere.\n"), Rule::OnRecord);

    ActionItem action;
    action.documentId = talk;
    action.meetupId = m_meetupId;
    action.title = QStringLiteral("Add jitter to retries");
    action.ownerParticipantId = priya;
    QVERIFY(m_notebook->actionItems().create(action).ok());
}

qint64 NotebookExportTest::addDocument(const QString &title, const QString &body, Rule rule, qint64 meetupId)
{
    Document document;
    document.title = title;
    document.body = body;
    document.rule = rule;
    if (meetupId != 0)
        document.meetupId = meetupId;
    auto created = m_notebook->documents().create(document);
    return created.ok() ? created.value().id : 0;
}

qint64 NotebookExportTest::addPerson(const QString &name, MeetupRole role, qint64 meetupId)
{
    Participant participant;
    participant.displayName = name;
    auto created = m_notebook->participants().create(participant);
    if (!created.ok() || !m_notebook->meetups().setRole(meetupId, created.value().id, role).ok())
        return 0;
    return created.value().id;
}

QList<NotebookExport::Outcome> NotebookExportTest::exportMeetup(const QString &folder, NotebookExport::Options options)
{
    auto ids = NotebookExport::meetupDocuments(*m_notebook, m_meetupId);
    if (!ids.ok())
        return {};
    auto prepared = NotebookExport::prepare(*m_notebook, ids.value(), options);
    if (!prepared.ok())
        return {};
    const QList<NotebookExport::Outcome> outcomes = prepared.value().writeAll(folder);
    if (!prepared.value().rememberLabels(*m_notebook).ok())
        return {};
    return outcomes;
}

void NotebookExportTest::exportsAMeetupByRule()
{
    const QString folder = m_dir.filePath(QStringLiteral("by-rule"));
    QVERIFY(QDir().mkpath(folder));
    const QList<NotebookExport::Outcome> outcomes = exportMeetup(folder);
    QCOMPARE(outcomes.size(), 4); // the meetup's documents, not the unrelated one
    QHash<QString, NotebookExport::Outcome> byTitle;
    for (const NotebookExport::Outcome &outcome : outcomes)
        byTitle.insert(outcome.title, outcome);
    QCOMPARE(byTitle.value(QStringLiteral("Evening notes")).kind, NotebookExport::OutcomeKind::WrittenAnonymised);
    QCOMPARE(byTitle.value(QStringLiteral("Retry storms")).kind, NotebookExport::OutcomeKind::WrittenAnonymised);
    QCOMPARE(byTitle.value(QStringLiteral("Venue and sponsors")).kind, NotebookExport::OutcomeKind::Written);
    QCOMPARE(byTitle.value(QStringLiteral("Hallway track")).kind, NotebookExport::OutcomeKind::OffRecord);
    QVERIFY(byTitle.value(QStringLiteral("Hallway track")).path.isEmpty());
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 3);

    // One person, one label, in every document of the export.
    const QString evening = readText(byTitle.value(QStringLiteral("Evening notes")).path);
    const QString talk = readText(byTitle.value(QStringLiteral("Retry storms")).path);
    QVERIFY2(evening.contains(QStringLiteral("Speaker A opened. Speaker B answered.")), qPrintable(evening));
    QVERIFY2(talk.contains(QStringLiteral("Speaker B on retries; Speaker A asked.")), qPrintable(talk));
    // The talk's action item goes with it, its owner labelled like the prose.
    QVERIFY2(talk.contains(QStringLiteral("Add jitter to retries")), qPrintable(talk));
    QVERIFY2(talk.contains(QStringLiteral("owner: Speaker B")), qPrintable(talk));
    for (const QString &text : {evening, talk}) {
        QVERIFY(!text.contains(QStringLiteral("Priya")));
        QVERIFY(!text.contains(QStringLiteral("Tomasz")));
    }
    QVERIFY(!readText(byTitle.value(QStringLiteral("Venue and sponsors")).path).isEmpty());
}

void NotebookExportTest::labelsStayTheSameInTheNextExport()
{
    // A new speaker joins and the documents are exported again: the old labels stay.
    addPerson(QStringLiteral("Ana Lima"), MeetupRole::Speaker, m_meetupId);
    const qint64 extra =
        addDocument(QStringLiteral("Lightning talk"), QStringLiteral("Ana Lima, then Priya Sharma and Tomasz Nowak.\n"),
                    Rule::Chatham, m_meetupId);
    const QString folder = m_dir.filePath(QStringLiteral("again"));
    QVERIFY(QDir().mkpath(folder));
    auto prepared = NotebookExport::prepare(*m_notebook, {extra}, {});
    DEBRIEF_VERIFY_OK(prepared);
    const NotebookExport::Outcome outcome = prepared.value().write(0, QDir(folder).filePath(QStringLiteral("l.md")));
    QCOMPARE(outcome.kind, NotebookExport::OutcomeKind::WrittenAnonymised);
    const QString text = readText(outcome.path);
    QVERIFY2(text.contains(QStringLiteral("Speaker C, then Speaker B and Speaker A.")), qPrintable(text));
    QVERIFY(m_notebook->documents().remove(extra).ok());
}

void NotebookExportTest::aLeakStopsOnlyItsDocument()
{
    // Grace is on another meetup's roster: named here, she is a leak, not a stranger.
    const qint64 leaky = addDocument(QStringLiteral("Questions"), QStringLiteral("Grace Okafor asked about SLOs.\n"),
                                     Rule::Chatham, m_meetupId);
    const QString folder = m_dir.filePath(QStringLiteral("leak"));
    QVERIFY(QDir().mkpath(folder));
    const QList<NotebookExport::Outcome> outcomes = exportMeetup(folder);
    int written = 0;
    for (const NotebookExport::Outcome &outcome : outcomes) {
        if (outcome.documentId == leaky) {
            QCOMPARE(outcome.kind, NotebookExport::OutcomeKind::Leaked);
            QVERIFY(outcome.path.isEmpty());
            QVERIFY(!outcome.findings.isEmpty());
            QCOMPARE(outcome.findings.constFirst().text, QStringLiteral("Grace Okafor"));
        }
        written += outcome.written() ? 1 : 0;
    }
    QCOMPARE(written, 3);
    for (const QString &name : QDir(folder).entryList(QDir::Files))
        QVERIFY2(!readText(QDir(folder).filePath(name)).contains(QStringLiteral("Grace")), qPrintable(name));
    QVERIFY(m_notebook->documents().remove(leaky).ok());
}

void NotebookExportTest::sameTitlesGetTheirOwnFiles()
{
    const qint64 first = addDocument(QStringLiteral("Q&A"), QStringLiteral("First.\n"), Rule::OnRecord, m_meetupId);
    const qint64 second = addDocument(QStringLiteral("Q&A"), QStringLiteral("Second.\n"), Rule::OnRecord, m_meetupId);
    const QString folder = m_dir.filePath(QStringLiteral("twins"));
    QVERIFY(QDir().mkpath(folder));
    NotebookExport::Options options;
    options.format = QStringLiteral("html");
    auto prepared = NotebookExport::prepare(*m_notebook, {first, second}, options);
    DEBRIEF_VERIFY_OK(prepared);
    const QList<NotebookExport::Outcome> outcomes = prepared.value().writeAll(folder);
    QCOMPARE(outcomes.size(), 2);
    QVERIFY(outcomes.at(0).written() && outcomes.at(1).written());
    QVERIFY2(outcomes.at(0).path != outcomes.at(1).path, qPrintable(outcomes.at(0).path));
    QVERIFY(readText(outcomes.at(0).path).contains(QStringLiteral("First.")));
    QVERIFY(readText(outcomes.at(1).path).contains(QStringLiteral("Second.")));
    QVERIFY(outcomes.at(1).path.endsWith(QStringLiteral("-2.html")));
    QVERIFY(m_notebook->documents().remove(first).ok());
    QVERIFY(m_notebook->documents().remove(second).ok());
}

void NotebookExportTest::anonymiseAllCoversOnRecordDocuments()
{
    const qint64 onRecord = addDocument(QStringLiteral("Public recap"), QStringLiteral("Priya Sharma gave the talk.\n"),
                                        Rule::OnRecord, m_meetupId);
    NotebookExport::Options options;
    options.anonymiseAll = true;
    auto prepared = NotebookExport::prepare(*m_notebook, {onRecord}, options);
    DEBRIEF_VERIFY_OK(prepared);
    const NotebookExport::Outcome outcome = prepared.value().write(0, m_dir.filePath(QStringLiteral("recap.md")));
    QCOMPARE(outcome.kind, NotebookExport::OutcomeKind::WrittenAnonymised);
    QVERIFY(readText(outcome.path).contains(QStringLiteral("Speaker B gave the talk.")));
    QVERIFY(m_notebook->documents().remove(onRecord).ok());
}

void NotebookExportTest::meetupDocumentsErrors()
{
    Meetup empty;
    empty.title = QStringLiteral("Failure Modes #14");
    const qint64 emptyId = m_notebook->meetups().create(empty).value().id;
    const auto none = NotebookExport::meetupDocuments(*m_notebook, emptyId);
    QVERIFY(!none.ok());
    QVERIFY2(none.error().message().contains(QStringLiteral("no documents")), qPrintable(none.error().message()));
    QVERIFY(!NotebookExport::meetupDocuments(*m_notebook, 9999).ok());
    QVERIFY(!NotebookExport::prepare(*m_notebook, {9999}, {}).ok());
    NotebookExport::Options docx;
    docx.format = QStringLiteral("docx");
    QVERIFY(!NotebookExport::prepare(*m_notebook, {}, docx).ok());
}

void NotebookExportTest::importedPostsAreNotReplaced()
{
    // `debrief import _posts` then an export into _posts: the files the notebook came from stay.
    const QString posts = m_dir.filePath(QStringLiteral("site/_posts"));
    QVERIFY(QDir().mkpath(posts));
    const QString post = QDir(posts).filePath(QStringLiteral("2026-03-14-queue-outage.md"));
    const QByteArray original = "---\ntitle: Queue outage\nrule: on-record\n---\nThe queue stalled.\n";
    {
        QFile file(post);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(original);
    }
    MarkdownImporter importer(*m_notebook);
    const ImportReport imported = importer.importFile(post);
    QVERIFY2(!imported.failed(), qPrintable(imported.message));
    NotebookExport::Options options;
    auto prepared = NotebookExport::prepare(*m_notebook, {imported.documentId}, options);
    DEBRIEF_VERIFY_OK(prepared);
    const QList<NotebookExport::Outcome> outcomes = prepared.value().writeAll(posts);
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(outcomes.constFirst().written());
    QVERIFY2(outcomes.constFirst().path != post, qPrintable(outcomes.constFirst().path));
    QFile kept(post);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), original);
    QVERIFY(m_notebook->documents().remove(imported.documentId).ok());
}

QTEST_GUILESS_MAIN(NotebookExportTest)
#include "test_notebookexport.moc"
