#include "markdown/slug.h"

namespace debrief {

namespace {

/// Letters NFKD does not decompose into ASCII.
QString foldSpecial(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: // ß
        return QStringLiteral("ss");
    case 0x00E6: // æ
    case 0x00C6:
        return QStringLiteral("ae");
    case 0x0153: // œ
    case 0x0152:
        return QStringLiteral("oe");
    case 0x00F8: // ø
    case 0x00D8:
        return QStringLiteral("o");
    case 0x0111: // đ
    case 0x0110:
    case 0x00F0: // ð
    case 0x00D0:
        return QStringLiteral("d");
    case 0x0142: // ł
    case 0x0141:
        return QStringLiteral("l");
    case 0x00FE: // þ
    case 0x00DE:
        return QStringLiteral("th");
    case 0x0131: // dotless ı
        return QStringLiteral("i");
    default:
        return {};
    }
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x02BC);
}

} // namespace

QString Slug::fromTitle(QStringView title, int maxLength, const QString &fallback)
{
    const QString decomposed = title.toString().normalized(QString::NormalizationForm_KD);
    QString slug;
    slug.reserve(decomposed.size());
    bool pendingDash = false;
    auto append = [&](const QString &ascii) {
        if (pendingDash && !slug.isEmpty())
            slug += QLatin1Char('-');
        pendingDash = false;
        slug += ascii;
    };
    for (const QChar c : decomposed) {
        if (c.isMark() || isApostrophe(c))
            continue; // accents fold away; "don't" becomes "dont", not "don-t"
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            append(QString(c.toLower()));
            continue;
        }
        const QString special = foldSpecial(c);
        if (!special.isEmpty())
            append(special);
        else if (c.isLetterOrNumber() && !c.isSurrogate())
            append(QString(c.toLower())); // a title in another script keeps its words
        else
            pendingDash = true;
    }
    if (slug.size() > maxLength) {
        const qsizetype cut = slug.lastIndexOf(QLatin1Char('-'), maxLength);
        slug.truncate(cut > maxLength / 2 ? cut : maxLength);
        while (slug.endsWith(QLatin1Char('-')))
            slug.chop(1);
    }
    return slug.isEmpty() ? fallback : slug;
}

} // namespace debrief
