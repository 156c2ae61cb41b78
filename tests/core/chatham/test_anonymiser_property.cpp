// A generated property test: random rosters and random notes containing every kind of
// mention. For every seed: the leak scanner finds no roster identity in the output, each
// person keeps one label and no two people share one, and nothing but the mentions changed.
#include "chatham/anonymiser.h"
#include "chatham/leakscanner.h"
#include "chatham/wordlist.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace debrief;

namespace {

/// A mention the generator wrote: where it starts and whose it is.
struct Planted
{
    qsizetype start = 0;
    MentionOwner owner;
    QString form;
};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {}

    QString uniqueWord(int syllables)
    {
        static const char *parts[] = {"ka",  "ri", "to",  "mel", "san", "dor", "vi",  "len", "zu",  "pra", "go",
                                      "nes", "ta", "rum", "bel", "shi", "qua", "fen", "lo",  "mar", "ov",  "ek"};
        while (true) {
            QString word;
            for (int i = 0; i < syllables; ++i)
                word += QString::fromLatin1(parts[m_random.bounded(22)]);
            if (!m_used.contains(word) && !WordList::english().contains(word)) {
                m_used.insert(word);
                word[0] = word.front().toUpper();
                return word;
            }
        }
    }

    Roster roster(int size)
    {
        QList<RosterPerson> people;
        for (int i = 0; i < size; ++i) {
            RosterPerson person;
            const QString first = uniqueWord(2);
            const QString last = uniqueWord(3);
            person.name = first + QLatin1Char(' ') + last;
            person.aliases = {uniqueWord(2)};
            person.handles = {i % 2 ? QString(first.toLower() + QLatin1Char('_') + last.toLower().left(2))
                                    : QString(uniqueWord(2).toLower() + QString::number(i))};
            person.emails = {first.toLower() + QLatin1Char('.') + last.toLower() + QStringLiteral("@example.org")};
            person.urls = {QStringLiteral("https://linkedin.com/in/") + uniqueWord(3).toLower()};
            person.affiliation = uniqueWord(2) + QStringLiteral(" Labs");
            person.role = m_random.bounded(3) == 0 ? MeetupRole::Speaker : MeetupRole::Attendee;
            people.append(person);
        }
        return Roster(people);
    }

    /// Notes with @p mentions mentions between ordinary words.
    QString notes(const Roster &roster, int mentions, QList<Planted> &planted)
    {
        static const char *words[] = {"the", "retry", "storm",  "took", "down",  "payments", "for",   "an",    "hour",
                                      "and", "we",    "rolled", "back", "after", "alerts",   "fired", "queue", "depth"};
        QString text = QStringLiteral("# Notes\n\n");
        for (int m = 0; m < mentions; ++m) {
            for (int w = m_random.bounded(1, 8); w > 0; --w)
                text += QString::fromLatin1(words[m_random.bounded(18)]) + QLatin1Char(' ');
            const int index = m_random.bounded(static_cast<int>(roster.size()));
            const RosterPerson &person = roster.at(index);
            const QString first = person.name.section(QLatin1Char(' '), 0, 0);
            const QString last = person.name.section(QLatin1Char(' '), 1, 1);
            MentionOwner owner{MentionOwner::Type::Person, index};
            QString form;
            switch (m_random.bounded(15)) {
            case 0:
                form = person.name;
                break;
            case 1:
                form = first;
                break;
            case 2:
                form = last;
                break;
            case 3:
                form = first + QStringLiteral("'s");
                break;
            case 4:
                form = last + QStringLiteral("’s");
                break;
            case 5:
                form = person.name.toUpper();
                break;
            case 6:
                form = person.name.toLower();
                break;
            case 7:
                form = first + QLatin1Char('\n') + last;
                break;
            case 8:
                form = QStringLiteral("**") + first + QStringLiteral("** ") + last;
                break;
            case 9:
                form = QLatin1Char('@') + person.handles.front();
                break;
            case 10:
                form = person.emails.front();
                break;
            case 11:
                form = person.urls.front();
                break;
            case 12:
                form = first.left(1) + QStringLiteral(". ") + last;
                break;
            case 13:
                form = person.aliases.front();
                break;
            case 14:
                form = person.affiliation;
                owner = MentionOwner{MentionOwner::Type::Affiliation, -1};
                break;
            }
            planted.append({text.size() + (form.startsWith(QLatin1Char('*')) ? 2 : 0), owner, form});
            text += form + QLatin1Char(' ');
            text += QString::fromLatin1(words[m_random.bounded(18)]);
            text += m_random.bounded(4) == 0 ? QStringLiteral(".\n\n") : QStringLiteral(". ");
        }
        return text;
    }

private:
    QRandomGenerator m_random;
    QSet<QString> m_used;
};

/// The label inside a replacement: without emphasis and possessive.
QString bareLabel(QString replacement)
{
    replacement.remove(QLatin1Char('*'));
    for (const QString &possessive : {QStringLiteral("'s"), QStringLiteral("’s")}) {
        if (replacement.endsWith(possessive))
            replacement.chop(2);
    }
    return replacement;
}

} // namespace

class AnonymiserPropertyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedNotes_data();
    void generatedNotes();
};

void AnonymiserPropertyTest::generatedNotes_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void AnonymiserPropertyTest::generatedNotes()
{
    QFETCH(quint32, seed);
    Generator generator(seed);
    const Roster roster = generator.roster(25);
    QList<Planted> planted;
    const QString notes = generator.notes(roster, 300, planted);
    AnonymiserOptions options;
    options.affiliationStyle = AffiliationStyle::Numbered;
    Anonymiser anonymiser(roster, options);
    const AnonymisedText result = anonymiser.anonymise(notes);

    // Zero roster identities left.
    for (const LeakFinding &finding : LeakScanner(roster).scan(result.text))
        QVERIFY2(!finding.isError(),
                 qPrintable(QStringLiteral("%1:%2: %3").arg(finding.line).arg(finding.column).arg(finding.text)));

    // Every planted mention, and nothing else, was replaced, each as its owner.
    QCOMPARE(result.replacements.size(), planted.size());
    for (qsizetype i = 0; i < planted.size(); ++i) {
        const Replacement &replacement = result.replacements.at(i);
        QVERIFY2(replacement.originalStart == planted.at(i).start, qPrintable(planted.at(i).form));
        QCOMPARE(replacement.owner.type, planted.at(i).owner.type);
        if (planted.at(i).owner.type == MentionOwner::Type::Person)
            QCOMPARE(replacement.owner.index, planted.at(i).owner.index);
    }

    // One label per person and per affiliation, never shared.
    QHash<QString, QString> labelOf;
    QHash<QString, QString> ownerOf;
    for (const Replacement &replacement : result.replacements) {
        const QString owner = QStringLiteral("%1/%2").arg(int(replacement.owner.type)).arg(replacement.owner.index);
        const QString label = bareLabel(replacement.replacement);
        QCOMPARE(labelOf.value(owner, label), label);
        QCOMPARE(ownerOf.value(label, owner), owner);
        labelOf.insert(owner, label);
        ownerOf.insert(label, owner);
    }

    // The text between mentions is unchanged.
    qsizetype original = 0;
    qsizetype output = 0;
    for (const Replacement &replacement : result.replacements) {
        QCOMPARE(result.text.mid(output, replacement.outputStart - output),
                 notes.mid(original, replacement.originalStart - original));
        original = replacement.originalStart + replacement.originalLength;
        output = replacement.outputStart + replacement.outputLength;
    }
    QCOMPARE(result.text.mid(output), notes.mid(original));
}

QTEST_GUILESS_MAIN(AnonymiserPropertyTest)
#include "test_anonymiser_property.moc"
