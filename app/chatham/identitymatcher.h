#pragma once

#include "chatham/mentioncontext.h"
#include "chatham/roster.h"
#include "chatham/tokentrie.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>

namespace debrief {

class WordList;

/// One place where a roster identity is written.
struct Mention
{
    qsizetype start = 0;
    qsizetype length = 0;
    MentionOwner owner;
    MentionKind kind = MentionKind::FullName;
    bool inUrl = false;          ///< inside a URL, link target or file name: the label becomes a slug
    bool addPossessiveS = false; ///< "Chris'" – the label needs "'s" to stay readable
    QString prefix;              ///< opening emphasis kept in front of the label
    QString suffix;              ///< closing emphasis kept after the label
};

/// A half-open range of text positions, such as an on-record section.
struct TextRange
{
    qsizetype start = 0;
    qsizetype end = 0;
};

/// Finds every mention of every roster identity in a text in one left-to-right pass:
/// words are folded (case, accents) and hashed as they are read, and names, initials,
/// handles and affiliations are looked up in a word trie; e-mail addresses, @handles and
/// profile URLs are recognised by their shape and looked up whole. Shared by the
/// anonymiser (to replace) and the leak scanner (to check).
class IdentityMatcher
{
public:
    explicit IdentityMatcher(const Roster &roster);
    IdentityMatcher(const Roster &roster, const WordList &words);

    /// Mentions in text order, none overlapping; mentions starting inside @p skipped are left out.
    [[nodiscard]] QList<Mention> find(QStringView text, const QList<TextRange> &skipped = {}) const;

    [[nodiscard]] const Roster &roster() const { return m_roster; }
    /// Affiliations by index (MentionOwner::index for Type::Affiliation), as first written.
    [[nodiscard]] const QStringList &affiliations() const { return m_affiliations; }

private:
    void compile();
    void addName(const QString &name, MentionOwner owner, bool isPersonName);
    void addHandle(const QString &handle, int person);
    void addUrl(const QString &url, int person);
    [[nodiscard]] int affiliationIndex(const QString &affiliation);

    struct Scan;
    bool matchEmail(Scan &scan, qsizetype start) const;
    bool matchUrl(Scan &scan, qsizetype start, qsizetype tokenEnd, std::uint64_t tokenHash) const;
    bool matchHandleWord(Scan &scan, qsizetype start, qsizetype tokenEnd) const;
    qsizetype matchWords(Scan &scan, qsizetype start, qsizetype tokenEnd, std::uint64_t tokenHash) const;
    void matchUnspacedAliases(Scan &scan) const;

    Roster m_roster;
    const WordList &m_words;
    MentionContext m_context;
    TokenTrie m_trie;
    QHash<std::uint64_t, int> m_handles;            ///< folded handle (also profile URL user names) → person
    QHash<std::uint64_t, int> m_emails;             ///< folded address → person
    QHash<QString, int> m_urls;                     ///< normalised profile URL → person
    QList<QPair<QString, MentionOwner>> m_unspaced; ///< names in scripts without spaces (CJK)
    QStringList m_affiliations;
    QHash<QString, int> m_affiliationByKey;
};

} // namespace debrief
