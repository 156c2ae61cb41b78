// libFuzzer target: the leak scanner over arbitrary text. Findings must lie inside the text,
// in order, with 1-based lines and columns that point at them.
#include "chatham/leakscanner.h"
#include "fuzzroster.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace debrief;
    static const Roster roster = fuzz::roster();
    static LeakScanner scanner = [] {
        LeakScanner s(roster);
        s.setAllowedWords({QStringLiteral("Kubernetes")});
        return s;
    }();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype last = 0;
    for (const LeakFinding &finding : scanner.scan(text)) {
        if (finding.offset < last || finding.length <= 0 || finding.offset + finding.length > text.size())
            fuzz::fail("finding outside the text or out of order");
        if (finding.line < 1 || finding.column < 1)
            fuzz::fail("line and column are 1-based");
        const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), finding.offset - 1) + 1;
        if (finding.offset == 0 ? finding.column != 1 : finding.column != finding.offset - lineStart + 1)
            fuzz::fail("column does not point at the finding");
        if (finding.line != text.left(finding.offset).count(QLatin1Char('\n')) + 1)
            fuzz::fail("line does not point at the finding");
        last = finding.offset;
    }
    return 0;
}
