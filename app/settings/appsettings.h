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

    void sync();

Q_SIGNALS:
    void lastNotebookChanged(const QString &path);

private:
    QSettings *m_settings;
};

} // namespace debrief
