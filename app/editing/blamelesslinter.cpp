#include "editing/blamelesslinter.h"

#include "model/participant.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace debrief {

namespace {

QString verbAlternation(const QStringList &verbs)
{
    QStringList escaped;
    for (const QString &verb : verbs) {
        QString pattern = QRegularExpression::escape(verb);
        // "shouldn't" in the data also matches the curly apostrophe.
        pattern.replace(QLatin1String("\\'"), QLatin1String("['’]"));
        pattern.replace(QLatin1String("\\ "), QLatin1String("\\s+"));
        escaped.append(pattern);
    }
    return escaped.join(QLatin1Char('|'));
}

} // namespace

BlamelessLinter BlamelessLinter::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return BlamelessLinter();
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return fail(parseError.errorString());
    const QJsonObject root = doc.object();
    BlamelessLinter linter;
    const QJsonArray rules = root.value(QLatin1String("rules")).toArray();
    for (const QJsonValue &value : rules) {
        const QJsonObject object = value.toObject();
        Rule rule;
        rule.id = object.value(QLatin1String("id")).toString();
        rule.message = object.value(QLatin1String("message")).toString();
        rule.suggestion = object.value(QLatin1String("suggestion")).toString();
        rule.pattern = QRegularExpression(object.value(QLatin1String("pattern")).toString(),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::UseUnicodePropertiesOption);
        if (rule.id.isEmpty() || rule.pattern.pattern().isEmpty() || !rule.pattern.isValid())
            return fail(QStringLiteral("rule %1: %2").arg(rule.id, rule.pattern.errorString()));
        linter.m_rules.append(rule);
    }
    const QJsonObject subject = root.value(QLatin1String("subject")).toObject();
    linter.m_subject.id = subject.value(QLatin1String("id")).toString();
    linter.m_subject.message = subject.value(QLatin1String("message")).toString();
    linter.m_subject.suggestion = subject.value(QLatin1String("suggestion")).toString();
    for (const QJsonValue &verb : subject.value(QLatin1String("verbs")).toArray())
        linter.m_subjectVerbs.append(verb.toString());
    if (linter.m_rules.isEmpty())
        return fail(QStringLiteral("no rules"));
    return linter;
}

BlamelessLinter BlamelessLinter::builtIn()
{
    QFile file(QStringLiteral(":/lint/blameless.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Blameless lint rules missing from the resources");
        return {};
    }
    QString error;
    BlamelessLinter linter = fromJson(file.readAll(), &error);
    if (linter.isEmpty())
        qWarning("Blameless lint rules are malformed: %s", qPrintable(error));
    return linter;
}

void BlamelessLinter::setSubjectNames(const QStringList &names)
{
    m_subjectNames = names;
    QStringList escaped;
    for (const QString &name : names)
        if (!name.trimmed().isEmpty())
            escaped.append(
                QRegularExpression::escape(name.trimmed()).replace(QLatin1String("\\ "), QLatin1String("\\s+")));
    if (escaped.isEmpty() || m_subjectVerbs.isEmpty()) {
        m_subject.pattern = QRegularExpression();
        return;
    }
    // Longest names first, so "Priya Sharma" wins over "Priya".
    std::sort(escaped.begin(), escaped.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    const QString pattern = QStringLiteral("(?<![\\p{L}\\p{M}])(?:%1)(?:['’]s)?\\s+(?:(?i)(?:also|accidentally|"
                                           "again|just|then|apparently)\\s+)?(?i:%2)(?![\\p{L}])")
                                .arg(escaped.join(QLatin1Char('|')), verbAlternation(m_subjectVerbs));
    m_subject.pattern = QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

QStringList BlamelessLinter::namesFromRoster(const QList<RosterEntry> &roster)
{
    QStringList names;
    auto add = [&names](const QString &name) {
        const QString trimmed = name.trimmed();
        // Initials and one-letter words are too easy to hit by accident.
        if (trimmed.size() >= 2 && trimmed.at(0).isUpper() && !names.contains(trimmed))
            names.append(trimmed);
    };
    for (const RosterEntry &entry : roster) {
        const QString display = entry.participant.displayName;
        add(display);
        const QStringList words = display.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() > 1) {
            add(words.constFirst());
            add(words.constLast());
        }
        for (const ParticipantAlias &alias : entry.participant.aliases)
            if (alias.kind == AliasKind::Name)
                add(alias.value);
    }
    return names;
}

QList<LintHit> BlamelessLinter::check(const QString &text) const
{
    QList<LintHit> hits;
    auto collect = [&](const Rule &rule) {
        if (!rule.pattern.isValid() || rule.pattern.pattern().isEmpty())
            return;
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength() == 0)
                continue;
            const int start = int(match.capturedStart());
            const int end = int(match.capturedEnd());
            const bool overlaps = std::any_of(hits.cbegin(), hits.cend(), [&](const LintHit &hit) {
                return start < hit.start + hit.length && hit.start < end;
            });
            if (!overlaps)
                hits.append({start, end - start, rule.id, rule.message, rule.suggestion});
        }
    };
    // The roster rule first: "Priya forgot to" says more than "forgot to".
    collect(m_subject);
    for (const Rule &rule : m_rules)
        collect(rule);
    std::sort(hits.begin(), hits.end(), [](const LintHit &a, const LintHit &b) { return a.start < b.start; });
    return hits;
}

} // namespace debrief
