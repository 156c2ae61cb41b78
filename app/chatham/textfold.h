#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>

namespace debrief {

/// Case and accent folding of single UTF-16 code units, through a table built once, so that
/// "JOSÉ", "José" and "jose" compare equal and matching stays linear and cheap. Positions
/// never move: each code unit folds to exactly one code unit (0 for combining marks, which
/// matching skips), so a match in folded terms is a match at the same offsets in the text.
class TextFold
{
public:
    /// The folded form of @p unit, or 0 for a combining mark that matching ignores.
    [[nodiscard]] static char16_t fold(char16_t unit) { return table().folded[unit]; }
    /// Letters, digits, combining marks and surrogates (other planes' letters) make words.
    [[nodiscard]] static bool isWordUnit(char16_t unit) { return table().word[unit] != 0; }
    /// The raw tables, for hot loops that should not re-check the lazy initialisation per unit.
    [[nodiscard]] static const char16_t *foldTable() { return table().folded; }
    [[nodiscard]] static const unsigned char *wordTable() { return table().word; }
    /// Han, kana and Hangul: scripts written without spaces between words.
    [[nodiscard]] static bool isUnspacedScript(char16_t unit);

    /// Folds a whole string (combining marks dropped).
    [[nodiscard]] static QString foldString(QStringView text);
    /// A 64-bit hash of the folded form of @p text; words equal after folding hash equally.
    [[nodiscard]] static std::uint64_t hashFolded(QStringView text);

    static constexpr std::uint64_t HashSeed = 14695981039346656037ULL;
    [[nodiscard]] static std::uint64_t hashStep(std::uint64_t hash, char16_t folded)
    {
        return (hash ^ folded) * 1099511628211ULL;
    }

private:
    struct Table
    {
        char16_t folded[65536];
        unsigned char word[65536];
    };
    static const Table &table();
};

} // namespace debrief
