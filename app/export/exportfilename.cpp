#include "export/exportfilename.h"

#include "markdown/slug.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace debrief {

bool ExportFileName::isReserved(const QString &baseName)
{
    static const QRegularExpression reserved(QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])$"),
                                             QRegularExpression::CaseInsensitiveOption);
    return reserved.match(baseName).hasMatch();
}

QString ExportFileName::safeSlug(const QString &title)
{
    // Slug::fromTitle leaves only letters, digits and '-', so no separator, dot or `..` survives.
    QString slug = Slug::fromTitle(title);
    if (isReserved(slug))
        slug += QLatin1String("-export");
    return slug;
}

QString ExportFileName::unique(const QString &name, QSet<QString> &taken)
{
    const QFileInfo info(name);
    const QString dir = info.path() == QLatin1String(".") ? QString() : info.path() + QLatin1Char('/');
    QString candidate = name;
    for (int n = 2; taken.contains(candidate.toLower()); ++n)
        candidate = QStringLiteral("%1%2-%3.%4").arg(dir, info.completeBaseName()).arg(n).arg(info.suffix());
    taken.insert(candidate.toLower());
    return candidate;
}

QString ExportFileName::jekyllPost(const QString &title, const QDate &date)
{
    const QDate day = date.isValid() ? date : QDate::currentDate();
    return day.toString(Qt::ISODate) + QLatin1Char('-') + safeSlug(title) + QLatin1String(".md");
}

QString ExportFileName::forTitle(const QString &title, const QString &suffix)
{
    return safeSlug(title) + QLatin1Char('.') + suffix;
}

} // namespace debrief
