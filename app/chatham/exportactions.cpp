#include "chatham/exportactions.h"

#include "actions/taskline.h"

namespace debrief {

QString ExportActions::appendix(const QList<ActionItem> &actions, const QHash<qint64, QString> &rosterNames)
{
    QStringList lines;
    for (const ActionItem &action : actions) {
        if (action.fromTaskLine)
            continue; // already in the text, where the anonymiser sees it
        ActionItem shown = action;
        shown.ownerText.clear();
        shown.ticketUrl.clear(); // tracker URLs can carry user names
        QString line = TaskLineWriter::format(shown);
        const QString owner = action.ownerParticipantId ? rosterNames.value(*action.ownerParticipantId) : QString();
        if (!owner.isEmpty())
            line += QStringLiteral(" — ") + tr("owner: %1").arg(owner);
        lines.append(line);
    }
    if (lines.isEmpty())
        return {};
    return QLatin1String("## ") + tr("Action items") + QLatin1String("\n\n") + lines.join(QLatin1Char('\n')) +
           QLatin1Char('\n');
}

QString ExportActions::withActions(const QString &markdown, const QList<ActionItem> &actions,
                                   const QHash<qint64, QString> &rosterNames)
{
    const QString extra = appendix(actions, rosterNames);
    if (extra.isEmpty())
        return markdown;
    QString result = markdown;
    while (result.endsWith(QLatin1Char('\n')))
        result.chop(1);
    return result + QLatin1String("\n\n") + extra;
}

} // namespace debrief
