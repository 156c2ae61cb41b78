#pragma once

#include "chatham/identitymatcher.h"
#include "chatham/labeller.h"
#include "chatham/roster.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace debrief {

/// One identity replaced: where it was, what it became, and whose it was, so that a view
/// can highlight it in the original and in the result.
struct Replacement
{
    qsizetype originalStart = 0;
    qsizetype originalLength = 0;
    qsizetype outputStart = 0;
    qsizetype outputLength = 0;
    QString replacement;
    MentionOwner owner;
    MentionKind kind = MentionKind::FullName;
};

/// The anonymised text and what was done to it.
struct AnonymisedText
{
    QString text;
    QList<Replacement> replacements;
    QList<TextRange> removedSections; ///< off-record sections, in original positions
};

struct AnonymiserOptions
{
    LabelStyle labelStyle = LabelStyle::Letters;
    AffiliationStyle affiliationStyle = AffiliationStyle::Generic;
    /// Labels given by earlier exports (roster index → label), kept as they are.
    QHash<int, QString> presetLabels;
};

/// Replaces every roster identity in a Markdown text with a stable label and leaves out
/// off-record sections. Labels persist across calls, so one Anonymiser per export keeps
/// "Speaker A" the same person in every document of it.
class Anonymiser
{
public:
    explicit Anonymiser(const Roster &roster, AnonymiserOptions options = {});
    Anonymiser(const Anonymiser &) = delete;
    Anonymiser &operator=(const Anonymiser &) = delete;

    [[nodiscard]] AnonymisedText anonymise(QStringView text);

    [[nodiscard]] const IdentityMatcher &matcher() const { return m_matcher; }
    [[nodiscard]] const Labeller &labeller() const { return m_labeller; }

private:
    [[nodiscard]] QString replacementFor(QStringView text, const Mention &mention);

    IdentityMatcher m_matcher;
    Labeller m_labeller;
};

} // namespace debrief
