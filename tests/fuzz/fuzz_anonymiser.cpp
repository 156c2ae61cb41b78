// libFuzzer target: the anonymiser over arbitrary text. Checks that replacements are in
// order and inside both texts, that each replacement is written where it says, and that
// the leak scanner finds no roster identity in the result.
#include "chatham/anonymiser.h"
#include "chatham/leakscanner.h"
#include "fuzzroster.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace debrief;
    static const Roster roster = fuzz::roster();
    static const LeakScanner scanner(roster);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    Anonymiser anonymiser(roster);
    const AnonymisedText result = anonymiser.anonymise(text);
    qsizetype lastOriginal = 0;
    qsizetype lastOutput = 0;
    for (const Replacement &r : result.replacements) {
        if (r.originalStart < lastOriginal || r.originalLength <= 0 || r.originalStart + r.originalLength > text.size())
            fuzz::fail("replacement outside the original or out of order");
        if (r.outputStart < lastOutput || r.outputStart + r.outputLength > result.text.size())
            fuzz::fail("replacement outside the output or out of order");
        if (QStringView(result.text).mid(r.outputStart, r.outputLength) != r.replacement)
            fuzz::fail("replacement not written where it says");
        lastOriginal = r.originalStart + r.originalLength;
        lastOutput = r.outputStart + r.outputLength;
    }
    for (const LeakFinding &finding : scanner.scan(result.text)) {
        if (finding.isError())
            fuzz::fail(qPrintable(QStringLiteral("roster identity left: ") + finding.text));
    }
    // The same anonymiser labels the same person the same way in a second document.
    const AnonymisedText again = anonymiser.anonymise(text);
    if (again.text != result.text)
        fuzz::fail("labels changed between two documents of one export");
    return 0;
}
