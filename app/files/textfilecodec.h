#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace debrief {

/// How a text file ends its lines.
enum class LineEnding
{
    Lf,
    CrLf
};

/// A text file's bytes read as UTF-8: the text with its line endings made `\n`, and what
/// is needed to write it back byte for byte (byte order mark, line ending). Anything that is
/// not UTF-8 text is refused with the place where it stops being text.
struct DecodedText
{
    enum class Problem
    {
        None,
        Binary,     ///< a NUL byte: not a text file
        InvalidUtf8 ///< bytes that are not UTF-8
    };

    Problem problem = Problem::None;
    QString text; ///< line endings normalised to `\n`, no byte order mark
    bool byteOrderMark = false;
    LineEnding lineEnding = LineEnding::Lf;
    qsizetype errorOffset = -1; ///< byte offset of the NUL or invalid byte
    int errorLine = 0;          ///< its 1-based line
    int errorColumn = 0;        ///< its 1-based byte column

    [[nodiscard]] bool ok() const { return problem == Problem::None; }
};

/// Decodes and encodes the Markdown files Debrief reads and writes in place.
class TextFileCodec
{
    Q_DECLARE_TR_FUNCTIONS(debrief::TextFileCodec)
public:
    [[nodiscard]] static DecodedText decode(const QByteArray &bytes);
    /// @p text with `\n` line endings as bytes: the given line ending and optional BOM.
    [[nodiscard]] static QByteArray encode(const QString &text, bool byteOrderMark, LineEnding lineEnding);
    /// Offset of the first byte that makes @p bytes invalid UTF-8 (overlong forms, surrogates
    /// and values past U+10FFFF included), or -1 when all of it is valid.
    [[nodiscard]] static qsizetype firstInvalidUtf8(QByteArrayView bytes);
    /// A translated one-line reason for a problem, naming @p path, the byte offset and line.
    [[nodiscard]] static QString describe(const DecodedText &decoded, const QString &path);
};

} // namespace debrief
