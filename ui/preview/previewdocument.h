#pragma once

#include <QTextDocument>

namespace debrief {

/// The QTextDocument a preview shows. Resources load offline only: files inside the Markdown
/// document's folder and Qt resources (":/..." or qrc:). Anything else (http, https, ftp,
/// //host, a file outside the folder) is refused, so showing a preview never causes a
/// network request nor reveals other files.
class PreviewDocument : public QTextDocument
{
    Q_OBJECT
public:
    /// @p documentDirectory: the Markdown file's folder; empty allows no local files at all.
    explicit PreviewDocument(const QString &documentDirectory, QObject *parent = nullptr);

    [[nodiscard]] const QString &documentDirectory() const { return m_documentDirectory; }

    /// The policy, shared with MarkdownPreview::loadResource: the bytes of an allowed
    /// resource (a local file inside the document's SiteRoot), an empty QVariant otherwise.
    [[nodiscard]] static QVariant loadOffline(const QUrl &name, const QString &documentDirectory);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    QString m_documentDirectory;
};

} // namespace debrief
