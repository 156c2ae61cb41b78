#include "actions/ownermatcher.h"

#include <QSet>

namespace debrief {

namespace {

/// The folded text without separators, so "priya.sharma", "priya_sharma" and "Priya Sharma"
/// compare equal.
QString compact(const QString &folded)
{
    QString result;
    result.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            result.append(c);
    }
    return result;
}

QString stripAt(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('@')))
        text = text.mid(1);
    return text.toString();
}

/// Every written form of @p participant that names them as a whole.
QStringList fullForms(const Participant &participant)
{
    QStringList forms{participant.displayName};
    for (const auto &alias : participant.aliases) {
        if (alias.kind == AliasKind::Name || alias.kind == AliasKind::Handle)
            forms.append(stripAt(alias.value));
    }
    return forms;
}

QString firstWord(const QString &folded)
{
    return folded.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
}

} // namespace

OwnerMatcher::OwnerMatcher(QList<Participant> roster)
    : m_roster(std::move(roster))
{}

QString OwnerMatcher::fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace) {
            result.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        result.append(c);
    }
    return result.toCaseFolded();
}

OwnerMatch OwnerMatcher::match(QStringView written) const
{
    const QString asWritten = stripAt(written);
    OwnerMatch result;
    result.displayName = asWritten;
    const QString key = compact(fold(asWritten));
    if (key.isEmpty())
        return result;

    auto decide = [&result](const QList<const Participant *> &found) {
        if (found.size() == 1) {
            result.kind = OwnerMatch::Kind::Matched;
            result.participantId = found.front()->id;
            result.displayName = found.front()->displayName;
            return true;
        }
        if (found.size() > 1) {
            result.kind = OwnerMatch::Kind::Ambiguous;
            for (const Participant *participant : found)
                result.candidates.append(participant->displayName);
            return true;
        }
        return false;
    };

    QList<const Participant *> whole;
    for (const auto &participant : m_roster) {
        const QStringList forms = fullForms(participant);
        const bool fits =
            std::any_of(forms.begin(), forms.end(), [&key](const QString &form) { return compact(fold(form)) == key; });
        if (fits)
            whole.append(&participant);
    }
    if (decide(whole))
        return result;

    // Only a single word can be a first name: "priya" yes, "priya s" no.
    const QString foldedWritten = fold(asWritten);
    if (foldedWritten.contains(QLatin1Char(' ')))
        return result;
    QList<const Participant *> byFirstName;
    for (const auto &participant : m_roster) {
        QStringList names{participant.displayName};
        for (const auto &alias : participant.aliases) {
            if (alias.kind == AliasKind::Name)
                names.append(alias.value);
        }
        const bool fits = std::any_of(names.begin(), names.end(), [&foldedWritten](const QString &name) {
            return firstWord(OwnerMatcher::fold(name)) == foldedWritten;
        });
        if (fits)
            byFirstName.append(&participant);
    }
    decide(byFirstName);
    return result;
}

} // namespace debrief
