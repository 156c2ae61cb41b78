// Throughput of the Chatham House anonymiser (issue 5 asks for at least 100 MB/s on a 2 MB
// document with a 1,000-person roster). Generates its data deterministically and prints MB/s.
// Usage: bench_anonymiser [--quick]   (--quick: a small run for ctest, checks nothing leaks)
#include "chatham/anonymiser.h"
#include "chatham/leakscanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace debrief;

namespace {

QString syllableName(QRandomGenerator &random, int syllables)
{
    static const char *parts[] = {"ka", "ri",  "to", "mel", "san", "dor", "vi",  "len", "zu", "pra",
                                  "go", "nes", "ta", "rum", "bel", "shi", "qua", "fen", "lo", "mar"};
    QString name;
    for (int i = 0; i < syllables; ++i)
        name += QString::fromLatin1(parts[random.bounded(20)]);
    name[0] = name.front().toUpper();
    return name;
}

Roster makeRoster(QRandomGenerator &random, int size)
{
    QList<RosterPerson> people;
    for (int i = 0; i < size; ++i) {
        RosterPerson person;
        const QString first = syllableName(random, 2);
        const QString last = syllableName(random, 3);
        person.name = first + QLatin1Char(' ') + last;
        person.aliases = {first.left(3) + QStringLiteral("y")};
        person.handles = {first.toLower() + QLatin1Char('_') + QString::number(i)};
        person.emails = {first.toLower() + QLatin1Char('.') + last.toLower() + QStringLiteral("@example.org")};
        person.urls = {QStringLiteral("https://github.com/") + first.toLower() + QString::number(i)};
        person.affiliation = syllableName(random, 2) + QStringLiteral(" Systems");
        person.role = i % 10 == 0 ? MeetupRole::Speaker : MeetupRole::Attendee;
        people.append(person);
    }
    return Roster(people);
}

/// Meeting notes of about @p bytes: prose, headings, lists and code, with a mention of a
/// roster person in roughly one sentence of three.
QString makeNotes(QRandomGenerator &random, const Roster &roster, qsizetype bytes)
{
    static const char *words[] = {"the",      "retry",       "storm",    "took",      "down",   "payments", "for",
                                  "an",       "hour",        "and",      "we",        "rolled", "back",     "after",
                                  "alerts",   "fired",       "because",  "queue",     "depth",  "grew",     "while",
                                  "database", "connections", "were",     "exhausted", "during", "deploy",   "timeouts",
                                  "cascaded", "into",        "upstream", "services",  "graph",  "showed",   "latency"};
    QString text;
    text.reserve(bytes + 1024);
    while (text.size() < bytes) {
        const int kind = random.bounded(10);
        if (kind == 0)
            text += QStringLiteral("\n## Discussion\n\n");
        else if (kind == 1)
            text += QStringLiteral("- ");
        for (int w = 0; w < 12; ++w) {
            text += QString::fromLatin1(words[random.bounded(35)]);
            text += QLatin1Char(' ');
        }
        if (random.bounded(3) == 0) {
            const RosterPerson &person = roster.at(random.bounded(static_cast<int>(roster.size())));
            switch (random.bounded(4)) {
            case 0:
                text += person.name;
                break;
            case 1:
                text += person.name.section(QLatin1Char(' '), 0, 0) + QStringLiteral("'s");
                break;
            case 2:
                text += QLatin1Char('@') + person.handles.front();
                break;
            case 3:
                text += person.emails.front();
                break;
            }
        }
        text += QStringLiteral(".\n");
    }
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    QTextStream out(stdout);
    QRandomGenerator random(20240501);
    const int rosterSize = quick ? 100 : 1000;
    const qsizetype size = quick ? 200 * 1024 : 2 * 1024 * 1024;
    const Roster roster = makeRoster(random, rosterSize);
    const QString notes = makeNotes(random, roster, size);
    const double megabytes = double(notes.toUtf8().size()) / (1024.0 * 1024.0);

    QElapsedTimer compileTimer;
    compileTimer.start();
    Anonymiser anonymiser(roster);
    const qint64 compileMs = compileTimer.elapsed();

    const int runs = quick ? 1 : 5;
    qint64 bestNs = std::numeric_limits<qint64>::max();
    AnonymisedText result;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        result = anonymiser.anonymise(notes);
        bestNs = std::min(bestNs, timer.nsecsElapsed());
    }
    const double seconds = double(bestNs) / 1e9;
    out << QStringLiteral("roster: %1 people, compiled in %2 ms\n").arg(rosterSize).arg(compileMs);
    out << QStringLiteral("document: %1 MB, %2 replacements\n")
               .arg(megabytes, 0, 'f', 2)
               .arg(result.replacements.size());
    out << QStringLiteral("anonymise: %1 ms, %2 MB/s (best of %3)\n")
               .arg(seconds * 1000.0, 0, 'f', 2)
               .arg(megabytes / seconds, 0, 'f', 1)
               .arg(runs);

    QElapsedTimer scanTimer;
    scanTimer.start();
    const QList<LeakFinding> findings = LeakScanner(roster).scan(result.text);
    const double scanSeconds = double(scanTimer.nsecsElapsed()) / 1e9;
    const auto errors =
        std::count_if(findings.cbegin(), findings.cend(), [](const LeakFinding &f) { return f.isError(); });
    out << QStringLiteral("leak scan: %1 ms, %2 MB/s, %3 identities left\n")
               .arg(scanSeconds * 1000.0, 0, 'f', 2)
               .arg(megabytes / scanSeconds, 0, 'f', 1)
               .arg(errors);
    out.flush();
    return errors == 0 && !result.replacements.isEmpty() ? 0 : 1;
}
