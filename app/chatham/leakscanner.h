#pragma once

#include "chatham/identitymatcher.h"
#include "chatham/roster.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace debrief {

class WordList;

/// One thing the leak scanner found. Positions are 1-based lines and columns (UTF-16 units).
struct LeakFinding
{
    enum class Kind
    {
        Identity,
        NameLike,
        Email,
        Handle,
        Phone,
        UserUrl
    };
    Kind kind = Kind::Identity;
    qsizetype offset = 0;
    qsizetype length = 0;
    int line = 0;
    int column = 0;
    QString text;
    MentionOwner owner; ///< for Kind::Identity

    /// Roster identities block an export; everything else is a warning to review.
    [[nodiscard]] bool isError() const { return kind == Kind::Identity; }
    /// The stable name used in `file:line:column: kind: text` output.
    [[nodiscard]] static QString kindName(Kind kind);
};

/// Checks a text (normally the anonymiser's output) for identities: any roster identity
/// still present is an error; capitalised words that are neither at a sentence start nor in
/// the dictionary, e-mail addresses, @handles, phone numbers and URLs with user names are
/// warnings. On-record sections are not checked for names; warnings are not raised in code.
class LeakScanner
{
public:
    explicit LeakScanner(const Roster &roster);
    LeakScanner(const Roster &roster, const WordList &words);

    /// Words never reported as name-like (the "allow" of the export dialog).
    void setAllowedWords(const QStringList &words);

    /// Findings in text order.
    [[nodiscard]] QList<LeakFinding> scan(QStringView text) const;

private:
    void findNameLikeWords(QStringView text, QList<LeakFinding> &findings) const;
    void findShapes(QStringView text, QList<LeakFinding> &findings) const;

    IdentityMatcher m_matcher;
    const WordList &m_words;
    QSet<QString> m_allowed; ///< lower-cased
};

} // namespace debrief
