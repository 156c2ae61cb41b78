#pragma once

#include <QList>
#include <QStringView>

namespace debrief {

/// A word of prose inside a line: where it starts and how long it is.
struct WordRange
{
    int start = 0;
    int length = 0;
    friend bool operator==(const WordRange &, const WordRange &) = default;
};

/// Splits one line of Markdown into the words a spell checker should see. Code spans,
/// URLs, e-mail addresses, @handles, HTML tags, link targets and words with digits or
/// underscores are not prose and are left out. Fenced code is the caller's business
/// (see FenceTracker).
class SpellingTokenizer
{
public:
    [[nodiscard]] static QList<WordRange> words(QStringView line);
};

} // namespace debrief
