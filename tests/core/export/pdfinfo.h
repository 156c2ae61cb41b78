#pragma once
// Reads string entries of a PDF's information dictionary (/Title, /Creator, /Author ...) from
// the file bytes: literal `( ... )` strings with escapes and `< ... >` hex strings, UTF-16BE
// (with its byte order mark) or PDFDocEncoding read as Latin-1.

#include <QByteArray>
#include <QString>

#include <optional>

namespace debrief::test {

inline QString decodePdfString(const QByteArray &raw)
{
    if (raw.startsWith("\xFE\xFF")) {
        QString text;
        for (qsizetype i = 2; i + 1 < raw.size(); i += 2)
            text.append(QChar(ushort((uchar(raw.at(i)) << 8) | uchar(raw.at(i + 1)))));
        return text;
    }
    return QString::fromLatin1(raw);
}

/// The value of @p key (e.g. "/Creator") in the first dictionary that has it, if any.
inline std::optional<QString> pdfInfoString(const QByteArray &pdf, const QByteArray &key)
{
    qsizetype at = pdf.indexOf(QByteArray(key + ' '));
    if (at < 0)
        at = pdf.indexOf(QByteArray(key + '('));
    if (at < 0)
        return std::nullopt;
    at += key.size();
    while (at < pdf.size() && pdf.at(at) == ' ')
        ++at;
    QByteArray raw;
    if (at < pdf.size() && pdf.at(at) == '<') {
        const qsizetype end = pdf.indexOf('>', at);
        raw = QByteArray::fromHex(pdf.mid(at + 1, end - at - 1));
    } else if (at < pdf.size() && pdf.at(at) == '(') {
        int depth = 1;
        for (++at; at < pdf.size() && depth > 0; ++at) {
            const char c = pdf.at(at);
            if (c == '\\' && at + 1 < pdf.size()) {
                const char next = pdf.at(++at);
                if (next >= '0' && next <= '7') {
                    int value = 0;
                    int digits = 0;
                    while (digits < 3 && at < pdf.size() && pdf.at(at) >= '0' && pdf.at(at) <= '7') {
                        value = value * 8 + (pdf.at(at) - '0');
                        ++at;
                        ++digits;
                    }
                    --at;
                    raw.append(char(value));
                } else {
                    raw.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next == 't' ? '\t' : next);
                }
            } else if (c == '(') {
                ++depth;
                raw.append(c);
            } else if (c == ')') {
                if (--depth > 0)
                    raw.append(c);
            } else {
                raw.append(c);
            }
        }
    } else {
        return QString();
    }
    return decodePdfString(raw);
}

} // namespace debrief::test
