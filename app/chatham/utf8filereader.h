#pragma once

#include <QString>

#include <optional>

namespace debrief {

/// Reads a whole text file that must be valid UTF-8 (a BOM is dropped). The command line
/// refuses anything else rather than guess: a mis-decoded name cannot be found or replaced.
class Utf8FileReader
{
public:
    /// The text, or nothing with a translated reason in @p error.
    [[nodiscard]] static std::optional<QString> read(const QString &path, QString *error);
};

} // namespace debrief
