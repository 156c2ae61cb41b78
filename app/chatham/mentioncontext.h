#pragma once

#include <QStringView>

namespace debrief {

class WordList;

/// The case and context rules that decide whether a word that is also an ordinary word
/// ("Will", "May", "Grace", "Bill") is used as a name at one place in a text.
class MentionContext
{
public:
    explicit MentionContext(const WordList &words)
        : m_words(words)
    {}

    /// True when the word at [start, end) of @p text reads as a name.
    [[nodiscard]] bool readsAsName(QStringView text, qsizetype start, qsizetype end) const;

    /// True when the capitalised word at [start, end) begins a sentence and nothing after it
    /// shows the ordinary word ("Will we …", "Grace period", "May I …"): it is a name when
    /// the same person is clearly named elsewhere in the text ("Mark on stage" in an alt text
    /// of notes about Mark de Vries), and an ordinary word otherwise.
    [[nodiscard]] bool mayBeNameAtSentenceStart(QStringView text, qsizetype start, qsizetype end) const;

    /// True when @p position begins a sentence, a heading, a list item or a table cell.
    [[nodiscard]] static bool isSentenceStart(QStringView text, qsizetype position);

private:
    const WordList &m_words;
};

} // namespace debrief
