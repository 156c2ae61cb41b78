#pragma once

// The roster shared by the Chatham House tests: names that are also words (Will, May,
// Grace, Bill), accents, other scripts, handles, e-mails, profile URLs and affiliations.
#include "chatham/roster.h"

namespace debrief::test {

inline Roster chathamTestRoster()
{
    QList<RosterPerson> people;
    RosterPerson priya;
    priya.name = QStringLiteral("Priya Sharma");
    priya.aliases = {QStringLiteral("Pri")};
    priya.handles = {QStringLiteral("priya_s")};
    priya.emails = {QStringLiteral("priya.sharma@acmepay.com")};
    priya.urls = {QStringLiteral("https://github.com/priya-sharma"),
                  QStringLiteral("https://www.linkedin.com/in/priya-sharma-0a1b2c")};
    priya.affiliation = QStringLiteral("Acme Payments Ltd");
    priya.affiliationAliases = {QStringLiteral("AcmePay")};
    priya.role = MeetupRole::Speaker;
    people.append(priya);

    RosterPerson jose;
    jose.name = QStringLiteral("José Álvarez");
    jose.aliases = {QStringLiteral("Pepe"), QString::fromUtf8("Хосе Альварес")};
    jose.handles = {QStringLiteral("jalvarez")};
    jose.affiliation = QStringLiteral("Globex");
    jose.role = MeetupRole::Speaker;
    people.append(jose);

    RosterPerson will;
    will.name = QStringLiteral("Will Turner");
    will.handles = {QStringLiteral("wturner")};
    people.append(will);

    RosterPerson may;
    may.name = QStringLiteral("May Chen");
    may.aliases = {QString::fromUtf8("陈美")};
    people.append(may);

    RosterPerson grace;
    grace.name = QStringLiteral("Grace Hopper");
    grace.handles = {QStringLiteral("ghopper")};
    grace.role = MeetupRole::Organiser;
    people.append(grace);

    RosterPerson bill;
    bill.name = QStringLiteral("Bill O'Brien");
    people.append(bill);

    RosterPerson chris;
    chris.name = QStringLiteral("Chris Evans");
    chris.handles = {QStringLiteral("chrisev")};
    chris.urls = {QStringLiteral("https://x.com/chrisev")};
    chris.role = MeetupRole::Speaker;
    people.append(chris);
    return Roster(people);
}

} // namespace debrief::test
