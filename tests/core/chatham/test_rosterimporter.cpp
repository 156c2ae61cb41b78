// Importing roster files into a meetup: good rows become participants, people already in the
// notebook are merged rather than doubled, and roles are kept unless the file names one.
#include "chatham/rostercsvreader.h"
#include "chatham/rosterimporter.h"
#include "testnotebook.h"

#include <QStandardPaths>
#include <QTest>

using namespace debrief;

namespace {

qint64 makeMeetup(Notebook &notebook)
{
    Meetup meetup;
    meetup.title = QStringLiteral("Failure modes #12");
    meetup.startsAt = QDateTime(QDate(2026, 3, 5), QTime(18, 30));
    auto created = notebook.meetups().create(meetup);
    return created.ok() ? created.value().id : 0;
}

QStringList aliasesOf(const Participant &p, AliasKind kind)
{
    QStringList values;
    for (const ParticipantAlias &alias : p.aliases) {
        if (alias.kind == kind)
            values << alias.value;
    }
    values.sort();
    return values;
}

} // namespace

class RosterImporterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void mergesDuplicates_data();
    void mergesDuplicates();
    void importsGoodRowsAndReportsBadOnes();
    void keepsKnownRolesUnlessTheFileNamesOne();
    void secondImportAddsNobody();
};

void RosterImporterTest::mergesDuplicates_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("people");
    QTest::addColumn<QStringList>("priyaEmails");
    QTest::addColumn<QStringList>("priyaNames");

    QTest::newRow("same name in another case and accent")
        << QByteArray("name,emails\nPriya Sharma,priya@acme.example\npriya SHARMÁ,p.sharma@home.example\n") << 1
        << QStringList{QStringLiteral("p.sharma@home.example"), QStringLiteral("priya@acme.example")} << QStringList{};
    QTest::newRow("same e-mail, other spelling of the name")
        << QByteArray("name,emails\nPriya Sharma,priya@acme.example\nPri Sharma,PRIYA@acme.example\n") << 1
        << QStringList{QStringLiteral("priya@acme.example")} << QStringList{QStringLiteral("Pri Sharma")};
    QTest::newRow("different people stay apart")
        << QByteArray("name,emails\nPriya Sharma,priya@acme.example\nPriya Patel,ppatel@globex.example\n") << 2
        << QStringList{QStringLiteral("priya@acme.example")} << QStringList{};
}

void RosterImporterTest::mergesDuplicates()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, people);
    QFETCH(QStringList, priyaEmails);
    QFETCH(QStringList, priyaNames);

    QTemporaryDir dir;
    auto notebook = test::openNotebook(dir);
    QVERIFY(notebook);
    const qint64 meetupId = makeMeetup(*notebook);
    const RosterCsvResult read = RosterCsvReader::read(csv);
    QVERIFY(read.isUsable());
    RosterImporter importer(notebook->database(), notebook->participants(), notebook->meetups());
    auto summary = importer.import(meetupId, read.roster);
    DEBRIEF_VERIFY_OK(summary);
    QCOMPARE(summary.value().added, people);
    QCOMPARE(summary.value().merged, 2 - people);

    auto roster = notebook->meetups().roster(meetupId);
    DEBRIEF_VERIFY_OK(roster);
    QCOMPARE(roster.value().size(), people);
    auto all = notebook->participants().list();
    QCOMPARE(all.value().size(), people);
    const auto priya = std::find_if(all.value().cbegin(), all.value().cend(), [](const Participant &p) {
        return p.displayName == QLatin1String("Priya Sharma");
    });
    QVERIFY(priya != all.value().cend());
    QCOMPARE(aliasesOf(*priya, AliasKind::Email), priyaEmails);
    QCOMPARE(aliasesOf(*priya, AliasKind::Name), priyaNames);
}

void RosterImporterTest::importsGoodRowsAndReportsBadOnes()
{
    QTemporaryDir dir;
    auto notebook = test::openNotebook(dir);
    QVERIFY(notebook);
    const qint64 meetupId = makeMeetup(*notebook);
    const QByteArray csv("name,aliases,affiliation,handles,emails\n"
                         "Priya Sharma,Pri,Acme,@priya_s,priya@acme.example\n"
                         ",,Nobody Ltd,,\n"
                         "José Álvarez,Pepe,Globex,jalvarez,jose@globex.example\n");
    const RosterCsvResult read = RosterCsvReader::read(csv);
    QVERIFY(read.isUsable());
    QCOMPARE(read.rowErrors.size(), 1);
    QCOMPARE(read.rowErrors.constFirst().line, 3);

    RosterImporter importer(notebook->database(), notebook->participants(), notebook->meetups());
    auto summary = importer.import(meetupId, read.roster);
    DEBRIEF_VERIFY_OK(summary);
    QCOMPARE(summary.value().added, 2);
    auto roster = notebook->meetups().roster(meetupId);
    QStringList names;
    for (const RosterEntry &entry : roster.value())
        names << entry.participant.displayName;
    names.sort();
    QCOMPARE(names, (QStringList{QString::fromUtf8("José Álvarez"), QStringLiteral("Priya Sharma")}));
    for (const RosterEntry &entry : roster.value()) {
        if (entry.participant.displayName != QLatin1String("Priya Sharma"))
            continue;
        QCOMPARE(aliasesOf(entry.participant, AliasKind::Handle), QStringList{QStringLiteral("priya_s")});
        QCOMPARE(entry.participant.affiliation, QStringLiteral("Acme"));
    }
}

void RosterImporterTest::keepsKnownRolesUnlessTheFileNamesOne()
{
    QTemporaryDir dir;
    auto notebook = test::openNotebook(dir);
    QVERIFY(notebook);
    const qint64 meetupId = makeMeetup(*notebook);
    RosterImporter importer(notebook->database(), notebook->participants(), notebook->meetups());
    DEBRIEF_VERIFY_OK(importer.import(
        meetupId, RosterCsvReader::read("name,role\nPriya Sharma,speaker\nWill Turner,organiser\n").roster));
    // A Meetup.com export has no roles: it must not demote the speaker to an attendee.
    DEBRIEF_VERIFY_OK(importer.import(
        meetupId, RosterCsvReader::read("Name,URL of Member Profile\nPriya Sharma,https://www.meetup.com/members/1/\n"
                                        "Will Turner,https://www.meetup.com/members/2/\n")
                      .roster));
    DEBRIEF_VERIFY_OK(importer.import(meetupId, RosterCsvReader::read("name,role\nWill Turner,note-taker\n").roster));
    auto roster = notebook->meetups().roster(meetupId);
    QCOMPARE(roster.value().size(), 2);
    for (const RosterEntry &entry : roster.value()) {
        if (entry.participant.displayName == QLatin1String("Priya Sharma")) {
            QCOMPARE(entry.role, MeetupRole::Speaker);
            QCOMPARE(aliasesOf(entry.participant, AliasKind::Url),
                     QStringList{QStringLiteral("https://www.meetup.com/members/1/")});
        } else {
            QCOMPARE(entry.role, MeetupRole::NoteTaker);
        }
    }
}

void RosterImporterTest::secondImportAddsNobody()
{
    QTemporaryDir dir;
    auto notebook = test::openNotebook(dir);
    QVERIFY(notebook);
    const qint64 meetupId = makeMeetup(*notebook);
    const QString path = QFINDTESTDATA("../../data/chatham/roster.csv");
    const RosterCsvResult read = RosterCsvReader::readFile(path);
    QVERIFY2(read.isUsable(), qPrintable(read.fatalError));
    RosterImporter importer(notebook->database(), notebook->participants(), notebook->meetups());
    auto first = importer.import(meetupId, read.roster);
    DEBRIEF_VERIFY_OK(first);
    auto second = importer.import(meetupId, read.roster);
    DEBRIEF_VERIFY_OK(second);
    QCOMPARE(second.value().added, 0);
    QCOMPARE(second.value().merged, first.value().added + first.value().merged);
    QCOMPARE(notebook->participants().list().value().size(), first.value().added);
}

QTEST_GUILESS_MAIN(RosterImporterTest)
#include "test_rosterimporter.moc"
