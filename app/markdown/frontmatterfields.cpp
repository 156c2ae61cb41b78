#include "markdown/frontmatterfields.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace debrief {

namespace {

const QString kTitle = QStringLiteral("title");
const QString kTags = QStringLiteral("tags");
const QString kSeverity = QStringLiteral("severity");
const QString kStatus = QStringLiteral("status");
const QString kRule = QStringLiteral("rule");
const QString kIncidentStart = QStringLiteral("incident_start");
const QString kIncidentEnd = QStringLiteral("incident_end");

bool isScalarOrMissing(const FrontMatter &frontMatter, const QString &key)
{
    const auto kind = frontMatter.kind(key);
    return kind == FrontMatter::ValueKind::Scalar || kind == FrontMatter::ValueKind::Null;
}

/// True when a time key can live in a Document field without losing what was written.
bool timeConverts(const FrontMatter &frontMatter, const QString &key)
{
    if (!isScalarOrMissing(frontMatter, key))
        return false;
    const QString text = frontMatter.scalar(key).trimmed();
    return text.isEmpty() || FrontMatterFields::parseDateTime(text).isValid();
}

bool updateTime(FrontMatter &frontMatter, const QString &key, const QDateTime &when)
{
    if (!timeConverts(frontMatter, key))
        return true; // written in a way Debrief cannot read: the extra YAML keeps it as it is
    const QDateTime current = FrontMatterFields::parseDateTime(frontMatter.scalar(key));
    if (current == when || (!current.isValid() && !when.isValid()))
        return true; // the same instant keeps the way it was written
    return frontMatter.setScalar(key, FrontMatterFields::formatDateTime(when));
}

} // namespace

const QStringList &FrontMatterFields::documentKeys()
{
    static const QStringList keys = {kTitle, kTags, kSeverity, kStatus, kRule, kIncidentStart, kIncidentEnd};
    return keys;
}

QDateTime FrontMatterFields::parseDateTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Jekyll's `2024-05-01 14:07:00 +0200` and ISO 8601 with a space instead of the T.
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?)?$"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch())
        return {};
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    QTime time(0, 0);
    if (match.hasCaptured(2)) {
        QString clock = match.captured(2);
        if (clock.indexOf(QLatin1Char(':')) == 1)
            clock.prepend(QLatin1Char('0'));
        time = QTime::fromString(clock, Qt::ISODateWithMs);
    }
    if (!date.isValid() || !time.isValid())
        return {};
    const QString zone = match.captured(3);
    if (zone.isEmpty() || zone == QLatin1String("Z"))
        return QDateTime(date, time, QTimeZone::utc());
    QString digits = zone.mid(1);
    digits.remove(QLatin1Char(':'));
    const int seconds =
        (digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    return QDateTime(date, time, QTimeZone(seconds));
}

QString FrontMatterFields::formatDateTime(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

bool FrontMatterFields::applyTo(const FrontMatter &frontMatter, Document &document)
{
    if (frontMatter.hasError())
        return false;
    QStringList mapped;
    if (isScalarOrMissing(frontMatter, kTitle) && !frontMatter.title().isEmpty()) {
        document.title = frontMatter.title();
        mapped << kTitle;
    }
    const auto tagsKind = frontMatter.kind(kTags);
    if (tagsKind == FrontMatter::ValueKind::Sequence || tagsKind == FrontMatter::ValueKind::Scalar ||
        !frontMatter.contains(kTags)) {
        document.tags = frontMatter.tags();
        mapped << kTags;
    }
    for (const auto &[key, field] : {std::pair{kSeverity, &document.severity}, std::pair{kStatus, &document.status}}) {
        if (isScalarOrMissing(frontMatter, key)) {
            *field = frontMatter.scalar(key);
            mapped << key;
        }
    }
    if (isScalarOrMissing(frontMatter, kRule)) {
        if (const auto rule = ruleFromString(frontMatter.rule())) {
            document.rule = *rule;
            mapped << kRule;
        } else if (frontMatter.rule().isEmpty()) {
            mapped << kRule; // no rule written: the document keeps its own
        }
    }
    if (timeConverts(frontMatter, kIncidentStart)) {
        document.incidentStart = parseDateTime(frontMatter.incidentStart());
        mapped << kIncidentStart;
    }
    if (timeConverts(frontMatter, kIncidentEnd)) {
        document.incidentEnd = parseDateTime(frontMatter.incidentEnd());
        mapped << kIncidentEnd;
    }
    // A value that does not fit its field (a rule Debrief does not know, a nested title ...)
    // stays in the extra YAML, so nothing the author wrote is lost.
    document.frontMatterExtra = frontMatter.yamlWithout(mapped);
    document.body = frontMatter.body();
    return true;
}

FrontMatter FrontMatterFields::toFrontMatter(const Document &document)
{
    QString extra = document.frontMatterExtra;
    if (!extra.isEmpty() && !extra.endsWith(QLatin1Char('\n')))
        extra += QLatin1Char('\n');
    const QString eol = document.body.contains(QLatin1String("\r\n")) ? QStringLiteral("\r\n") : QStringLiteral("\n");
    if (eol != QLatin1String("\n"))
        extra.replace(QRegularExpression(QStringLiteral("(?<!\\r)\\n")), eol);
    // The extra keys lead (Jekyll's `layout` usually comes first) and keep their order.
    FrontMatter frontMatter(QLatin1String("---") + eol + extra + QLatin1String("---") + eol + document.body);
    update(frontMatter, document);
    return frontMatter;
}

bool FrontMatterFields::update(FrontMatter &frontMatter, const Document &document)
{
    if (frontMatter.hasError())
        return false;
    bool ok = frontMatter.setTitle(document.title.trimmed());
    ok = frontMatter.setTags(document.tags) && ok;
    ok = frontMatter.setSeverity(document.severity) && ok;
    ok = frontMatter.setStatus(document.status) && ok;
    const QString writtenRule = frontMatter.rule();
    if (writtenRule.isEmpty() || ruleFromString(writtenRule).has_value())
        ok =
            (ruleFromString(writtenRule) == document.rule || frontMatter.setRule(toStorageString(document.rule))) && ok;
    ok = updateTime(frontMatter, kIncidentStart, document.incidentStart) && ok;
    ok = updateTime(frontMatter, kIncidentEnd, document.incidentEnd) && ok;
    return ok;
}

} // namespace debrief
