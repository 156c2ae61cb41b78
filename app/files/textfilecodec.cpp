#include "files/textfilecodec.h"

namespace debrief {

namespace {

const QByteArray kBom("\xEF\xBB\xBF");

void locate(const QByteArray &bytes, qsizetype offset, DecodedText &decoded)
{
    decoded.errorOffset = offset;
    const QByteArrayView before(bytes.constData(), offset);
    decoded.errorLine = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    decoded.errorColumn = int(offset - lineStart) + 1;
}

} // namespace

qsizetype TextFileCodec::firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char min = 0x80;
        unsigned char max = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                min = 0xA0; // overlong
            else if (lead == 0xED)
                max = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                min = 0x90; // overlong
            else if (lead == 0xF4)
                max = 0x8F; // past U+10FFFF
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (data[i + 1] < min || data[i + 1] > max)
            return i;
        for (int k = 2; k < length; ++k) {
            if (data[i + k] < 0x80 || data[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

DecodedText TextFileCodec::decode(const QByteArray &bytes)
{
    DecodedText decoded;
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        decoded.problem = DecodedText::Problem::Binary;
        locate(bytes, nul, decoded);
        return decoded;
    }
    const qsizetype invalid = firstInvalidUtf8(bytes);
    if (invalid >= 0) {
        decoded.problem = DecodedText::Problem::InvalidUtf8;
        locate(bytes, invalid, decoded);
        return decoded;
    }
    decoded.byteOrderMark = bytes.startsWith(kBom);
    QString text = QString::fromUtf8(decoded.byteOrderMark ? bytes.mid(kBom.size()) : bytes);
    // The majority decides a file with mixed endings; saving makes it consistent.
    const qsizetype crlf = text.count(QLatin1String("\r\n"));
    const qsizetype lf = text.count(QLatin1Char('\n')) - crlf;
    decoded.lineEnding = crlf > lf ? LineEnding::CrLf : LineEnding::Lf;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    decoded.text = text;
    return decoded;
}

QByteArray TextFileCodec::encode(const QString &text, bool byteOrderMark, LineEnding lineEnding)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (lineEnding == LineEnding::CrLf)
        normalised.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    QByteArray bytes = normalised.toUtf8();
    if (byteOrderMark)
        bytes.prepend(kBom);
    return bytes;
}

QString TextFileCodec::describe(const DecodedText &decoded, const QString &path)
{
    switch (decoded.problem) {
    case DecodedText::Problem::None:
        return {};
    case DecodedText::Problem::Binary:
        return tr("%1 is a binary file (a NUL byte at byte %2, line %3), not Markdown text")
            .arg(path)
            .arg(decoded.errorOffset)
            .arg(decoded.errorLine);
    case DecodedText::Problem::InvalidUtf8:
        return tr("%1 is not valid UTF-8: invalid byte at offset %2 (line %3, column %4); convert it to UTF-8 "
                  "first")
            .arg(path)
            .arg(decoded.errorOffset)
            .arg(decoded.errorLine)
            .arg(decoded.errorColumn);
    }
    return {};
}

} // namespace debrief
