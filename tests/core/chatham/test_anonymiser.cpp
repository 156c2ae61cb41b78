// Every kind of mention of issue 5, each with the exact output, and the words that only
// look like names.
#include "chatham/anonymiser.h"
#include "chathamtestroster.h"
#include "model/participant.h"

#include <QTest>

using namespace debrief;

class AnonymiserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacesMentions_data();
    void replacesMentions();
    void leavesWordsThatOnlyLookLikeNames_data();
    void leavesWordsThatOnlyLookLikeNames();
    void labelStyles_data();
    void labelStyles();
    void keepsLabelsAcrossDocuments();
    void sharedFirstNameGetsNeutralLabel();
    void reportsReplacements();
    void removesOffRecordSections_data();
    void removesOffRecordSections();
    void notebookRosterCarriesAffiliationShortForms();
    void decidesSentenceStartsFromTheWholeText_data();
    void decidesSentenceStartsFromTheWholeText();
};

void AnonymiserTest::replacesMentions_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *input, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(expected);
    };
    row("full name", "Priya Sharma opened the meetup.", "Speaker A opened the meetup.");
    row("first name alone", "Thanks to Priya for the slides.", "Thanks to Speaker A for the slides.");
    row("last name alone at a sentence start", "Sharma showed the graph.", "Speaker A showed the graph.");
    row("nickname", "Pri joined late.", "Speaker A joined late.");
    row("upper case", "PRIYA SHARMA", "Speaker A");
    row("lower case in a chat log", "[10:02] <priya> roll it back", "[10:02] <Speaker A> roll it back");
    row("possessive", "Priya's talk", "Speaker A's talk");
    row("possessive with curly apostrophe", "Priya’s talk", "Speaker A’s talk");
    row("possessive of a name ending in s", "Chris' demo failed.", "Speaker A's demo failed.");
    row("possessive of a full name", "Chris Evans's demo", "Speaker A's demo");
    row("name broken across a line break", "we thanked Priya\nSharma twice", "we thanked Speaker A twice");
    row("name broken across quoted lines", "> said Priya\n> Sharma", "> said Speaker A");
    row("bold first name", "**Priya** Sharma said", "**Speaker A** said");
    row("emphasis on the last name", "Priya *Sharma* said", "*Speaker A* said");
    row("emphasis around the full name", "_Priya Sharma_ said", "_Speaker A_ said");
    row("link text and profile link", "[Priya](https://github.com/priya-sharma) spoke", "[Speaker A](speaker-a) spoke");
    row("heading", "## Priya on retries", "## Speaker A on retries");
    row("table (a cell starts a sentence)", "| Priya Sharma | Acme Payments |", "| Speaker A | A company |");
    row("handle", "ping @priya_s later", "ping Speaker A later");
    row("handle without at sign in a chat log", "<priya_s> ok", "<Speaker A> ok");
    row("handle in any case", "cc @JAlvarez", "cc Speaker A");
    row("e-mail", "mail priya.sharma@acmepay.com today", "mail Speaker A today");
    row("mailto link", "[mail](mailto:Priya.Sharma@AcmePay.com)", "[mail](mailto:speaker-a)");
    row("github URL with a path", "see https://github.com/priya-sharma/slides.", "see Speaker A.");
    row("linkedin URL", "<https://www.linkedin.com/in/priya-sharma-0a1b2c/>", "<Speaker A>");
    row("twitter URL by handle", "twitter.com/chrisev posted it", "Speaker A posted it");
    row("x.com URL", "https://x.com/chrisev", "Speaker A");
    row("accented", "José Álvarez", "Speaker A");
    row("unaccented", "Jose Alvarez", "Speaker A");
    row("accented in capitals", "JOSÉ said", "Speaker A said");
    row("decomposed accent", "Jose\u0301 said", "Speaker A said");
    row("other script", "Хосе Альварес выступил", "Speaker A выступил");
    row("script without spaces", "陈美说", "Participant 1说");
    row("initial with surname", "P. Sharma agreed", "Speaker A agreed");
    row("initial without dot", "P Sharma agreed", "Speaker A agreed");
    row("affiliation", "from Acme Payments Ltd.", "from a company.");
    row("affiliation without its legal suffix", "Acme Payments said no", "A company said no");
    row("affiliation short form possessive", "AcmePay's outage", "A company's outage");
    row("Will as a name mid-sentence", "Thanks, Will.", "Thanks, Participant 1.");
    row("Will opening a sentence with a reporting verb", "Will said the deploy will fail.",
        "Participant 1 said the deploy will fail.");
    row("Will in a chat log", "Will: let's roll back", "Participant 1: let's roll back");
    row("Will full name", "Will Turner joined", "Participant 1 joined");
    row("May as a name", "I asked May about it.", "I asked Participant 1 about it.");
    row("May as a name after a time", "paged May at 02:20", "paged Participant 1 at 02:20");
    row("Grace possessive", "Grace's slides", "Participant 1's slides");
    row("handle after at sign when the word is common", "thanks @will", "thanks Participant 1");
    row("Bill with apostrophe surname", "Bill O'Brien joined", "Participant 1 joined");
    row("surname with apostrophe alone", "thanks O'Brien", "thanks Participant 1");
    row("image alt text and file name", "![Priya at the board](img/priya-sharma.jpg)",
        "![Speaker A at the board](img/speaker-a.jpg)");
    row("HTML comment", "<!-- ask Priya -->", "<!-- ask Speaker A -->");
    row("code block", "```\nssh priya@host\n```", "```\nssh Speaker A@host\n```");
    row("footnote", "[^1]: Priya Sharma, in conversation", "[^1]: Speaker A, in conversation");
    row("front matter", "---\nauthor: Priya Sharma\nspeakers: [priya_s, jalvarez]\n---",
        "---\nauthor: Speaker A\nspeakers: [Speaker A, Speaker B]\n---");
    row("same person same label", "Priya met José. Later, Sharma and Alvarez left.",
        "Speaker A met Speaker B. Later, Speaker A and Speaker B left.");
    row("attendees numbered in order of mention", "May Chen and Will Turner", "Participant 1 and Participant 2");
    row("on-record section keeps names", "<!-- on-record -->Priya<!-- /on-record --> and Priya",
        "<!-- on-record -->Priya<!-- /on-record --> and Speaker A");
}

void AnonymiserTest::replacesMentions()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    Anonymiser anonymiser(test::chathamTestRoster());
    QCOMPARE(anonymiser.anonymise(input).text, expected);
}

void AnonymiserTest::leavesWordsThatOnlyLookLikeNames_data()
{
    QTest::addColumn<QString>("input");
    const char *rows[][2] = {
        {"will as a verb", "It will fail."},
        {"Will opening a question", "Will this work?"},
        {"may as a verb", "we may roll back"},
        {"May the month with a year", "We shipped in May 2024."},
        {"May the month after a day", "On 3 May we rolled back."},
        {"May the month after last", "The outage at Acme last May."},
        {"MAY in capitals", "You MAY skip this step."},
        {"grace period", "the grace period ends"},
        {"Grace Period in a title-case heading", "## Grace Period Handling"},
        {"Grace opening a sentence as a word", "Grace periods help."},
        {"bill as a noun", "the bill was paid"},
        {"Chris inside Christmas", "before Christmas"},
        {"Chris inside Christopher", "Christopher was not there"},
        {"Priya inside a longer name", "Priyanka spoke"},
        {"e-mail-like code", "git clone git@github.com:org/repo.git"},
        {"annotation in code", "@Override void run()"},
        {"an e-mail not on the roster", "write to ops@example.com"},
        {"a URL not about anyone", "see https://example.com/docs/retries"},
        {"pepper is not Pepe", "add pepper"},
    };
    for (const auto &row : rows)
        QTest::newRow(row[0]) << QString::fromUtf8(row[1]);
}

void AnonymiserTest::leavesWordsThatOnlyLookLikeNames()
{
    QFETCH(QString, input);
    Anonymiser anonymiser(test::chathamTestRoster());
    const AnonymisedText result = anonymiser.anonymise(input);
    QCOMPARE(result.text, input);
    QVERIFY(result.replacements.isEmpty());
}

void AnonymiserTest::labelStyles_data()
{
    QTest::addColumn<int>("style");
    QTest::addColumn<int>("affiliationStyle");
    QTest::addColumn<QString>("expected");
    const QString letters = QStringLiteral("Speaker A and Participant 1 (a company) met Speaker B (a company).");
    QTest::newRow("letters") << int(LabelStyle::Letters) << int(AffiliationStyle::Generic) << letters;
    QTest::newRow("numbers") << int(LabelStyle::Numbers) << int(AffiliationStyle::Generic)
                             << QStringLiteral(
                                    "Participant 1 and Participant 2 (a company) met Participant 3 (a company).");
    QTest::newRow("roles") << int(LabelStyle::Roles) << int(AffiliationStyle::Generic)
                           << QStringLiteral("A speaker and an attendee (a company) met a speaker (a company).");
    QTest::newRow("remove") << int(LabelStyle::Remove) << int(AffiliationStyle::Generic)
                            << QStringLiteral("[removed] and [removed] (a company) met [removed] (a company).");
    QTest::newRow("numbered organisations")
        << int(LabelStyle::Letters) << int(AffiliationStyle::Numbered)
        << QStringLiteral("Speaker A and Participant 1 (Organisation 1) met Speaker B (Organisation 2).");
}

void AnonymiserTest::labelStyles()
{
    QFETCH(int, style);
    QFETCH(int, affiliationStyle);
    QFETCH(QString, expected);
    AnonymiserOptions options;
    options.labelStyle = static_cast<LabelStyle>(style);
    options.affiliationStyle = static_cast<AffiliationStyle>(affiliationStyle);
    Anonymiser anonymiser(test::chathamTestRoster(), options);
    QCOMPARE(anonymiser.anonymise(u"Priya and Will (Globex) met José (AcmePay).").text, expected);
}

void AnonymiserTest::keepsLabelsAcrossDocuments()
{
    Anonymiser anonymiser(test::chathamTestRoster());
    QCOMPARE(anonymiser.anonymise(u"José spoke.").text, QStringLiteral("Speaker A spoke."));
    QCOMPARE(anonymiser.anonymise(u"Priya and José spoke.").text, QStringLiteral("Speaker B and Speaker A spoke."));
    QCOMPARE(anonymiser.labeller().personLabels().value(0), QStringLiteral("Speaker B"));
}

void AnonymiserTest::sharedFirstNameGetsNeutralLabel()
{
    RosterPerson first;
    first.name = QStringLiteral("Sam Okafor");
    RosterPerson second;
    second.name = QStringLiteral("Sam Lindqvist");
    Anonymiser anonymiser(Roster({first, second}));
    QCOMPARE(anonymiser.anonymise(u"Sam Lindqvist thanked Sam.").text,
             QStringLiteral("Participant 1 thanked a participant."));
}

void AnonymiserTest::reportsReplacements()
{
    Anonymiser anonymiser(test::chathamTestRoster());
    const QString input = QStringLiteral("Hi **Priya** Sharma, from @wturner");
    const AnonymisedText result = anonymiser.anonymise(input);
    QCOMPARE(result.text, QStringLiteral("Hi **Speaker A**, from Participant 1"));
    QCOMPARE(result.replacements.size(), 2);
    const Replacement &first = result.replacements.at(0);
    QCOMPARE(input.mid(first.originalStart, first.originalLength), QStringLiteral("Priya** Sharma"));
    QCOMPARE(result.text.mid(first.outputStart, first.outputLength), QStringLiteral("Speaker A**"));
    QCOMPARE(first.owner.index, 0);
    QCOMPARE(first.kind, MentionKind::FullName);
    const Replacement &second = result.replacements.at(1);
    QCOMPARE(input.mid(second.originalStart, second.originalLength), QStringLiteral("@wturner"));
    QCOMPARE(result.text.mid(second.outputStart, second.outputLength), QStringLiteral("Participant 1"));
    QCOMPARE(second.owner.index, 2);
    QCOMPARE(second.kind, MentionKind::Handle);
}

void AnonymiserTest::removesOffRecordSections_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("closed section") << QStringLiteral("A\n<!-- off-record -->\nPriya's secret\n<!-- /off-record -->\nB")
                                    << QStringLiteral("A\nB");
    QTest::newRow("markers in any case and spacing")
        << QStringLiteral("A <!--OFF-RECORD--> Priya <!--  /Off-Record  --> B") << QStringLiteral("A  B");
    QTest::newRow("unclosed section runs to the end")
        << QStringLiteral("A\n<!-- off-record -->\nPriya") << QStringLiteral("A\n");
    QTest::newRow("unclosed on-record section does not keep names")
        << QStringLiteral("<!-- on-record -->Priya") << QStringLiteral("<!-- on-record -->Speaker A");
    QTest::newRow("two sections")
        << QStringLiteral("1<!-- off-record -->x<!-- /off-record -->2<!-- off-record -->y<!-- /off-record -->3")
        << QStringLiteral("123");
}

void AnonymiserTest::removesOffRecordSections()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    Anonymiser anonymiser(test::chathamTestRoster());
    QCOMPARE(anonymiser.anonymise(input).text, expected);
}

QTEST_GUILESS_MAIN(AnonymiserTest)
#include "test_anonymiser.moc"

void AnonymiserTest::decidesSentenceStartsFromTheWholeText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *input, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(expected);
    };
    row("ordinary-word first name opening alt text, person named elsewhere",
        "Mark de Vries spoke.\n\n![Mark on stage](stage.jpg)", "Speaker A spoke.\n\n![Speaker A on stage](stage.jpg)");
    row("ordinary-word first name opening a sentence, person named elsewhere",
        "Thanks to Mark de Vries. Mark walked us through DNS.",
        "Thanks to Speaker A. Speaker A walked us through DNS.");
    row("the same word with nobody named stays a word", "Mark on stage.", "Mark on stage.");
    row("surname with a particle at a sentence start", "De Vries said so.", "Speaker A said so.");
    row("initial and surname with a particle", "M. de Vries wrote it.", "Speaker A wrote it.");
    row("affiliation opening a table cell, named elsewhere", "We pay with Stripe.\n\n| Stripe | fees |",
        "We pay with a company.\n\n| A company | fees |");
    row("a capitalised company that is also a word, with nothing else named", "Stripe rolled back.",
        "A company rolled back.");
    row("the same word in lower case stays a word", "a stripe of red", "a stripe of red");
    row("modal opening a question stays a word", "Will Turner spoke. Will we meet again?",
        "Participant 1 spoke. Will we meet again?");
    row("grace period stays a word though Grace is named", "Thanks, Grace Kim! Grace period rules apply.",
        "Thanks, Participant 1! Grace period rules apply.");
}

void AnonymiserTest::decidesSentenceStartsFromTheWholeText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    Roster roster;
    RosterPerson mark;
    mark.name = QStringLiteral("Mark de Vries");
    mark.affiliation = QStringLiteral("Stripe");
    mark.role = MeetupRole::Speaker;
    RosterPerson will;
    will.name = QStringLiteral("Will Turner");
    will.role = MeetupRole::Attendee;
    RosterPerson grace;
    grace.name = QStringLiteral("Grace Kim");
    grace.role = MeetupRole::Attendee;
    roster.append(mark);
    roster.append(will);
    roster.append(grace);
    Anonymiser anonymiser(roster);
    QCOMPARE(anonymiser.anonymise(input).text, expected);
}

void AnonymiserTest::notebookRosterCarriesAffiliationShortForms()
{
    RosterEntry entry;
    entry.participant.displayName = QStringLiteral("Ana Lima");
    entry.participant.affiliation = QStringLiteral("Kestrel Pay");
    entry.participant.aliases = {{AliasKind::Affiliation, QStringLiteral("Kestrel")},
                                 {AliasKind::Handle, QStringLiteral("@analima")}};
    entry.role = MeetupRole::Speaker;
    const Roster roster = Roster::fromEntries({entry});
    QCOMPARE(roster.at(0).affiliationAliases, QStringList{QStringLiteral("Kestrel")});
    Anonymiser anonymiser(roster);
    QCOMPARE(anonymiser.anonymise(QStringLiteral("Ana joined Kestrel in May; Kestrel Pay is hiring.")).text,
             QStringLiteral("Speaker A joined a company in May; a company is hiring."));
}
