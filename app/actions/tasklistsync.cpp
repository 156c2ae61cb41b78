#include "actions/tasklistsync.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace debrief {

namespace {

// Beyond this many line × action pairs the fuzzy pass compares each line only with the
// actions around its position (fuzzyWindow either side): comparing every pair is quadratic.
constexpr qsizetype maxFuzzyPairs = 40000;
constexpr qsizetype fuzzyWindow = 12;

QString ownerKey(const std::optional<qint64> &participantId, const QString &text)
{
    if (participantId)
        return QStringLiteral("#") + QString::number(*participantId);
    QString key;
    for (const QChar c : OwnerMatcher::fold(text)) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key;
}

QString ownerKey(const QuickCapture &capture)
{
    if (capture.ownerWritten.isEmpty())
        return {};
    return ownerKey(capture.owner.isMatched() ? capture.owner.participantId : std::nullopt,
                    capture.owner.isMatched() ? capture.owner.displayName : capture.ownerWritten);
}

int levenshtein(const QString &a, const QString &b)
{
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(size_t(b.size()) + 1);
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    const QChar *left = a.constData();
    const QChar *right = b.constData();
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = left[i - 1] == right[j - 1] ? 0 : 1;
            current[size_t(j)] =
                std::min({previous[size_t(j)] + 1, current[size_t(j) - 1] + 1, previous[size_t(j) - 1] + cost});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

/// A title prepared for comparison once, rather than for every pair.
struct TitleInfo
{
    QString key;
    QSet<QString> words;
};

TitleInfo titleInfo(const QString &title)
{
    TitleInfo info{TaskListSync::titleKey(title), {}};
    const QStringList words = info.key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    info.words = QSet<QString>(words.begin(), words.end());
    return info;
}

double similarityOf(const TitleInfo &a, const TitleInfo &b)
{
    if (a.key == b.key)
        return 1.0;
    const qsizetype longest = std::max(a.key.size(), b.key.size());
    if (longest == 0)
        return 1.0;
    // Word overlap catches words inserted in the middle ("add jitter and backoff to retries").
    qsizetype common = 0;
    for (const QString &word : a.words)
        common += b.words.contains(word) ? 1 : 0;
    const qsizetype all = a.words.size() + b.words.size() - common;
    const double byWords = all == 0 ? 0.0 : double(common) / double(all);
    // The edit distance is at least the difference in length: skip it when it cannot win.
    const double charactersAtBest = 1.0 - double(std::abs(a.key.size() - b.key.size())) / double(longest);
    if (charactersAtBest <= byWords)
        return byWords;
    const double byCharacters = 1.0 - double(levenshtein(a.key, b.key)) / double(longest);
    return std::max(byCharacters, byWords);
}

/// Pairs task lines with existing actions; the result maps task index to action index.
QHash<int, int> assign(const QList<DocumentTask> &tasks, const QList<ActionItem> &items)
{
    QList<TitleInfo> taskTitles, itemTitles;
    QList<QString> taskOwners, itemOwners;
    for (const auto &task : tasks) {
        // The title as read (escapes removed), so that `\#12 rollout` is the action "#12 rollout".
        taskTitles.append(titleInfo(task.task.title));
        taskOwners.append(ownerKey(task.task.capture));
    }
    for (const auto &item : items) {
        itemTitles.append(titleInfo(item.title));
        itemOwners.append(item.ownerText.isEmpty() && !item.ownerParticipantId
                              ? QString()
                              : ownerKey(item.ownerParticipantId, item.ownerText));
    }

    QHash<int, int> taskToItem;
    QSet<int> usedItems;
    // Exact passes: a queue of actions per key, taken in tracker order, so equal lines pair
    // with equal actions one to one.
    auto exactPass = [&](bool ownerMustAgree) {
        const QChar separator(0x1F);
        QHash<QString, QList<int>> waiting;
        for (int i = int(items.size()) - 1; i >= 0; --i) {
            if (!usedItems.contains(i))
                waiting[ownerMustAgree ? itemTitles.at(i).key + separator + itemOwners.at(i) : itemTitles.at(i).key]
                    .append(i);
        }
        for (int t = 0; t < tasks.size(); ++t) {
            if (taskToItem.contains(t))
                continue;
            const auto found = waiting.find(ownerMustAgree ? taskTitles.at(t).key + separator + taskOwners.at(t)
                                                           : taskTitles.at(t).key);
            if (found == waiting.end() || found->isEmpty())
                continue;
            const int i = found->takeLast();
            taskToItem.insert(t, i);
            usedItems.insert(i);
        }
    };
    exactPass(true);
    exactPass(false);

    QList<int> freeTasks, freeItems;
    for (int t = 0; t < tasks.size(); ++t) {
        if (!taskToItem.contains(t))
            freeTasks.append(t);
    }
    for (int i = 0; i < items.size(); ++i) {
        if (!usedItems.contains(i))
            freeItems.append(i);
    }
    if (freeTasks.isEmpty() || freeItems.isEmpty())
        return taskToItem;

    struct Pair
    {
        double score;
        bool sameOwner;
        int task;
        int item;
    };
    QList<Pair> pairs;
    auto consider = [&](int t, int i) {
        const double score = similarityOf(taskTitles.at(t), itemTitles.at(i));
        if (score >= TaskListSync::fuzzyThreshold)
            pairs.append(Pair{score, taskOwners.at(t) == itemOwners.at(i), t, i});
    };
    if (freeTasks.size() * freeItems.size() <= maxFuzzyPairs) {
        for (const int t : freeTasks) {
            for (const int i : freeItems)
                consider(t, i);
        }
    } else {
        // Too many for every pair (a search-and-replace over a long list): compare each line
        // with the actions created near the same position, since creation follows the text.
        std::sort(freeItems.begin(), freeItems.end(),
                  [&items](int a, int b) { return items.at(a).id < items.at(b).id; });
        const double scale = double(freeItems.size()) / double(freeTasks.size());
        for (qsizetype n = 0; n < freeTasks.size(); ++n) {
            const qsizetype centre = qsizetype(double(n) * scale);
            const qsizetype from = std::max<qsizetype>(0, centre - fuzzyWindow);
            const qsizetype to = std::min<qsizetype>(freeItems.size(), centre + fuzzyWindow + 1);
            for (qsizetype k = from; k < to; ++k)
                consider(freeTasks.at(n), freeItems.at(k));
        }
    }
    // Best pairs first; ties keep document and tracker order so the outcome is deterministic.
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.sameOwner && !b.sameOwner;
    });
    for (const auto &pair : pairs) {
        if (taskToItem.contains(pair.task) || usedItems.contains(pair.item))
            continue;
        taskToItem.insert(pair.task, pair.item);
        usedItems.insert(pair.item);
    }
    return taskToItem;
}

/// The action @p item with every field its line states.
ActionItem mergedWithLine(const ActionItem &item, const TaskLine &line)
{
    ActionItem merged = item;
    const QuickCapture &capture = line.capture;
    merged.title = line.title;
    if (!capture.ownerWritten.isEmpty()) {
        merged.ownerParticipantId = capture.owner.isMatched() ? capture.owner.participantId : std::nullopt;
        merged.ownerText = capture.owner.isMatched() ? capture.owner.displayName : capture.ownerWritten;
    }
    if (capture.due)
        merged.dueDate = capture.due->date;
    if (capture.priority)
        merged.priority = *capture.priority;
    if (!capture.ticket.isEmpty())
        merged.ticketUrl = capture.ticket;
    // The text says done ([x]), dropped (~~struck through~~) or not yet: an unticked line
    // reopens a closed action, and leaves in progress or blocked alone.
    if (line.dropped)
        merged.status = ActionStatus::Dropped;
    else if (line.done)
        merged.status = ActionStatus::Done;
    else if (isClosed(item.status))
        merged.status = ActionStatus::Open;
    return merged;
}

bool differs(const ActionItem &a, const ActionItem &b)
{
    return a.title != b.title || a.ownerParticipantId != b.ownerParticipantId || a.ownerText != b.ownerText ||
           a.dueDate != b.dueDate || a.priority != b.priority || a.ticketUrl != b.ticketUrl || a.status != b.status;
}

/// Whether @p line opens or closes a code fence, given the fence currently open.
bool isFence(QStringView line, QString &openFence)
{
    const QStringView trimmed = line.trimmed();
    const QChar first = trimmed.isEmpty() ? QChar() : trimmed.front();
    if (first != QLatin1Char('`') && first != QLatin1Char('~'))
        return false;
    qsizetype run = 0;
    while (run < trimmed.size() && trimmed.at(run) == first)
        ++run;
    if (run < 3)
        return false;
    if (openFence.isEmpty()) {
        openFence = QString(run, first);
        return true;
    }
    if (first == openFence.front() && run >= openFence.size() && trimmed.sliced(run).trimmed().isEmpty()) {
        openFence.clear();
        return true;
    }
    return false;
}

} // namespace

QString TaskListSync::titleKey(QStringView title)
{
    QString key;
    for (const QChar c : OwnerMatcher::fold(title)) {
        if (c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('~') || c == QLatin1Char('`'))
            continue;
        key.append(c);
    }
    key = key.simplified();
    while (key.endsWith(QLatin1Char('.')) || key.endsWith(QLatin1Char(' ')))
        key.chop(1);
    return key;
}

double TaskListSync::similarity(const QString &a, const QString &b)
{
    return similarityOf(titleInfo(a), titleInfo(b));
}

QList<DocumentTask> TaskListSync::findTasks(QStringView body, const QDate &today, const OwnerMatcher &roster)
{
    QList<DocumentTask> tasks;
    const QList<QStringView> lines = body.split(QLatin1Char('\n'));
    int first = 0;
    if (!lines.isEmpty() && lines.front().trimmed() == QLatin1String("---")) {
        for (int i = 1; i < lines.size(); ++i) {
            const QStringView marker = lines.at(i).trimmed();
            if (marker == QLatin1String("---") || marker == QLatin1String("...")) {
                first = i + 1;
                break;
            }
        }
    }
    QString openFence;
    for (int i = first; i < lines.size(); ++i) {
        if (isFence(lines.at(i), openFence) || !openFence.isEmpty())
            continue;
        auto task = TaskLine::parse(lines.at(i), today, roster);
        if (task && task->capture.hasTitle() && !TaskLine::isTemplatePlaceholder(lines.at(i)))
            tasks.append(DocumentTask{i, std::move(*task)});
    }
    return tasks;
}

TaskListSyncPlan TaskListSync::plan(const QString &body, const QList<ActionItem> &existing, const QDate &today,
                                    const OwnerMatcher &roster)
{
    TaskListSyncPlan plan;
    const QList<DocumentTask> tasks = findTasks(body, today, roster);
    const QHash<int, int> taskToItem = assign(tasks, existing);

    QStringList lines = body.split(QLatin1Char('\n'));
    QSet<int> matchedItems;
    for (int t = 0; t < tasks.size(); ++t) {
        const DocumentTask &task = tasks.at(t);
        const auto found = taskToItem.constFind(t);
        if (found != taskToItem.constEnd()) {
            const ActionItem &item = existing.at(found.value());
            matchedItems.insert(found.value());
            const ActionItem merged = mergedWithLine(item, task.task);
            if (differs(merged, item))
                plan.updates.append(merged);
            plan.links.append(TaskListSyncPlan::Link{task.line, item.id, -1});
        } else {
            const ActionItem created = mergedWithLine(ActionItem{}, task.task);
            plan.links.append(TaskListSyncPlan::Link{task.line, 0, int(plan.creates.size())});
            plan.creates.append(created);
        }
        if (task.task.capture.due && task.task.capture.due->relative)
            lines[task.line] = TaskLineWriter::withDueDate(lines.at(task.line), task.task.capture.due->date);
    }
    for (int i = 0; i < existing.size(); ++i) {
        if (matchedItems.contains(i) || isClosed(existing.at(i).status))
            continue;
        ActionItem dropped = existing.at(i);
        dropped.status = ActionStatus::Dropped;
        plan.closes.append(dropped);
    }
    plan.body = lines.join(QLatin1Char('\n'));
    plan.bodyChanged = plan.body != body;
    return plan;
}

QString TaskListSync::applyToBody(const QString &body, const QList<ActionItem> &existing, const ActionItem &changed,
                                  const QDate &today, const OwnerMatcher &roster)
{
    const QList<DocumentTask> tasks = findTasks(body, today, roster);
    const QHash<int, int> taskToItem = assign(tasks, existing);
    for (auto it = taskToItem.constBegin(); it != taskToItem.constEnd(); ++it) {
        if (existing.at(it.value()).id != changed.id)
            continue;
        const ActionItem &before = existing.at(it.value());
        const DocumentTask &task = tasks.at(it.key());
        QStringList lines = body.split(QLatin1Char('\n'));
        QString line = lines.at(task.line);
        // Only what the tracker changed is written, so a status change never adds a due date
        // the line did not state.
        if (changed.status != before.status) {
            line = TaskLineWriter::withDone(line, changed.status == ActionStatus::Done);
            line = TaskLineWriter::withDropped(line, changed.status == ActionStatus::Dropped);
        }
        if (changed.dueDate != before.dueDate)
            line = TaskLineWriter::withDueDate(line, changed.dueDate);
        if (changed.priority != before.priority)
            line = TaskLineWriter::withPriority(line, changed.priority);
        // The same participant under a refreshed display name is no change to the text: its
        // token still names them. A participant without a name cannot be written at all.
        const bool ownerChanged = changed.ownerParticipantId != before.ownerParticipantId ||
                                  (!changed.ownerParticipantId && changed.ownerText != before.ownerText);
        // The title is rewritten only when the line does not read as it any more, so an owner
        // change leaves the title's spacing and emphasis as the user wrote them.
        const QString title = changed.title != before.title ? changed.title.simplified() : task.task.title;
        auto readsTitle = [&](const QString &text) {
            const auto reread = TaskLine::parse(text, today, roster);
            return reread && reread->title == title;
        };
        if (ownerChanged && !(changed.ownerParticipantId && changed.ownerText.isEmpty())) {
            QString owned = TaskLineWriter::withOwner(line, changed.ownerText);
            // Removing `@will` from `@will Ping @ana` would make @ana the owner: escape the
            // title's words first, while @will still keeps @ana in the title.
            if (!readsTitle(owned))
                owned = TaskLineWriter::withOwner(TaskLineWriter::withTitle(line, title), changed.ownerText);
            line = owned;
        }
        if (!readsTitle(line))
            line = TaskLineWriter::withTitle(line, title);
        lines[task.line] = line;
        return lines.join(QLatin1Char('\n'));
    }
    return body;
}

} // namespace debrief
