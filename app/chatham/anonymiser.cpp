#include "chatham/anonymiser.h"

#include "chatham/mentioncontext.h"
#include "chatham/recordsections.h"

#include <algorithm>

namespace debrief {

Anonymiser::Anonymiser(const Roster &roster, AnonymiserOptions options)
    : m_matcher(roster)
    , m_labeller(m_matcher.roster(), options.labelStyle, options.affiliationStyle, options.presetLabels)
{}

QString Anonymiser::replacementFor(QStringView text, const Mention &mention)
{
    QString label = m_labeller.labelFor(mention.owner);
    if (mention.inUrl)
        return Labeller::slug(label);
    // "a speaker" opening a sentence reads "A speaker".
    if (!label.isEmpty() && label.front().isLower() && MentionContext::isSentenceStart(text, mention.start))
        label[0] = label.front().toUpper();
    if (mention.addPossessiveS)
        label += text.at(mention.start + mention.length - 1) + QStringLiteral("s");
    return mention.prefix + label + mention.suffix;
}

AnonymisedText Anonymiser::anonymise(QStringView text)
{
    const RecordSections sections = RecordSections::find(text);
    QList<TextRange> skipped = sections.offRecord;
    skipped.append(sections.onRecord);
    QList<Mention> mentions = m_matcher.find(text, skipped);
    // A mention that runs into an off-record section goes with the section.
    mentions.removeIf([&](const Mention &m) {
        return std::any_of(sections.offRecord.cbegin(), sections.offRecord.cend(),
                           [&](const TextRange &r) { return m.start < r.end && m.start + m.length > r.start; });
    });

    AnonymisedText result;
    result.removedSections = sections.offRecord;
    result.text.reserve(text.size());
    result.replacements.reserve(mentions.size());
    qsizetype position = 0;
    qsizetype nextSection = 0;
    auto copyUpTo = [&](qsizetype end) {
        // Copies text up to @p end, leaving out off-record sections on the way.
        while (position < end) {
            if (nextSection < sections.offRecord.size() && sections.offRecord.at(nextSection).start < end) {
                const TextRange &section = sections.offRecord.at(nextSection);
                result.text.append(text.mid(position, section.start - position));
                position = section.end;
                ++nextSection;
                continue;
            }
            result.text.append(text.mid(position, end - position));
            position = end;
        }
    };
    for (const Mention &mention : std::as_const(mentions)) {
        copyUpTo(mention.start);
        Replacement replacement;
        replacement.originalStart = mention.start;
        replacement.originalLength = mention.length;
        replacement.replacement = replacementFor(text, mention);
        replacement.outputStart = result.text.size();
        replacement.outputLength = replacement.replacement.size();
        replacement.owner = mention.owner;
        replacement.kind = mention.kind;
        result.text.append(replacement.replacement);
        result.replacements.append(replacement);
        position = mention.start + mention.length;
    }
    copyUpTo(text.size());
    return result;
}

} // namespace debrief
