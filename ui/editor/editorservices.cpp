#include "editor/editorservices.h"

#include "editing/spellchecker.h"

#include <KSyntaxHighlighting/Repository>

#include <QCoreApplication>
#include <QStandardPaths>

namespace debrief {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

SpellChecker &sharedSpellChecker()
{
    // Parented to the application so it goes before QCoreApplication does.
    static SpellChecker *checker = [] {
        auto *created = new SpellChecker(QCoreApplication::instance());
        created->setPersonalDictionary(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                       QStringLiteral("/personal-dictionary.txt"));
        return created;
    }();
    return *checker;
}

} // namespace debrief
