#include "chatham/identitymatcher.h"

#include "chatham/textfold.h"
#include "chatham/wordlist.h"

#include <QSet>

#include <algorithm>

namespace debrief {

namespace {

struct Token
{
    std::uint64_t hash = 0;
    qsizetype start = 0;
    qsizetype end = 0;
};

std::vector<Token> tokenize(QStringView text)
{
    std::vector<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (!TextFold::isWordUnit(text.at(i).unicode())) {
            ++i;
            continue;
        }
        Token token{TextFold::HashSeed, i, i};
        while (i < n && TextFold::isWordUnit(text.at(i).unicode())) {
            const char16_t folded = TextFold::fold(text.at(i).unicode());
            if (folded != 0)
                token.hash = TextFold::hashStep(token.hash, folded);
            ++i;
        }
        token.end = i;
        if (token.hash != TextFold::HashSeed)
            tokens.push_back(token);
    }
    return tokens;
}

bool isParticle(const QString &folded)
{
    static const QStringList particles = {
        QStringLiteral("van"), QStringLiteral("von"),   QStringLiteral("de"),  QStringLiteral("der"),
        QStringLiteral("den"), QStringLiteral("da"),    QStringLiteral("di"),  QStringLiteral("du"),
        QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("la"),  QStringLiteral("le"),
        QStringLiteral("bin"), QStringLiteral("al"),    QStringLiteral("el"),  QStringLiteral("ter"),
        QStringLiteral("ten"), QStringLiteral("dos"),   QStringLiteral("das"), QStringLiteral("y"),
    };
    return particles.contains(folded);
}

bool isLegalSuffix(const QString &folded)
{
    static const QStringList suffixes = {
        QStringLiteral("inc"),   QStringLiteral("ltd"),         QStringLiteral("llc"), QStringLiteral("gmbh"),
        QStringLiteral("corp"),  QStringLiteral("corporation"), QStringLiteral("co"),  QStringLiteral("plc"),
        QStringLiteral("ag"),    QStringLiteral("sa"),          QStringLiteral("bv"),  QStringLiteral("limited"),
        QStringLiteral("group"), QStringLiteral("llp"),         QStringLiteral("pty"),
    };
    return suffixes.contains(folded);
}

inline bool isWord(char16_t c)
{
    return TextFold::isWordUnit(c);
}

inline bool isLocalPartUnit(char16_t c)
{
    return isWord(c) || c == u'.' || c == u'_' || c == u'%' || c == u'+' || c == u'-';
}

inline bool isHandleUnit(char16_t c)
{
    return isWord(c) || c == u'_' || c == u'-' || c == u'.';
}

inline bool endsUrl(char16_t c)
{
    switch (c) {
    case u' ':
    case u'\t':
    case u'\n':
    case u'\r':
    case u'<':
    case u'>':
    case u'"':
    case u'\'':
    case u'`':
    case u')':
    case u']':
    case u'}':
    case u'|':
        return true;
    default:
        return false;
    }
}

QString normaliseUrl(QStringView url)
{
    QString key = TextFold::foldString(url);
    for (const QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (key.startsWith(scheme)) {
            key.remove(0, scheme.size());
            break;
        }
    }
    if (key.startsWith(QLatin1String("www.")))
        key.remove(0, 4);
    while (key.endsWith(QLatin1Char('/')))
        key.chop(1);
    return key;
}

std::uint64_t hashOf(const char *ascii)
{
    return TextFold::hashFolded(QString::fromLatin1(ascii));
}

// Words that start a URL without a scheme: profile sites people paste as "github.com/name".
const std::vector<std::uint64_t> &profileHostHashes()
{
    static const std::vector<std::uint64_t> hashes = [] {
        std::vector<std::uint64_t> h;
        for (const char *host : {"www", "github", "gitlab", "twitter", "x", "linkedin", "mastodon", "facebook",
                                 "instagram", "medium", "bsky", "keybase", "meetup", "codeberg", "dev"})
            h.push_back(hashOf(host));
        return h;
    }();
    return hashes;
}

} // namespace

/// The state of one pass over a text.
struct IdentityMatcher::Scan
{
    QStringView text;
    const char16_t *p = nullptr;
    qsizetype n = 0;
    QList<Mention> mentions;
    /// Capitalised sentence-start words that are names only if their person is named
    /// elsewhere in the text; decided once the whole text was read.
    QList<Mention> deferred;
    qsizetype urlContextEnd = -1; ///< positions before this are inside a URL or link target
    qsizetype resumeAt = 0;

    void add(qsizetype start, qsizetype end, MentionOwner owner, MentionKind kind)
    {
        Mention mention;
        mention.start = start;
        mention.length = end - start;
        mention.owner = owner;
        mention.kind = kind;
        mention.inUrl = start < urlContextEnd;
        mentions.append(mention);
        resumeAt = end;
    }
};

IdentityMatcher::IdentityMatcher(const Roster &roster)
    : IdentityMatcher(roster, WordList::english())
{}

IdentityMatcher::IdentityMatcher(const Roster &roster, const WordList &words)
    : m_roster(roster)
    , m_words(words)
    , m_context(words)
{
    compile();
}

int IdentityMatcher::affiliationIndex(const QString &affiliation)
{
    const QString key = TextFold::foldString(affiliation.simplified());
    const auto it = m_affiliationByKey.constFind(key);
    if (it != m_affiliationByKey.constEnd())
        return it.value();
    const auto index = static_cast<int>(m_affiliations.size());
    m_affiliations.append(affiliation.simplified());
    m_affiliationByKey.insert(key, index);
    return index;
}

void IdentityMatcher::compile()
{
    for (qsizetype i = 0; i < m_roster.size(); ++i) {
        const RosterPerson &person = m_roster.at(i);
        const MentionOwner owner{MentionOwner::Type::Person, static_cast<int>(i)};
        addName(person.name, owner, true);
        for (const QString &alias : person.aliases)
            addName(alias, owner, true);
        for (const QString &handle : person.handles)
            addHandle(handle, static_cast<int>(i));
        for (QString email : person.emails) {
            email = email.trimmed();
            if (email.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                email.remove(0, 7);
            if (!email.isEmpty())
                m_emails.insert(TextFold::hashFolded(email), static_cast<int>(i));
        }
        for (const QString &url : person.urls)
            addUrl(url, static_cast<int>(i));
        if (person.affiliation.trimmed().isEmpty())
            continue;
        const MentionOwner company{MentionOwner::Type::Affiliation, affiliationIndex(person.affiliation)};
        addName(person.affiliation, company, false);
        for (const QString &shortForm : person.affiliationAliases)
            addName(shortForm, company, false);
        // "Acme Payments Ltd" is also written "Acme Payments".
        const std::vector<Token> tokens = tokenize(person.affiliation);
        if (tokens.size() > 1) {
            const Token &last = tokens.back();
            if (isLegalSuffix(
                    TextFold::foldString(QStringView(person.affiliation).mid(last.start, last.end - last.start))))
                addName(person.affiliation.left(tokens[tokens.size() - 2].end), company, false);
        }
    }
}

void IdentityMatcher::addName(const QString &name, MentionOwner owner, bool isPersonName)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return;
    if (std::any_of(trimmed.cbegin(), trimmed.cend(),
                    [](QChar c) { return TextFold::isUnspacedScript(c.unicode()); })) {
        m_unspaced.append({trimmed, owner});
        return;
    }
    const std::vector<Token> tokens = tokenize(trimmed);
    if (tokens.empty())
        return;
    auto wordAt = [&](const Token &t) { return trimmed.mid(t.start, t.end - t.start); };
    std::vector<std::uint64_t> hashes;
    for (const Token &t : tokens)
        hashes.push_back(t.hash);
    const bool single = tokens.size() == 1;
    m_trie.add(hashes, owner, isPersonName ? MentionKind::FullName : MentionKind::Affiliation,
               single && m_words.isCommonWord(wordAt(tokens.front())));
    if (!isPersonName || single)
        return;
    // Each word of the name alone ("Priya", "O'Brien"), and the parts of a hyphenated word.
    std::vector<std::uint64_t> lastWord;
    for (const QString &word : trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const std::vector<Token> parts = tokenize(word);
        const QString folded = TextFold::foldString(word);
        if (parts.empty())
            continue;
        lastWord.clear();
        for (const Token &part : parts)
            lastWord.push_back(part.hash);
        if (folded.size() >= 2 && !isParticle(folded))
            m_trie.add(lastWord, owner, MentionKind::PartialName, parts.size() == 1 && m_words.isCommonWord(word));
        if (parts.size() < 2)
            continue;
        for (const Token &part : parts) {
            const QString piece = word.mid(part.start, part.end - part.start);
            if (piece.size() >= 3 && !isParticle(TextFold::foldString(piece)))
                m_trie.add({part.hash}, owner, MentionKind::PartialName, m_words.isCommonWord(piece));
        }
    }
    // "P. Sharma"
    const std::uint64_t initial = TextFold::hashFolded(TextFold::foldString(wordAt(tokens.front())).left(1));
    std::vector<std::uint64_t> initials{initial};
    initials.insert(initials.end(), lastWord.begin(), lastWord.end());
    m_trie.add(initials, owner, MentionKind::Initials, false);
    // Surnames with a particle are one name: "de Vries", "van der Berg" (and "M. de Vries"),
    // so a sentence-start "De Vries" leaves no stray "De" behind.
    for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
        if (!isParticle(TextFold::foldString(wordAt(tokens[i]))))
            continue;
        std::vector<std::uint64_t> surname;
        for (std::size_t k = i; k < tokens.size(); ++k)
            surname.push_back(tokens[k].hash);
        m_trie.add(surname, owner, MentionKind::PartialName, false);
        std::vector<std::uint64_t> initialled{initial};
        initialled.insert(initialled.end(), surname.begin(), surname.end());
        m_trie.add(initialled, owner, MentionKind::Initials, false);
        break;
    }
}

void IdentityMatcher::addHandle(const QString &rawHandle, int person)
{
    QString handle = rawHandle.trimmed();
    if (handle.startsWith(QLatin1Char('@')))
        handle.remove(0, 1);
    if (handle.isEmpty())
        return;
    m_handles.insert(TextFold::hashFolded(handle), person);
    const std::vector<Token> tokens = tokenize(handle);
    // A bare handle that is one short word would match too much ("pj", "al").
    if (tokens.size() == 1 && tokens.front().start == 0 && tokens.front().end == handle.size() && handle.size() >= 3)
        m_trie.add({tokens.front().hash}, MentionOwner{MentionOwner::Type::Person, person}, MentionKind::Handle,
                   m_words.isCommonWord(handle));
}

void IdentityMatcher::addUrl(const QString &url, int person)
{
    const QString key = normaliseUrl(url.trimmed());
    if (key.isEmpty())
        return;
    m_urls.insert(key, person);
    // The user name in the URL identifies the person in other URLs of the same site too.
    const qsizetype slash = key.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return;
    QString user = key.mid(slash + 1);
    while (user.startsWith(QLatin1Char('@')) || user.startsWith(QLatin1Char('~')))
        user.remove(0, 1);
    if (user.size() >= 3)
        m_handles.insert(TextFold::hashFolded(user), person);
}

bool IdentityMatcher::matchEmail(Scan &scan, qsizetype start) const
{
    const char16_t *p = scan.p;
    qsizetype at = start;
    while (at < scan.n && isLocalPartUnit(p[at]))
        ++at;
    if (at >= scan.n || p[at] != u'@')
        return false;
    qsizetype end = at + 1;
    bool dot = false;
    while (end < scan.n && (isWord(p[end]) || p[end] == u'.' || p[end] == u'-')) {
        dot = dot || p[end] == u'.';
        ++end;
    }
    while (end > at + 1 && (p[end - 1] == u'.' || p[end - 1] == u'-'))
        --end;
    if (!dot || end <= at + 1)
        return false;
    const auto it = m_emails.constFind(TextFold::hashFolded(scan.text.mid(start, end - start)));
    if (it == m_emails.constEnd()) {
        // Not on the roster; names inside it are still replaced, as a slug.
        scan.urlContextEnd = std::max(scan.urlContextEnd, end);
        return false;
    }
    scan.add(start, end, MentionOwner{MentionOwner::Type::Person, it.value()}, MentionKind::Email);
    return true;
}

bool IdentityMatcher::matchUrl(Scan &scan, qsizetype start, qsizetype tokenEnd, std::uint64_t tokenHash) const
{
    static const std::uint64_t http = hashOf("http");
    static const std::uint64_t https = hashOf("https");
    const char16_t *p = scan.p;
    const QStringView rest = scan.text.mid(tokenEnd);
    qsizetype hostStart = -1;
    if ((tokenHash == http || tokenHash == https) && rest.startsWith(QLatin1String("://"))) {
        hostStart = tokenEnd + 3;
    } else if (p[tokenEnd] == u'.' &&
               (start == 0 || !(isWord(p[start - 1]) || p[start - 1] == u'.' || p[start - 1] == u'/'))) {
        const auto &hosts = profileHostHashes();
        if (std::find(hosts.begin(), hosts.end(), tokenHash) != hosts.end())
            hostStart = start;
    }
    if (hostStart < 0)
        return false;
    qsizetype end = hostStart;
    while (end < scan.n && !endsUrl(p[end]))
        ++end;
    while (end > hostStart && QStringView(u".,;:!?*_").contains(QChar(p[end - 1])))
        --end;
    if (end <= hostStart)
        return false;
    const QStringView url = scan.text.mid(start, end - start);
    int person = m_urls.value(normaliseUrl(url), -1);
    if (person < 0) {
        // Any path segment that is a roster handle: github.com/priya-s/talk-slides
        const QStringView afterHost = scan.text.mid(hostStart, end - hostStart);
        const qsizetype pathStart = afterHost.indexOf(QLatin1Char('/'));
        qsizetype segStart = pathStart < 0 ? afterHost.size() : pathStart + 1;
        while (person < 0 && segStart < afterHost.size()) {
            qsizetype segEnd = segStart;
            while (segEnd < afterHost.size() && !QStringView(u"/?#&=").contains(afterHost.at(segEnd)))
                ++segEnd;
            QStringView segment = afterHost.mid(segStart, segEnd - segStart);
            while (!segment.isEmpty() && (segment.front() == QLatin1Char('@') || segment.front() == QLatin1Char('~')))
                segment = segment.mid(1);
            if (!segment.isEmpty())
                person = m_handles.value(TextFold::hashFolded(segment), -1);
            segStart = segEnd + 1;
        }
    }
    if (person < 0) {
        scan.urlContextEnd = std::max(scan.urlContextEnd, end);
        return false;
    }
    scan.add(start, end, MentionOwner{MentionOwner::Type::Person, person}, MentionKind::Url);
    return true;
}

bool IdentityMatcher::matchHandleWord(Scan &scan, qsizetype start, qsizetype tokenEnd) const
{
    const char16_t *p = scan.p;
    qsizetype end = tokenEnd;
    while (end < scan.n && isHandleUnit(p[end]))
        ++end;
    while (end > tokenEnd && !isWord(p[end - 1]))
        --end;
    if (end == tokenEnd)
        return false;
    const qsizetype from = (start > 0 && p[start - 1] == u'@') ? start - 1 : start;
    const auto it = m_handles.constFind(TextFold::hashFolded(scan.text.mid(start, end - start)));
    if (it == m_handles.constEnd())
        return false;
    scan.add(from, end, MentionOwner{MentionOwner::Type::Person, it.value()}, MentionKind::Handle);
    return true;
}

qsizetype IdentityMatcher::matchWords(Scan &scan, qsizetype start, qsizetype tokenEnd, std::uint64_t tokenHash) const
{
    const int first = m_trie.child(TokenTrie::Root, tokenHash);
    if (first < 0)
        return tokenEnd;
    const char16_t *p = scan.p;
    const qsizetype n = scan.n;
    int best = m_trie.node(first).hasMatch ? first : -1;
    qsizetype bestEnd = tokenEnd;
    int bestTokens = 1;
    QString prefix, suffix, bestPrefix, bestSuffix;
    int current = first;
    int tokens = 1;
    qsizetype pos = tokenEnd;
    qsizetype lastTokenLength = tokenEnd - start;
    while (m_trie.node(current).hasChildren) {
        // What may stand between two words of one name: a space or one line break (with a
        // quote marker), emphasis markers, a hyphen or apostrophe, the dot of an initial.
        qsizetype k = pos;
        bool sawSpace = false;
        bool sawNewline = false;
        QString opening, closing;
        while (k < n && k - pos < 12) {
            const char16_t c = p[k];
            if (c == u' ' || c == u'\t' || c == u'\r') {
                sawSpace = true;
            } else if (c == u'\n') {
                if (sawNewline)
                    break;
                sawNewline = sawSpace = true;
            } else if (c == u'>' && sawNewline) {
            } else if (c == u'*' || c == u'_' || c == u'~') {
                (sawSpace ? opening : closing).append(QChar(c));
            } else if (c == u'-' || c == u'\'' || c == u'\u2019' || (c == u'.' && lastTokenLength == 1)) {
            } else {
                break;
            }
            ++k;
        }
        if (k == pos || k >= n || !isWord(p[k]))
            break;
        qsizetype next = k;
        std::uint64_t hash = TextFold::HashSeed;
        while (next < n && isWord(p[next])) {
            const char16_t folded = TextFold::fold(p[next]);
            if (folded != 0)
                hash = TextFold::hashStep(hash, folded);
            ++next;
        }
        const int child = m_trie.child(current, hash);
        if (child < 0)
            break;
        current = child;
        ++tokens;
        prefix += opening;
        suffix += closing;
        pos = next;
        lastTokenLength = next - k;
        if (m_trie.node(current).hasMatch) {
            best = current;
            bestEnd = next;
            bestTokens = tokens;
            bestPrefix = prefix;
            bestSuffix = suffix;
        }
    }
    if (best < 0)
        return tokenEnd;
    const TokenTrie::Node &node = m_trie.node(best);
    const bool afterAt = start > 0 && p[start - 1] == u'@' && (start < 2 || !isLocalPartUnit(p[start - 2]));
    // A roster company written with a capital ("Acme", "Stripe") is the company wherever it
    // stands; only people's names that are also words need the context rules.
    const bool capitalisedCompany = node.owner.type == MentionOwner::Type::Affiliation && QChar(p[start]).isUpper();
    if (node.ambiguous && bestTokens == 1 && !afterAt && !capitalisedCompany &&
        !m_context.readsAsName(scan.text, start, bestEnd)) {
        if (node.owner.index >= 0 && m_context.mayBeNameAtSentenceStart(scan.text, start, bestEnd)) {
            Mention candidate;
            candidate.start = start;
            candidate.length = bestEnd - start;
            candidate.owner = node.owner;
            candidate.kind = node.kind;
            candidate.inUrl = start < scan.urlContextEnd;
            candidate.prefix = bestPrefix;
            candidate.suffix = bestSuffix;
            scan.deferred.append(candidate);
        }
        return tokenEnd;
    }
    qsizetype end = bestEnd;
    bool possessive = false;
    // "Chris'" takes an apostrophe alone; the label needs "'s" ("Speaker A's").
    if (end < n && (p[end] == u'\'' || p[end] == u'\u2019') && TextFold::fold(p[end - 1]) == u's' &&
        (end + 1 >= n || !isWord(p[end + 1])) && !(start > 0 && p[start - 1] == p[end])) {
        possessive = true;
        ++end;
    }
    scan.add(afterAt ? start - 1 : start, end, node.owner, node.kind);
    Mention &mention = scan.mentions.last();
    mention.addPossessiveS = possessive;
    mention.prefix = bestPrefix;
    mention.suffix = bestSuffix;
    return end;
}

void IdentityMatcher::matchUnspacedAliases(Scan &scan) const
{
    for (const auto &[alias, owner] : m_unspaced) {
        qsizetype from = 0;
        while ((from = scan.text.indexOf(alias, from, Qt::CaseInsensitive)) >= 0) {
            Mention mention;
            mention.start = from;
            mention.length = alias.size();
            mention.owner = owner;
            mention.kind =
                owner.type == MentionOwner::Type::Affiliation ? MentionKind::Affiliation : MentionKind::FullName;
            scan.mentions.append(mention);
            from += alias.size();
        }
    }
}

QList<Mention> IdentityMatcher::find(QStringView text, const QList<TextRange> &skipped) const
{
    Scan scan;
    scan.text = text;
    scan.p = reinterpret_cast<const char16_t *>(text.utf16());
    scan.n = text.size();
    const char16_t *p = scan.p;
    const qsizetype n = scan.n;
    const char16_t *foldOf = TextFold::foldTable();
    const unsigned char *wordUnit = TextFold::wordTable();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = p[i];
        if (!wordUnit[c]) {
            if (c == u'@' && i + 1 < n && (i == 0 || !isLocalPartUnit(p[i - 1]))) {
                qsizetype end = i + 1;
                while (end < n && isHandleUnit(p[end]))
                    ++end;
                while (end > i + 1 && !isWord(p[end - 1]))
                    --end;
                const auto it = m_handles.constFind(TextFold::hashFolded(text.mid(i + 1, end - i - 1)));
                if (end > i + 1 && it != m_handles.constEnd()) {
                    scan.add(i, end, MentionOwner{MentionOwner::Type::Person, it.value()}, MentionKind::Handle);
                    i = end;
                    continue;
                }
            } else if (c == u']' && i + 1 < n && p[i + 1] == u'(') {
                // A Markdown link or image target: names in it become slugs.
                qsizetype end = i + 2;
                while (end < n && p[end] != u')' && p[end] != u'\n')
                    ++end;
                scan.urlContextEnd = std::max(scan.urlContextEnd, end);
            }
            ++i;
            continue;
        }
        qsizetype j = i;
        std::uint64_t hash = TextFold::HashSeed;
        while (j < n && wordUnit[p[j]]) {
            const char16_t folded = foldOf[p[j]];
            if (folded != 0)
                hash = TextFold::hashStep(hash, folded);
            ++j;
        }
        if (j < n) {
            const char16_t after = p[j];
            if ((after == u'@' || after == u'.' || after == u'_' || after == u'-' || after == u'+' || after == u'%') &&
                matchEmail(scan, i)) {
                i = scan.resumeAt;
                continue;
            }
            if ((after == u':' || after == u'.') && matchUrl(scan, i, j, hash)) {
                i = scan.resumeAt;
                continue;
            }
            if ((after == u'_' || after == u'-' || after == u'.') && matchHandleWord(scan, i, j)) {
                i = scan.resumeAt;
                continue;
            }
        }
        i = matchWords(scan, i, j, hash);
    }
    bool unsorted = false;
    if (!m_unspaced.isEmpty()) {
        matchUnspacedAliases(scan);
        unsorted = true;
    }
    if (!scan.deferred.isEmpty()) {
        // A sentence-start "Mark" or "Stripe" is the person or company when the text names
        // them for certain elsewhere; a lone "Grace" at a sentence start stays a word.
        QSet<std::pair<int, int>> named;
        for (const Mention &mention : std::as_const(scan.mentions))
            named.insert({int(mention.owner.type), mention.owner.index});
        for (const Mention &candidate : std::as_const(scan.deferred)) {
            if (named.contains({int(candidate.owner.type), candidate.owner.index})) {
                scan.mentions.append(candidate);
                unsorted = true;
            }
        }
    }
    if (unsorted)
        std::stable_sort(scan.mentions.begin(), scan.mentions.end(),
                         [](const Mention &a, const Mention &b) { return a.start < b.start; });
    QList<Mention> result;
    result.reserve(scan.mentions.size());
    qsizetype coveredTo = 0;
    for (const Mention &mention : std::as_const(scan.mentions)) {
        if (mention.start < coveredTo)
            continue;
        const bool skip = std::any_of(skipped.cbegin(), skipped.cend(), [&](const TextRange &range) {
            return mention.start >= range.start && mention.start < range.end;
        });
        if (skip)
            continue;
        result.append(mention);
        coveredTo = mention.start + mention.length;
    }
    return result;
}

} // namespace debrief
