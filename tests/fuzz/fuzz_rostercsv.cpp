// libFuzzer target: roster files. Whatever the bytes, reading gives either a fatal error and
// no people, or people with names and bad rows with line numbers inside the file; and the
// roster read can drive the anonymiser without the scanner finding its people afterwards.
#include "chatham/anonymiser.h"
#include "chatham/leakscanner.h"
#include "chatham/rostercsvreader.h"
#include "fuzzroster.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace debrief;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const RosterCsvResult result = RosterCsvReader::read(bytes);
    if (!result.isUsable()) {
        if (!result.roster.isEmpty())
            fuzz::fail("a fatal error left people in the roster");
        return 0;
    }
    // Line breaks as editors show them: CRLF, LF, or a lone CR each end one line.
    const int lines = int(bytes.count('\n') + bytes.count('\r') - bytes.count("\r\n")) + 1;
    for (const RosterRowError &error : result.rowErrors) {
        if (error.line < 1 || error.line > lines || error.message.isEmpty())
            fuzz::fail("row error without a line inside the file or a message");
    }
    QString text;
    for (const RosterPerson &person : result.roster.people()) {
        if (person.name.trimmed().isEmpty())
            fuzz::fail("a person without a name");
        text += QStringLiteral("We heard from ") + person.name + QStringLiteral(" today.\n");
    }
    if (text.size() > 20000)
        return 0; // keeps each run fast; long rosters add nothing new here
    Anonymiser anonymiser(result.roster);
    const AnonymisedText anonymised = anonymiser.anonymise(text);
    for (const LeakFinding &finding : LeakScanner(result.roster).scan(anonymised.text)) {
        if (finding.isError())
            fuzz::fail(qPrintable(QStringLiteral("roster identity left: ") + finding.text));
    }
    return 0;
}
