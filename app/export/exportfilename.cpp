#include "export/exportfilename.h"

#include "markdown/slug.h"

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
    // Slug::fromTitle leaves only [a-z0-9-], so no separator, dot or `..` survives.
    QString slug = Slug::fromTitle(title);
    if (isReserved(slug))
        slug += QLatin1String("-export");
    return slug;
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
