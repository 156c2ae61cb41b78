#include "settings/appsettings.h"

#include "editing/spellchecker.h"

#include <QSettings>

namespace debrief {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLastNotebook = QStringLiteral("notebook/last");
const QString kLastDocument = QStringLiteral("notebook/lastDocument");
const QString kTeamNotebook = QStringLiteral("notebook/team");
const QString kRecentFiles = QStringLiteral("files/recent");
const QString kEditorTheme = QStringLiteral("editor/theme");
const QString kSpellLanguage = QStringLiteral("editor/spellLanguage");
const QString kLintEnabled = QStringLiteral("editor/lintEnabled");
const QString kMyName = QStringLiteral("actions/myName");
} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(new QSettings(this))
{}

AppSettings::AppSettings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(new QSettings(fileName, QSettings::IniFormat, this))
{}

AppSettings::~AppSettings() = default;

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}

QString AppSettings::lastNotebook() const
{
    return m_settings->value(kLastNotebook).toString();
}

void AppSettings::setLastNotebook(const QString &path)
{
    if (path == lastNotebook())
        return;
    m_settings->setValue(kLastNotebook, path);
    Q_EMIT lastNotebookChanged(path);
}

QString AppSettings::teamNotebook() const
{
    return m_settings->value(kTeamNotebook).toString();
}

void AppSettings::setTeamNotebook(const QString &location)
{
    if (location.isEmpty())
        m_settings->remove(kTeamNotebook);
    else
        m_settings->setValue(kTeamNotebook, location);
}

qint64 AppSettings::lastDocumentId() const
{
    return m_settings->value(kLastDocument, 0).toLongLong();
}

void AppSettings::setLastDocumentId(qint64 id)
{
    m_settings->setValue(kLastDocument, id);
}

QString AppSettings::editorTheme() const
{
    return m_settings->value(kEditorTheme).toString();
}

void AppSettings::setEditorTheme(const QString &name)
{
    if (name == editorTheme())
        return;
    m_settings->setValue(kEditorTheme, name);
    Q_EMIT editorThemeChanged(name);
}

QString AppSettings::spellLanguage() const
{
    // Until the user picks one: the dictionary of their locale, so en_GB users are not told
    // that "behaviour" is a typo.
    return m_settings->value(kSpellLanguage, SpellChecker::defaultLanguage()).toString();
}

void AppSettings::setSpellLanguage(const QString &language)
{
    if (language == spellLanguage())
        return;
    m_settings->setValue(kSpellLanguage, language);
    Q_EMIT spellLanguageChanged(language);
}

bool AppSettings::lintEnabled() const
{
    return m_settings->value(kLintEnabled, true).toBool();
}

void AppSettings::setLintEnabled(bool enabled)
{
    if (enabled == lintEnabled())
        return;
    m_settings->setValue(kLintEnabled, enabled);
    Q_EMIT lintEnabledChanged(enabled);
}

QString AppSettings::myName() const
{
    return m_settings->value(kMyName).toString();
}

void AppSettings::setMyName(const QString &name)
{
    if (name == myName())
        return;
    m_settings->setValue(kMyName, name);
    Q_EMIT myNameChanged(name);
}

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(kRecentFiles).toStringList();
}

void AppSettings::setRecentFiles(const QStringList &paths)
{
    if (paths == recentFiles())
        return;
    m_settings->setValue(kRecentFiles, paths);
    Q_EMIT recentFilesChanged(paths);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace debrief
