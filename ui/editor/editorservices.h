#pragma once

namespace KSyntaxHighlighting {
class Repository;
}

namespace debrief {

class SpellChecker;

/// The one KSyntaxHighlighting repository of the application: loading its 360 definitions
/// and 25 themes costs time and memory, so every editor and highlighter shares it.
[[nodiscard]] KSyntaxHighlighting::Repository &syntaxRepository();

/// The spell checker every editor shares (one Hunspell dictionary in memory). Its personal
/// word list lives in AppDataLocation; the language is set by the DocumentEditor from AppSettings.
[[nodiscard]] SpellChecker &sharedSpellChecker();

} // namespace debrief
