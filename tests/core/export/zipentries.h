#pragma once
// A tiny ZIP reader for the ODT tests: stored and deflated entries via zlib. Qt's QZipReader
// is private API, and `unzip` may not be installed.

#include <QByteArray>
#include <QMap>
#include <QString>

#include <zlib.h>

namespace debrief::test {

inline quint32 le32(const QByteArray &data, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData() + at);
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

inline quint16 le16(const QByteArray &data, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData() + at);
    return quint16(p[0] | p[1] << 8);
}

inline QByteArray inflateRaw(const QByteArray &compressed, qsizetype expectedSize)
{
    QByteArray out(expectedSize, '\0');
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int status = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    return status == Z_STREAM_END ? out : QByteArray();
}

/// Every entry of a ZIP archive by name; empty when it is not one.
inline QMap<QString, QByteArray> zipEntries(const QByteArray &zip)
{
    QMap<QString, QByteArray> entries;
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0 || end + 22 > zip.size())
        return entries;
    const int count = le16(zip, end + 10);
    qsizetype at = le32(zip, end + 16);
    for (int i = 0; i < count && at + 46 <= zip.size(); ++i) {
        if (le32(zip, at) != 0x02014b50)
            break;
        const int method = le16(zip, at + 10);
        const qsizetype compressedSize = le32(zip, at + 20);
        const qsizetype size = le32(zip, at + 24);
        const int nameLength = le16(zip, at + 28);
        const int extraLength = le16(zip, at + 30);
        const int commentLength = le16(zip, at + 32);
        const qsizetype local = le32(zip, at + 42);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        const qsizetype dataStart = local + 30 + le16(zip, local + 26) + le16(zip, local + 28);
        const QByteArray data = zip.mid(dataStart, compressedSize);
        entries.insert(name, method == 0 ? data : method == 8 ? inflateRaw(data, size) : QByteArray());
        at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

} // namespace debrief::test
