#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

class QSettings;

namespace debrief {

/// The only place that reads or writes QSettings: a typed getter, setter and change
/// signal per setting. Secrets never go here (they live in the keychain).
class AppSettings : public QObject
{
    Q_OBJECT
public:
    /// Uses the application's default settings file.
    explicit AppSettings(QObject *parent = nullptr);
    /// Uses the INI file at @p fileName (tests, portable installs).
    explicit AppSettings(const QString &fileName, QObject *parent = nullptr);
    ~AppSettings() override;

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /// The notebook opened last, empty for the default location.
    [[nodiscard]] QString lastNotebook() const;
    void setLastNotebook(const QString &path);

    /// The team notebook's address (postgresql://user@host:port/db?sslmode=…), empty when none
    /// is set up. The password is never here: it lives in the keychain or is asked each time.
    [[nodiscard]] QString teamNotebook() const;
    void setTeamNotebook(const QString &location);

    /// The document shown when the notebook was closed (0 for none).
    [[nodiscard]] qint64 lastDocumentId() const;
    void setLastDocumentId(qint64 id);

    /// Editor colour theme (a KSyntaxHighlighting theme name); empty follows the palette.
    [[nodiscard]] QString editorTheme() const;
    void setEditorTheme(const QString &name);
    /// Spell-checking language (a Hunspell dictionary name such as "en_US"); empty turns it off.
    [[nodiscard]] QString spellLanguage() const;
    void setSpellLanguage(const QString &language);
    /// Whether the editor underlines wording that blames a person.
    [[nodiscard]] bool lintEnabled() const;
    void setLintEnabled(bool enabled);

    /// Who "mine" means in the action tracker: a name as on the roster; empty when unset.
    [[nodiscard]] QString myName() const;
    void setMyName(const QString &name);

    /// Markdown files opened in place, newest first (absolute paths).
    [[nodiscard]] QStringList recentFiles() const;
    void setRecentFiles(const QStringList &paths);

    void sync();

Q_SIGNALS:
    void lastNotebookChanged(const QString &path);
    void recentFilesChanged(const QStringList &paths);
    void editorThemeChanged(const QString &name);
    void spellLanguageChanged(const QString &language);
    void lintEnabledChanged(bool enabled);
    void myNameChanged(const QString &name);

private:
    QSettings *m_settings;
};

} // namespace debrief
