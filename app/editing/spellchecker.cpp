#include "editing/spellchecker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTextStream>

#include <hunspell.hxx>

#include <algorithm>

namespace debrief {

namespace {
// Hunspell is slow on very long tokens and they are never words anyway.
constexpr int kMaxWordLength = 64;
} // namespace

SpellChecker::SpellChecker(QObject *parent)
    : QObject(parent)
{}

SpellChecker::~SpellChecker() = default;

QStringList SpellChecker::dictionaryDirectories()
{
    QStringList dirs;
    const QString custom = qEnvironmentVariable("DEBRIEF_DICTIONARY_PATH");
    if (!custom.isEmpty())
        dirs += custom.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    dirs << QDir::homePath() + QStringLiteral("/.local/share/hunspell") << QStringLiteral("/usr/share/hunspell")
         << QStringLiteral("/usr/share/myspell") << QStringLiteral("/usr/share/myspell/dicts")
         << QStringLiteral("/usr/local/share/hunspell");
#ifdef DEBRIEF_HUNSPELL_DICT_DIR
    if (!dirs.contains(QStringLiteral(DEBRIEF_HUNSPELL_DICT_DIR)))
        dirs << QStringLiteral(DEBRIEF_HUNSPELL_DICT_DIR);
#endif
    return dirs;
}

QStringList SpellChecker::availableLanguages()
{
    QStringList languages;
    for (const QString &dir : dictionaryDirectories()) {
        const QStringList dics = QDir(dir).entryList({QStringLiteral("*.dic")}, QDir::Files | QDir::Readable);
        for (const QString &dic : dics) {
            const QString language = QFileInfo(dic).completeBaseName();
            // hyph_*, th_* and similar are not spelling dictionaries
            if (!languages.contains(language) &&
                QFileInfo::exists(dir + QLatin1Char('/') + language + QStringLiteral(".aff")))
                languages.append(language);
        }
    }
    languages.sort();
    return languages;
}

QString SpellChecker::preferredLanguage(const QString &locale, const QStringList &available)
{
    const QString fallback = QStringLiteral("en_US");
    if (available.contains(locale))
        return locale;
    const QString language = locale.section(QLatin1Char('_'), 0, 0);
    if (!language.isEmpty() && language != QLatin1String("C")) {
        // A dictionary of the language itself ("de_DE" for "de") before its other variants.
        const QString same = language + QLatin1Char('_') + language.toUpper();
        if (available.contains(same))
            return same;
        for (const QString &candidate : available) {
            if (candidate.section(QLatin1Char('_'), 0, 0) == language)
                return candidate;
        }
    }
    if (available.contains(fallback) || available.isEmpty())
        return fallback;
    return available.constFirst();
}

QString SpellChecker::defaultLanguage()
{
    return preferredLanguage(QLocale::system().name(), availableLanguages());
}

bool SpellChecker::setLanguage(const QString &language)
{
    if (language == m_language && m_hunspell)
        return true;
    m_hunspell.reset();
    m_cache.clear();
    m_language = language;
    for (const QString &dir : dictionaryDirectories()) {
        const QString base = dir + QLatin1Char('/') + language;
        const QString aff = base + QStringLiteral(".aff");
        const QString dic = base + QStringLiteral(".dic");
        if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic))
            continue;
        m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
        m_utf8 = QString::fromStdString(m_hunspell->get_dict_encoding())
                     .compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0;
        for (const QString &word : std::as_const(m_personal))
            m_hunspell->add(encode(word));
        break;
    }
    Q_EMIT dictionaryChanged();
    return m_hunspell != nullptr;
}

void SpellChecker::setPersonalDictionary(const QString &path)
{
    m_personalPath = path;
    m_personal.clear();
    m_cache.clear();
    QFile file(path);
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QTextStream in(&file);
        while (!in.atEnd()) {
            const QString word = in.readLine().trimmed();
            if (!word.isEmpty())
                m_personal.insert(word);
        }
    }
    if (m_hunspell)
        for (const QString &word : std::as_const(m_personal))
            m_hunspell->add(encode(word));
    Q_EMIT dictionaryChanged();
}

std::string SpellChecker::encode(const QString &word) const
{
    if (m_utf8 || !m_hunspell)
        return word.toStdString();
    QStringEncoder encoder(m_hunspell->get_dict_encoding().c_str());
    if (!encoder.isValid())
        return word.toLatin1().toStdString();
    const QByteArray bytes = encoder.encode(word);
    return bytes.toStdString();
}

QString SpellChecker::decode(const std::string &word) const
{
    if (m_utf8 || !m_hunspell)
        return QString::fromStdString(word);
    QStringDecoder decoder(m_hunspell->get_dict_encoding().c_str());
    if (!decoder.isValid())
        return QString::fromLatin1(word.c_str());
    return decoder.decode(QByteArray::fromStdString(word));
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!m_hunspell || word.isEmpty() || word.size() > kMaxWordLength)
        return true;
    if (m_personal.contains(word) || m_ignored.contains(word))
        return true;
    // Acronyms and identifiers (SRE, SEV2, p99, IPv6) are the vocabulary of postmortems,
    // not misspellings; like Kate and LibreOffice, words in capitals or with digits pass.
    const bool hasDigit = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
    if (hasDigit || (word.size() > 1 && word == word.toUpper()))
        return true;
    const auto cached = m_cache.constFind(word);
    if (cached != m_cache.cend())
        return *cached;
    QString normalised = word;
    normalised.replace(QChar(0x2019), QLatin1Char('\'')); // dictionaries spell "don't" with '
    const bool correct = m_hunspell->spell(encode(normalised));
    m_cache.insert(word, correct);
    return correct;
}

QStringList SpellChecker::suggestions(const QString &word, int maximum) const
{
    QStringList result;
    if (!m_hunspell || word.size() > kMaxWordLength)
        return result;
    for (const std::string &s : m_hunspell->suggest(encode(word))) {
        result.append(decode(s));
        if (result.size() >= maximum)
            break;
    }
    return result;
}

bool SpellChecker::addToDictionary(const QString &word)
{
    if (word.isEmpty() || m_personal.contains(word))
        return true;
    if (m_personalPath.isEmpty())
        return false;
    QDir().mkpath(QFileInfo(m_personalPath).absolutePath());
    QStringList words(m_personal.cbegin(), m_personal.cend());
    words.append(word);
    words.sort(Qt::CaseInsensitive);
    QSaveFile file(m_personalPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    file.write(words.join(QLatin1Char('\n')).toUtf8() + '\n');
    if (!file.commit())
        return false;
    m_personal.insert(word);
    if (m_hunspell)
        m_hunspell->add(encode(word));
    m_cache.remove(word);
    Q_EMIT dictionaryChanged();
    return true;
}

void SpellChecker::ignore(const QString &word)
{
    m_ignored.insert(word);
    m_cache.remove(word);
    Q_EMIT dictionaryChanged();
}

} // namespace debrief
