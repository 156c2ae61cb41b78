#include "storage/notebooklocation.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace debrief {

std::optional<NotebookLocation> NotebookLocation::parse(const QString &text, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<NotebookLocation> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("No notebook was given."));
    if (!trimmed.startsWith(QLatin1String("postgresql://")) && !trimmed.startsWith(QLatin1String("postgres://")))
        return sqlite(trimmed);

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return fail(tr("“%1” is not a valid postgresql:// address: %2").arg(trimmed, url.errorString()));
    if (!url.password().isEmpty())
        return fail(tr("Do not put the password in the notebook address: Debrief keeps it in the system keychain "
                       "(or reads PGPASSWORD)."));
    NotebookLocation location;
    location.kind = Kind::Postgres;
    location.host = url.host();
    location.port = url.port(5432);
    location.database = url.path().mid(1);
    location.user = url.userName();
    location.sslMode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    if (location.host.isEmpty())
        return fail(tr("The address “%1” names no server.").arg(trimmed));
    if (location.database.isEmpty() || location.database.contains(QLatin1Char('/')))
        return fail(tr("The address “%1” names no database: add /DATABASE after the server.").arg(trimmed));
    static const QStringList sslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                         QStringLiteral("prefer"),    QStringLiteral("require"),
                                         QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!location.sslMode.isEmpty() && !sslModes.contains(location.sslMode))
        return fail(
            tr("Unknown sslmode “%1”; use one of: %2.").arg(location.sslMode, sslModes.join(QStringLiteral(", "))));
    return location;
}

NotebookLocation NotebookLocation::sqlite(const QString &path)
{
    NotebookLocation location;
    location.kind = Kind::Sqlite;
    location.path = path;
    return location;
}

QString NotebookLocation::toString() const
{
    if (kind == Kind::Sqlite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString();
}

QString NotebookLocation::secretKey() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace debrief
