#include "chatham/wordlist.h"

#include <QFile>

namespace debrief {

namespace {

// Common words that are also given names or surnames: enough to keep the context rules
// working on a system without a Hunspell dictionary.
constexpr const char *kBundledWords[] = {
    "will",   "may",     "grace",  "bill",    "mark",     "hope",    "rose",   "amber",  "summer", "june",    "april",
    "august", "frank",   "faith",  "joy",     "dawn",     "ray",     "pat",    "rob",    "sue",    "jack",    "guy",
    "art",    "drew",    "gene",   "max",     "penny",    "ruby",    "sky",    "chase",  "hunter", "lane",    "reed",
    "wade",   "young",   "king",   "long",    "brown",    "white",   "green",  "black",  "gray",   "grey",    "cook",
    "baker",  "smith",   "page",   "bell",    "hill",     "wood",    "stone",  "rich",   "sunny",  "holly",   "ivy",
    "iris",   "jasmine", "violet", "crystal", "hazel",    "heather", "olive",  "pearl",  "river",  "storm",   "win",
    "don",    "carol",   "mercy",  "honor",   "patience", "chance",  "miles",  "victor", "sage",   "rocky",   "ace",
    "bob",    "nick",    "bud",    "rusty",   "dusty",    "cliff",   "forest", "glen",   "harley", "destiny", "neil",
    "major",  "bishop",  "price",  "fox",     "wolf",     "lamb",    "hall",   "ward",   "walker", "turner",  "fisher",
    "miller", "carter",  "cooper", "archer",  "mason",    "porter",  "parker",
};

} // namespace

WordList::WordList()
{
    for (const char *word : kBundledWords)
        m_lower.insert(QString::fromLatin1(word));
}

void WordList::add(const QString &word)
{
    if (word.isEmpty())
        return;
    const QString lower = word.toLower();
    if (lower == word)
        m_lower.insert(word);
    else
        m_proper.insert(lower);
}

bool WordList::loadHunspellDictionary(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray data = file.readAll();
    bool firstLine = true;
    for (const QByteArray &rawLine : data.split('\n')) {
        if (firstLine) { // the entry count
            firstLine = false;
            continue;
        }
        const qsizetype slash = rawLine.indexOf('/');
        const QByteArray word = (slash < 0 ? rawLine : rawLine.left(slash)).trimmed();
        if (!word.isEmpty())
            add(QString::fromUtf8(word));
    }
    return true;
}

bool WordList::isCommonWord(QStringView word) const
{
    return m_lower.contains(word.toString().toLower());
}

bool WordList::contains(QStringView word) const
{
    const QString lower = word.toString().toLower();
    return m_lower.contains(lower) || m_proper.contains(lower);
}

const WordList &WordList::english()
{
    static const WordList list = [] {
        WordList words;
        const QString overridePath = qEnvironmentVariable("DEBRIEF_DICTIONARY");
        words.loadHunspellDictionary(overridePath.isEmpty() ? QStringLiteral("/usr/share/hunspell/en_US.dic")
                                                            : overridePath);
        return words;
    }();
    return list;
}

} // namespace debrief
