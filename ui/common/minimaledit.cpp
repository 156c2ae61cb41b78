#include "common/minimaledit.h"

#include <QString>
#include <QTextCursor>
#include <QTextDocument>

namespace debrief {

void applyMinimalEdit(QTextDocument *document, const QString &before, const QString &after)
{
    if (before == after)
        return;
    qsizetype prefix = 0;
    const qsizetype shortest = qMin(before.size(), after.size());
    while (prefix < shortest && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shortest - prefix && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(before.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(after.mid(prefix, after.size() - suffix - prefix));
    cursor.endEditBlock();
}

} // namespace debrief
