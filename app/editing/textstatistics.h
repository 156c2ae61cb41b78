#pragma once

#include <QStringView>

namespace debrief {

/// Word and character counts for the status bar. A word is a run of letters or digits
/// (apostrophes and hyphens inside it included); Markdown markup is not a word.
struct TextStatistics
{
    int words = 0;
    int characters = 0; ///< every character but line breaks

    [[nodiscard]] static TextStatistics count(QStringView text);
};

} // namespace debrief
