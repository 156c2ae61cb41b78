#include "chatham/utf8filereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace debrief {

std::optional<QString> Utf8FileReader::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("debrief::Utf8FileReader", "cannot read %1: %2")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        if (error)
            *error = QCoreApplication::translate("debrief::Utf8FileReader", "%1 is not valid UTF-8 text").arg(path);
        return std::nullopt;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace debrief
