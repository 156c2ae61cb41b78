#include "preview/previewdocument.h"

#include "markdown/siteroot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QVariant>

namespace debrief {

namespace {

/// Local files above this size are not shown (a preview is no image viewer).
constexpr qint64 kMaxResourceBytes = 32 * 1024 * 1024;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (file.size() > kMaxResourceBytes || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

PreviewDocument::PreviewDocument(const QString &documentDirectory, QObject *parent)
    : QTextDocument(parent)
    , m_documentDirectory(documentDirectory)
{}

QVariant PreviewDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    return loadOffline(name, m_documentDirectory);
}

QVariant PreviewDocument::loadOffline(const QUrl &name, const QString &documentDirectory)
{
    const QString scheme = name.scheme().toLower();
    if (scheme == QLatin1String("qrc") || (scheme.isEmpty() && name.path().startsWith(QLatin1Char(':')))) {
        const QString path = scheme.isEmpty() ? name.path() : QLatin1Char(':') + name.path();
        const QByteArray bytes = readFile(path);
        return bytes.isEmpty() ? QVariant() : QVariant(bytes);
    }
    // A host means a network location, even behind file: (file://server/share).
    if ((!scheme.isEmpty() && scheme != QLatin1String("file")) || !name.host().isEmpty())
        return {};
    if (documentDirectory.isEmpty())
        return {};
    const QString path = scheme.isEmpty() ? name.path() : name.toLocalFile();
    if (path.isEmpty())
        return {};
    // The site's top (or the document's folder): nothing outside it loads.
    const QString resolved = SiteRoot::resolve(path, documentDirectory, SiteRoot::of(documentDirectory));
    if (resolved.isEmpty())
        return {};
    const QByteArray bytes = readFile(resolved);
    return bytes.isEmpty() ? QVariant() : QVariant(bytes);
}

} // namespace debrief
