#pragma once

#include "model/document.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace debrief {

/// One Markdown file read for import, or the reason it cannot be.
struct MarkdownFile
{
    QString path;
    /// Fields from the front matter (unknown keys in frontMatterExtra), body, slug and title.
    Document document;
    /// The decoded text (line endings made `\n`).
    QString text;
    /// SHA-256 of the file's bytes, in hex: tells an unchanged file from an edited one.
    QString contentHash;
    /// The post's day: the front matter's `date`, else a Jekyll file name's `YYYY-MM-DD-`.
    QDate date;
    /// Empty when the file was read; otherwise a translated reason naming the file.
    QString error;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

/// Reads a Markdown file (a Jekyll post or any other) into a notebook Document. Refuses, with
/// a reason, what is not a Markdown text: binary files, invalid UTF-8 (with byte offset and
/// line), files over maxSize, unreadable files and front matter that is not valid YAML.
class MarkdownFileReader
{
    Q_DECLARE_TR_FUNCTIONS(debrief::MarkdownFileReader)
public:
    /// Larger files are refused: no postmortem is that long, and the editor would suffer.
    static constexpr qint64 maxSize = 8 * 1024 * 1024;

    [[nodiscard]] static MarkdownFile read(const QString &path);
    /// Reads @p bytes as if they were the file at @p path.
    [[nodiscard]] static MarkdownFile parse(const QString &path, const QByteArray &bytes);
};

} // namespace debrief
