#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

namespace debrief {

/// An English word list read from a Hunspell dictionary (`/usr/share/hunspell/en_US.dic`)
/// plus a small bundled list, so that "will", "may" and "grace" are known to be words and
/// not only names. The dictionary is read as a plain list: affix flags are ignored.
class WordList
{
public:
    WordList();

    /// Loads the words of a Hunspell .dic file; false when it cannot be read.
    bool loadHunspellDictionary(const QString &path);
    /// Adds @p word exactly as written (case matters).
    void add(const QString &word);

    /// True when @p word is an ordinary lower-case word, such as "will" or "grace".
    [[nodiscard]] bool isCommonWord(QStringView word) const;
    /// True when @p word is known in any case (a common word or a proper noun).
    [[nodiscard]] bool contains(QStringView word) const;
    [[nodiscard]] qsizetype size() const { return m_lower.size() + m_proper.size(); }

    /// The system's English dictionary (when installed) plus the bundled list; read once.
    [[nodiscard]] static const WordList &english();

private:
    QSet<QString> m_lower;  // entries written in lower case
    QSet<QString> m_proper; // capitalised entries, stored lower-cased
};

} // namespace debrief
