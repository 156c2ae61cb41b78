#pragma once

// The fixed roster the anonymiser and scanner fuzz targets run against: every kind of
// identity (names with accents and other scripts, handles, e-mails, URLs, affiliations and
// short forms, word-like names) so that fuzzed text exercises every matching path.

#include "chatham/roster.h"

#include <QString>

#include <cstdio>
#include <cstdlib>

namespace debrief::fuzz {

inline Roster roster()
{
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    QList<RosterPerson> people;
    people.append({s("Priya Sharma"),
                   {s("Pri"), s("P. Sharma")},
                   {s("priya_s")},
                   {s("priya@acme.example")},
                   {s("https://github.com/priya-sharma")},
                   s("Acme Payments Ltd"),
                   {s("Acme")},
                   MeetupRole::Speaker});
    people.append({s("José Álvarez"),
                   {s("Pepe"), s("Хосе Альварес")},
                   {s("jalvarez")},
                   {s("jose@globex.example")},
                   {s("https://x.com/jalvarez")},
                   s("Globex"),
                   {},
                   MeetupRole::Speaker});
    people.append({s("Will Turner"), {}, {s("wturner")}, {}, {}, {}, {}, MeetupRole::Attendee});
    people.append({s("May Chen"),
                   {s("陈美")},
                   {s("maychen")},
                   {s("may@initech.example")},
                   {s("https://www.linkedin.com/in/maychen")},
                   s("Initech"),
                   {},
                   MeetupRole::Attendee});
    people.append({s("Chris O'Neil"), {}, {}, {}, {}, {}, {}, MeetupRole::Organiser});
    return Roster(people);
}

/// Stops the run with a message: libFuzzer keeps the input that got here.
[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
    std::abort();
}

} // namespace debrief::fuzz
