#include "chatham/textfold.h"

#include <QChar>

#include <memory>

namespace debrief {

namespace {

// Letters that carry no Unicode decomposition but are written without their stroke by
// people who cannot type them (Søren / Soren, Łukasz / Lukasz).
char16_t strokeFreeLetter(char16_t unit)
{
    switch (unit) {
    case u'ø':
        return u'o';
    case u'ł':
        return u'l';
    case u'đ':
        return u'd';
    case u'ħ':
        return u'h';
    case u'ı':
        return u'i';
    default:
        return unit;
    }
}

char16_t foldUnit(char16_t unit)
{
    const QChar ch(unit);
    if (ch.isSurrogate())
        return unit;
    if (ch.isMark())
        return 0;
    char16_t folded = QChar(unit).toCaseFolded().unicode();
    const QString decomposition = QChar(folded).decomposition();
    if (!decomposition.isEmpty() && QChar(decomposition.front()).isLetter())
        folded = QChar(decomposition.front()).toCaseFolded().unicode();
    // Decompose once more for letters such as ǖ whose first step keeps an accent.
    const QString second = QChar(folded).decomposition();
    if (!second.isEmpty() && QChar(second.front()).isLetter())
        folded = QChar(second.front()).toCaseFolded().unicode();
    return strokeFreeLetter(folded);
}

} // namespace

const TextFold::Table &TextFold::table()
{
    static const std::unique_ptr<Table> built = [] {
        auto t = std::make_unique<Table>();
        for (int u = 0; u < 65536; ++u) {
            const auto unit = static_cast<char16_t>(u);
            const QChar ch(unit);
            t->folded[u] = foldUnit(unit);
            t->word[u] = (ch.isLetterOrNumber() || ch.isMark() || ch.isSurrogate()) ? 1 : 0;
        }
        return t;
    }();
    return *built;
}

bool TextFold::isUnspacedScript(char16_t unit)
{
    return (unit >= 0x3040 && unit <= 0x30FF)    // kana
           || (unit >= 0x3400 && unit <= 0x9FFF) // CJK ideographs
           || (unit >= 0xAC00 && unit <= 0xD7AF) // Hangul syllables
           || (unit >= 0xF900 && unit <= 0xFAFF);
}

QString TextFold::foldString(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t folded = fold(ch.unicode());
        if (folded != 0)
            result.append(QChar(folded));
    }
    return result;
}

std::uint64_t TextFold::hashFolded(QStringView text)
{
    std::uint64_t hash = HashSeed;
    for (const QChar ch : text) {
        const char16_t folded = fold(ch.unicode());
        if (folded != 0)
            hash = hashStep(hash, folded);
    }
    return hash;
}

} // namespace debrief
