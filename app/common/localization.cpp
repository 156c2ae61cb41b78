#include "common/localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace debrief {

namespace {

// Marks our translators so a second call (tests, a language switch) replaces them
// instead of stacking another set on top.
const char *const translatorTag = "debrief-translator";

bool installTranslator(QCoreApplication &app, const QLocale &locale, const QString &name, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>(&app);
    // QTranslator::load(locale, ...) walks the locale's UI languages, so de_AT finds debrief_de.
    if (!translator->load(locale, name, QStringLiteral("_"), directory))
        return false;
    translator->setObjectName(QLatin1String(translatorTag));
    QCoreApplication::installTranslator(translator.release());
    return true;
}

} // namespace

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    const QList<QTranslator *> previous = app.findChildren<QTranslator *>(QLatin1String(translatorTag));
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    // Qt's own strings (standard dialogs, context menus) are optional: not every system
    // ships them, and Debrief works without.
    installTranslator(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (installTranslator(app, locale, QStringLiteral("debrief"), QStringLiteral(":/i18n")))
        return true;
    // No translation for this language: English, whose file gives the plural forms
    // ("1 file", "2 files") that the source strings write as "%n file(s)".
    installTranslator(app, QLocale(QLocale::English), QStringLiteral("debrief"), QStringLiteral(":/i18n"));
    return false;
}

} // namespace debrief
