#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

class Hunspell;

namespace debrief {

/// Hunspell behind a Qt interface: one language at a time (Debian keeps its dictionaries in
/// /usr/share/hunspell), a personal word list on disk and words ignored for the session.
/// Answers are cached per word, so re-checking the visible lines after a keystroke is cheap.
class SpellChecker : public QObject
{
    Q_OBJECT
public:
    explicit SpellChecker(QObject *parent = nullptr);
    ~SpellChecker() override;

    /// Folders searched for `<language>.aff` / `.dic`, in order. DEBRIEF_DICTIONARY_PATH
    /// (colon-separated) comes first.
    [[nodiscard]] static QStringList dictionaryDirectories();
    /// Languages with a dictionary installed, e.g. "en_US".
    [[nodiscard]] static QStringList availableLanguages();
    /// The dictionary to start with for a user in @p locale (a QLocale name such as "en_GB"):
    /// that locale's own, else one of its language ("de_AT" → "de_DE"), else en_US, else the
    /// first of @p available; "en_US" when nothing is installed.
    [[nodiscard]] static QString preferredLanguage(const QString &locale, const QStringList &available);
    /// preferredLanguage() for this system's locale and dictionaries.
    [[nodiscard]] static QString defaultLanguage();

    /// Loads the dictionary of @p language; false (and no checking) when it is not installed.
    bool setLanguage(const QString &language);
    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] bool isReady() const { return m_hunspell != nullptr; }

    /// The personal word list: one word per line, created on the first "Add to dictionary".
    void setPersonalDictionary(const QString &path);
    [[nodiscard]] QString personalDictionary() const { return m_personalPath; }

    /// True for known words, and for every word when no dictionary is loaded.
    [[nodiscard]] bool isCorrect(const QString &word) const;
    [[nodiscard]] QStringList suggestions(const QString &word, int maximum = 8) const;

    /// Adds @p word to the personal word list (and the file). False when the file cannot be written.
    bool addToDictionary(const QString &word);
    /// Accepts @p word until the application quits.
    void ignore(const QString &word);

Q_SIGNALS:
    /// The language, the personal list or the ignored words changed: check again.
    void dictionaryChanged();

private:
    [[nodiscard]] std::string encode(const QString &word) const;
    [[nodiscard]] QString decode(const std::string &word) const;

    std::unique_ptr<Hunspell> m_hunspell;
    bool m_utf8 = true;
    QString m_language;
    QString m_personalPath;
    QSet<QString> m_personal;
    QSet<QString> m_ignored;
    mutable QHash<QString, bool> m_cache;
};

} // namespace debrief
