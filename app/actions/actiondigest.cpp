#include "actions/actiondigest.h"

#include "actions/actiontext.h"
#include "actions/ownermatcher.h"

#include <QMap>

#include <algorithm>

namespace debrief {

namespace {

struct OwnerGroup
{
    QString name;
    QList<ActionItem> items;
};

bool byDueThenTitle(const ActionItem &a, const ActionItem &b)
{
    if (a.dueDate.isValid() != b.dueDate.isValid())
        return a.dueDate.isValid();
    if (a.dueDate != b.dueDate)
        return a.dueDate < b.dueDate;
    if (a.title != b.title)
        return a.title < b.title;
    return a.id < b.id;
}

} // namespace

QString ActionDigest::toMarkdown(const QList<ActionItem> &items, const OwnerNames &owners, const QDate &today)
{
    // Keyed by folded name so "priya" and "Priya" sort together; the unowned group sorts last.
    QMap<std::pair<bool, QString>, OwnerGroup> groups;
    for (const auto &item : items) {
        if (isClosed(item.status))
            continue;
        const QString name = owners.nameFor(item);
        const bool unowned = name.isEmpty();
        OwnerGroup &group = groups[{unowned, unowned ? QString() : OwnerMatcher::fold(name) + owners.keyFor(item)}];
        group.name = unowned ? OwnerNames::noOwner() : singleLine(name);
        group.items.append(item);
    }

    QString markdown = tr("# Action items as of %1").arg(today.toString(Qt::ISODate)) + QLatin1String("\n");
    if (groups.isEmpty())
        return markdown + QLatin1Char('\n') + tr("No open action items.") + QLatin1Char('\n');

    for (auto &group : groups) {
        std::sort(group.items.begin(), group.items.end(), byDueThenTitle);
        const auto overdue = std::count_if(group.items.begin(), group.items.end(),
                                           [&today](const ActionItem &item) { return item.isOverdue(today); });
        QString heading = tr("%1 — %n open", nullptr, int(group.items.size())).arg(group.name);
        if (overdue > 0)
            heading += tr(", %n overdue", nullptr, int(overdue));
        markdown += QLatin1String("\n## ") + heading + QLatin1String("\n\n");
        for (const auto &item : group.items) {
            QString entry = QLatin1String("- ") + singleLine(item.title);
            if (!item.dueDate.isValid())
                entry += tr(" — no due date");
            else if (item.isOverdue(today))
                entry += tr(" — due %1 (**overdue**)").arg(item.dueDate.toString(Qt::ISODate));
            else if (item.dueDate == today)
                entry += tr(" — due %1 (today)").arg(item.dueDate.toString(Qt::ISODate));
            else
                entry += tr(" — due %1").arg(item.dueDate.toString(Qt::ISODate));
            if (item.status == ActionStatus::InProgress || item.status == ActionStatus::Blocked)
                entry += QStringLiteral(" [%1]").arg(displayName(item.status));
            if (!item.ticketUrl.isEmpty())
                entry += QLatin1Char(' ') + item.ticketUrl;
            markdown += entry + QLatin1Char('\n');
        }
    }
    return markdown;
}

} // namespace debrief
