#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace debrief {

struct RosterEntry;

/// One place where a text blames a person.
struct LintHit
{
    int start = 0;
    int length = 0;
    QString ruleId;
    QString message;    ///< why the wording blames someone
    QString suggestion; ///< a blameless way to say it
};

/// Blameless-language lint. The rules are data (`:/lint/blameless.json`, see
/// resources/lint/): phrases that blame a person, and a roster name as the subject of a
/// failure verb ("Priya broke the deploy"). Checks one line or paragraph at a time.
class BlamelessLinter
{
public:
    BlamelessLinter() = default;

    /// Parses a rule file; an empty linter and a message in @p error when it is malformed.
    [[nodiscard]] static BlamelessLinter fromJson(const QByteArray &json, QString *error = nullptr);
    /// The rules shipped with Debrief.
    [[nodiscard]] static BlamelessLinter builtIn();

    [[nodiscard]] bool isEmpty() const { return m_rules.isEmpty(); }
    [[nodiscard]] qsizetype ruleCount() const { return m_rules.size(); }

    /// People whose name as the subject of a failure verb is flagged. Names are matched
    /// with their capitals, so "will" or "may" in a sentence are not people.
    void setSubjectNames(const QStringList &names);
    [[nodiscard]] QStringList subjectNames() const { return m_subjectNames; }

    /// Display names, their first and last words and name aliases of a meetup's roster.
    [[nodiscard]] static QStringList namesFromRoster(const QList<RosterEntry> &roster);

    /// Every hit in @p text, ordered by position; overlapping hits keep the earliest rule.
    [[nodiscard]] QList<LintHit> check(const QString &text) const;

private:
    struct Rule
    {
        QString id;
        QRegularExpression pattern;
        QString message;
        QString suggestion;
    };

    QList<Rule> m_rules;
    QStringList m_subjectVerbs;
    Rule m_subject;
    QStringList m_subjectNames;
};

} // namespace debrief
