// Roster files: Debrief's CSV columns, RFC 4180 quoting, a BOM, Meetup.com exports, and bad
// rows reported with their line numbers.
#include "chatham/rostercsvreader.h"
#include "model/participant.h"

#include <QTest>

using namespace debrief;

class RosterCsvReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPeople_data();
    void readsPeople();
    void reportsBadRows_data();
    void reportsBadRows();
    void rejectsUnusableFiles_data();
    void rejectsUnusableFiles();
    void convertsNotebookRoster();
};

void RosterCsvReaderTest::readsPeople_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<RosterPerson>("expected");

    RosterPerson priya;
    priya.name = QStringLiteral("Priya Sharma");
    priya.aliases = {QStringLiteral("Pri"), QStringLiteral("PS")};
    priya.affiliation = QStringLiteral("Acme Payments");
    priya.handles = {QStringLiteral("priya_s")};
    priya.emails = {QStringLiteral("priya@acme.example")};
    QTest::newRow("plain columns with lists")
        << QByteArray("name,aliases,affiliation,handles,emails\n"
                      "Priya Sharma,Pri; PS,Acme Payments,@priya_s,priya@acme.example\n")
        << priya;
    QTest::newRow("UTF-8 BOM and CRLF line ends")
        << QByteArray("\xEF\xBB\xBFname,aliases,affiliation,handles,emails\r\n"
                      "Priya Sharma,Pri;PS,Acme Payments,priya_s,priya@acme.example\r\n")
        << priya;
    QTest::newRow("columns in another order and case")
        << QByteArray("Emails,Handles,Name,Affiliation,Aliases\n"
                      "priya@acme.example,priya_s,Priya Sharma,Acme Payments,Pri;PS\n")
        << priya;

    RosterPerson quoted;
    quoted.name = QStringLiteral("Sharma, Priya \"Pri\"");
    quoted.affiliation = QStringLiteral("Acme,\nPayments");
    QTest::newRow("quoted fields with commas, quotes and a line break")
        << QByteArray("name,affiliation\n\"Sharma, Priya \"\"Pri\"\"\",\"Acme,\nPayments\"\n") << quoted;

    RosterPerson optional;
    optional.name = QString::fromUtf8("José Álvarez");
    optional.urls = {QStringLiteral("https://github.com/jalvarez")};
    optional.role = MeetupRole::Speaker;
    optional.affiliation = QStringLiteral("Globex Corporation");
    optional.affiliationAliases = {QStringLiteral("Globex"), QStringLiteral("GBX")};
    QTest::newRow("optional columns: urls, role, affiliation_aliases")
        << QByteArray("name,affiliation,affiliation_aliases,urls,role\n"
                      "Jos\xC3\xA9 \xC3\x81lvarez,Globex Corporation,Globex;GBX,https://github.com/jalvarez,speaker\n")
        << optional;

    RosterPerson shortForms;
    shortForms.name = QStringLiteral("Will Turner");
    shortForms.affiliation = QStringLiteral("Globex Corporation");
    shortForms.affiliationAliases = {QStringLiteral("Globex"), QStringLiteral("GBX")};
    QTest::newRow("affiliation column with its short forms")
        << QByteArray("name,aliases,affiliation,handles,emails\nWill Turner,,Globex Corporation; Globex;GBX,,\n")
        << shortForms;

    RosterPerson meetup;
    meetup.name = QStringLiteral("Grace Hopper");
    meetup.urls = {QStringLiteral("https://www.meetup.com/members/123456/")};
    meetup.role = MeetupRole::Organiser;
    QTest::newRow("Meetup.com attendee export")
        << QByteArray(
               "Name,User ID,Title,Event Host,RSVP,Guests,RSVPed on,Joined Group on,URL of Member Profile\n"
               "Grace Hopper,user 123456,,Yes,Yes,0,2024-05-01,2023-01-02,https://www.meetup.com/members/123456/\n")
        << meetup;
    QTest::newRow("tab-separated export")
        << QByteArray("Name\tUser ID\tEvent Host\tURL of Member Profile\n"
                      "Grace Hopper\t123456\tyes\thttps://www.meetup.com/members/123456/\n")
        << meetup;
}

void RosterCsvReaderTest::readsPeople()
{
    QFETCH(QByteArray, csv);
    QFETCH(RosterPerson, expected);
    const RosterCsvResult result = RosterCsvReader::read(csv);
    QVERIFY2(result.isUsable(), qPrintable(result.fatalError));
    QVERIFY(result.rowErrors.isEmpty());
    QCOMPARE(result.roster.size(), 1);
    const RosterPerson &person = result.roster.at(0);
    QCOMPARE(person.name, expected.name);
    QCOMPARE(person.aliases, expected.aliases);
    QCOMPARE(person.affiliation, expected.affiliation);
    QCOMPARE(person.affiliationAliases, expected.affiliationAliases);
    QCOMPARE(person.handles, expected.handles);
    QCOMPARE(person.emails, expected.emails);
    QCOMPARE(person.urls, expected.urls);
    QCOMPARE(person.role, expected.role);
}

void RosterCsvReaderTest::reportsBadRows_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("goodNames");
    QTest::addColumn<QList<int>>("badLines");

    QTest::newRow("row without a name")
        << QByteArray("name,emails\nAda,ada@example.org\n,nobody@example.org\nBob,bob@example.org\n")
        << QStringList{QStringLiteral("Ada"), QStringLiteral("Bob")} << QList<int>{3};
    QTest::newRow("too many fields") << QByteArray("name,emails\nAda,ada@example.org,extra\nBob,\n")
                                     << QStringList{QStringLiteral("Bob")} << QList<int>{2};
    QTest::newRow("not an e-mail address")
        << QByteArray("name,emails\nAda,ada.example.org\n") << QStringList{} << QList<int>{2};
    QTest::newRow("unknown role") << QByteArray("name,role\nAda,boss\nBob,attendee\nCy,Organizer\n")
                                  << QStringList{QStringLiteral("Bob"), QStringLiteral("Cy")} << QList<int>{2};
    QTest::newRow("line numbers count lines inside quotes")
        << QByteArray("name,affiliation\n\"Ada\",\"Two\nLines\"\n,Orphan Inc\n") << QStringList{QStringLiteral("Ada")}
        << QList<int>{4};
    QTest::newRow("unclosed quote") << QByteArray("name,affiliation\nAda,x\n\"Bob,y\n")
                                    << QStringList{QStringLiteral("Ada")} << QList<int>{3};
    QTest::newRow("blank lines are skipped, not errors")
        << QByteArray("name\n\nAda\n\n") << QStringList{QStringLiteral("Ada")} << QList<int>{};
}

void RosterCsvReaderTest::reportsBadRows()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, goodNames);
    QFETCH(QList<int>, badLines);
    const RosterCsvResult result = RosterCsvReader::read(csv);
    QVERIFY(result.isUsable());
    QStringList names;
    for (const RosterPerson &person : result.roster.people())
        names.append(person.name);
    QCOMPARE(names, goodNames);
    QList<int> lines;
    for (const RosterRowError &error : result.rowErrors) {
        lines.append(error.line);
        QVERIFY(!error.message.isEmpty());
    }
    QCOMPARE(lines, badLines);
    if (!badLines.isEmpty())
        QVERIFY(result.problems(QStringLiteral("r.csv"))
                    .constFirst()
                    .startsWith(QStringLiteral("r.csv:%1: ").arg(badLines.constFirst())));
}

void RosterCsvReaderTest::rejectsUnusableFiles_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("no name column") << QByteArray("email,handle\nada@example.org,ada\n");
    QTest::newRow("invalid UTF-8") << QByteArray("name\nJos\xE9\n");
}

void RosterCsvReaderTest::rejectsUnusableFiles()
{
    QFETCH(QByteArray, csv);
    const RosterCsvResult result = RosterCsvReader::read(csv);
    QVERIFY(!result.isUsable());
    QVERIFY(result.roster.isEmpty());
    QCOMPARE(result.problems(QStringLiteral("r.csv")), QStringList{result.fatalError});
}

void RosterCsvReaderTest::convertsNotebookRoster()
{
    RosterEntry entry;
    entry.participant.displayName = QStringLiteral("Priya Sharma");
    entry.participant.affiliation = QStringLiteral("Acme");
    entry.participant.aliases = {{AliasKind::Name, QStringLiteral("Pri")},
                                 {AliasKind::Handle, QStringLiteral("@priya_s")},
                                 {AliasKind::Email, QStringLiteral("priya@acme.example")},
                                 {AliasKind::Url, QStringLiteral("https://github.com/priya")}};
    entry.role = MeetupRole::Speaker;
    const Roster roster = Roster::fromEntries({entry});
    QCOMPARE(roster.size(), 1);
    const RosterPerson &person = roster.at(0);
    QCOMPARE(person.name, QStringLiteral("Priya Sharma"));
    QCOMPARE(person.affiliation, QStringLiteral("Acme"));
    QCOMPARE(person.aliases, QStringList{QStringLiteral("Pri")});
    QCOMPARE(person.handles, QStringList{QStringLiteral("priya_s")});
    QCOMPARE(person.emails, QStringList{QStringLiteral("priya@acme.example")});
    QCOMPARE(person.urls, QStringList{QStringLiteral("https://github.com/priya")});
    QCOMPARE(person.role, MeetupRole::Speaker);
}

QTEST_GUILESS_MAIN(RosterCsvReaderTest)
#include "test_rostercsvreader.moc"
