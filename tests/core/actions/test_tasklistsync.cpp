#include "actions/tasklistsync.h"
#include "rosterfixture.h"

#include <QTest>

using namespace debrief;

/// Markdown task lines ↔ tracker, both ways, over edits, deletions, reordering, reloads and undo.
class TestTaskListSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sequence_data();
    void sequence();
    void relativeDatesArePinned();
    void fieldsTheLineDoesNotStateKeepTrackerValues();
    void linksPointAtLines();
    void templatePlaceholdersAreNotActions();
    void bulkEditKeepsEveryAction();
    void similarity();
    void trackerChangesTickTheBox_data();
    void trackerChangesTickTheBox();
    void trackerChangeFindsTheRightTwin();
    void trackerEditsAreWrittenToTheLine_data();
    void trackerEditsAreWrittenToTheLine();
    void applyToBodyUsesTheActionBeforeTheChange();
};

namespace {

const QDate wednesday(2026, 11, 18);

/// A tracker in memory that applies sync plans as the application does (closes confirmed).
struct Tracker
{
    QList<ActionItem> items;
    qint64 nextId = 1;
    OwnerMatcher roster{test::sampleRoster()};

    TaskListSyncPlan sync(const QString &body, const QDate &today = wednesday)
    {
        const TaskListSyncPlan plan = TaskListSync::plan(body, items, today, roster);
        for (ActionItem created : plan.creates) {
            created.id = nextId++;
            created.documentId = 7;
            items.append(created);
        }
        for (const auto &changed : plan.updates + plan.closes) {
            for (auto &item : items) {
                if (item.id == changed.id)
                    item = changed;
            }
        }
        return plan;
    }

    ActionItem byTitle(const QString &title) const
    {
        for (const auto &item : items) {
            if (item.title == title)
                return item;
        }
        return {};
    }

    /// "title|status|owner|due", sorted, for readable comparisons.
    QStringList summary() const
    {
        QStringList lines;
        for (const auto &item : items) {
            lines.append(QStringList{item.title, toStorageString(item.status), item.ownerText,
                                     item.dueDate.toString(Qt::ISODate)}
                             .join(QLatin1Char('|')));
        }
        lines.sort();
        return lines;
    }
};

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList result;
    for (const char *text : texts)
        result.append(QString::fromUtf8(text));
    return result;
}

QString lines(std::initializer_list<const char *> texts)
{
    QStringList result;
    for (const char *text : texts)
        result.append(QString::fromUtf8(text));
    return result.join(QLatin1Char('\n'));
}

} // namespace

void TestTaskListSync::sequence_data()
{
    QTest::addColumn<QStringList>("bodies"); // synced one after the other
    QTest::addColumn<int>("creates");        // of the last sync
    QTest::addColumn<int>("updates");
    QTest::addColumn<int>("closes");
    QTest::addColumn<QStringList>("tracker"); // after the last sync

    const QString notes =
        lines({"# Retry storm", "", "Action items:", "", "- [ ] Add jitter to retries @priya due:2026-12-01 !high",
               "- [ ] Write the runbook @will", "- [x] Page the vendor @jose", "", "Some closing words."});
    const QStringList initial = strings({"Add jitter to retries|open|Priya Sharma|2026-12-01",
                                         "Page the vendor|done|José Álvarez|", "Write the runbook|open|Will Jones|"});

    QTest::newRow("first read creates every line") << QStringList{notes} << 3 << 0 << 0 << initial;
    QTest::newRow("reading the same text again changes nothing") << QStringList{notes, notes} << 0 << 0 << 0 << initial;
    QTest::newRow("importing it a third time changes nothing")
        << QStringList{notes, notes, notes} << 0 << 0 << 0 << initial;
    QString reordered = notes;
    reordered.replace(QStringLiteral("- [ ] Write the runbook @will\n- [x] Page the vendor @jose"),
                      QStringLiteral("- [x] Page the vendor @jose\n- [ ] Write the runbook @will"));
    reordered.replace(QStringLiteral("- [ ] Add jitter to retries @priya due:2026-12-01 !high\n"), QString());
    reordered.append(QStringLiteral("\n* [ ] Add jitter to retries @priya due:2026-12-01 !high"));
    QTest::newRow("reordered lines change nothing") << QStringList{notes, reordered} << 0 << 0 << 0 << initial;

    QString edited = notes;
    edited.replace(QStringLiteral("Add jitter to retries"), QStringLiteral("Add jitter and backoff to retries"));
    QTest::newRow("an edited title updates its action")
        << QStringList{notes, edited} << 0 << 1 << 0
        << strings({"Add jitter and backoff to retries|open|Priya Sharma|2026-12-01",
                    "Page the vendor|done|José Álvarez|", "Write the runbook|open|Will Jones|"});

    QString fixedTypo = notes;
    fixedTypo.replace(QStringLiteral("Write the runbook"), QStringLiteral("Write the run-book."));
    QTest::newRow("a small edit with owner kept updates")
        << QStringList{notes, fixedTypo} << 0 << 1 << 0
        << strings({"Add jitter to retries|open|Priya Sharma|2026-12-01", "Page the vendor|done|José Álvarez|",
                    "Write the run-book.|open|Will Jones|"});

    QString editedAndMoved = reordered;
    editedAndMoved.replace(QStringLiteral("Write the runbook"), QStringLiteral("Write the incident runbook"));
    QTest::newRow("edited and moved at once")
        << QStringList{notes, editedAndMoved} << 0 << 1 << 0
        << strings({"Add jitter to retries|open|Priya Sharma|2026-12-01", "Page the vendor|done|José Álvarez|",
                    "Write the incident runbook|open|Will Jones|"});

    QString ticked = notes;
    ticked.replace(QStringLiteral("- [ ] Write"), QStringLiteral("- [X] Write"));
    QTest::newRow("ticking a box closes the action")
        << QStringList{notes, ticked} << 0 << 1 << 0
        << strings({"Add jitter to retries|open|Priya Sharma|2026-12-01", "Page the vendor|done|José Álvarez|",
                    "Write the runbook|done|Will Jones|"});

    QString unticked = notes;
    unticked.replace(QStringLiteral("- [x] Page"), QStringLiteral("- [ ] Page"));
    QTest::newRow("unticking reopens a done action")
        << QStringList{notes, unticked} << 0 << 1 << 0
        << strings({"Add jitter to retries|open|Priya Sharma|2026-12-01", "Page the vendor|open|José Álvarez|",
                    "Write the runbook|open|Will Jones|"});

    QString struck = notes;
    struck.replace(QStringLiteral("Write the runbook"), QStringLiteral("~~Write the runbook~~"));
    QTest::newRow("striking a title through drops the action")
        << QStringList{notes, struck} << 0 << 1 << 0
        << strings({"Add jitter to retries|open|Priya Sharma|2026-12-01", "Page the vendor|done|José Álvarez|",
                    "Write the runbook|dropped|Will Jones|"});

    QString deleted = notes;
    deleted.replace(QStringLiteral("- [ ] Write the runbook @will\n"), QString());
    QTest::newRow("deleting a line proposes dropping its action")
        << QStringList{notes, deleted} << 0 << 0 << 1
        << strings({"Add jitter to retries|open|Priya Sharma|2026-12-01", "Page the vendor|done|José Álvarez|",
                    "Write the runbook|dropped|Will Jones|"});
    QTest::newRow("undoing the deletion brings the action back")
        << QStringList{notes, deleted, notes} << 0 << 1 << 0 << initial;

    QString deletedDone = notes;
    deletedDone.replace(QStringLiteral("- [x] Page the vendor @jose\n"), QString());
    QTest::newRow("deleting a done line proposes nothing") << QStringList{notes, deletedDone} << 0 << 0 << 0 << initial;

    QString reassigned = notes;
    reassigned.replace(QStringLiteral("runbook @will"), QStringLiteral("runbook @\"Sam Lee\""));
    QTest::newRow("a new owner updates the action")
        << QStringList{notes, reassigned} << 0 << 1 << 0
        << strings({"Add jitter to retries|open|Priya Sharma|2026-12-01", "Page the vendor|done|José Álvarez|",
                    "Write the runbook|open|Sam Lee|"});

    QString redated = notes;
    redated.replace(QStringLiteral("due:2026-12-01"), QStringLiteral("due:2026-12-08"));
    QTest::newRow("a new due date updates the action")
        << QStringList{notes, redated} << 0 << 1 << 0
        << strings({"Add jitter to retries|open|Priya Sharma|2026-12-08", "Page the vendor|done|José Álvarez|",
                    "Write the runbook|open|Will Jones|"});

    QString rewritten = notes;
    rewritten.replace(QStringLiteral("Write the runbook"), QStringLiteral("Schedule a game day"));
    QTest::newRow("a different task is a new action, not an edit")
        << QStringList{notes, rewritten} << 1 << 0 << 1
        << strings({"Add jitter to retries|open|Priya Sharma|2026-12-01", "Page the vendor|done|José Álvarez|",
                    "Schedule a game day|open|Will Jones|", "Write the runbook|dropped|Will Jones|"});

    const QString added = notes + QStringLiteral("\n- [ ] Check the dashboards");
    QTest::newRow("a new line creates one action")
        << QStringList{notes, added} << 1 << 0 << 0
        << strings({"Add jitter to retries|open|Priya Sharma|2026-12-01", "Check the dashboards|open||",
                    "Page the vendor|done|José Álvarez|", "Write the runbook|open|Will Jones|"});

    const QString twins = lines({"- [ ] Follow up", "- [ ] Follow up"});
    QTest::newRow("identical lines are two actions")
        << QStringList{twins} << 2 << 0 << 0 << strings({"Follow up|open||", "Follow up|open||"});
    QTest::newRow("identical lines read again stay two")
        << QStringList{twins, twins} << 0 << 0 << 0 << strings({"Follow up|open||", "Follow up|open||"});
    QTest::newRow("deleting one of two identical lines drops one")
        << QStringList{twins, QStringLiteral("- [ ] Follow up")} << 0 << 0 << 1
        << strings({"Follow up|dropped||", "Follow up|open||"});

    const QString fenced = notes + QStringLiteral("\n```markdown\n- [ ] Example task in a code block\n```\n");
    QTest::newRow("tasks in fenced code are not actions") << QStringList{notes, fenced} << 0 << 0 << 0 << initial;
    const QString tildeFenced = notes + QStringLiteral("\n~~~~\n```\n- [ ] Still inside\n~~~~\n");
    QTest::newRow("a longer fence needs a longer close") << QStringList{notes, tildeFenced} << 0 << 0 << 0 << initial;
    const QString withFrontMatter = QStringLiteral("---\ntitle: Retry storm\nsteps:\n- [ ] not a task\n---\n") + notes;
    QTest::newRow("front matter is not read") << QStringList{withFrontMatter} << 3 << 0 << 0 << initial;

    QString crlf = notes;
    crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QTest::newRow("the same text with CRLF line ends") << QStringList{notes, crlf} << 0 << 0 << 0 << initial;

    const QString nested = lines({"1. [ ] Add jitter to retries @priya due:2026-12-01 !high",
                                  "   - [ ] Write the runbook @will", "> * [x] Page the vendor @jose"});
    QTest::newRow("numbered, nested and quoted lists are the same tasks")
        << QStringList{notes, nested} << 0 << 0 << 0 << initial;

    QString emphasised = notes;
    emphasised.replace(QStringLiteral("Write the runbook"), QStringLiteral("Write the **runbook**"));
    QTest::newRow("adding emphasis keeps the action")
        << QStringList{notes, emphasised} << 0 << 1 << 0
        << strings({"Add jitter to retries|open|Priya Sharma|2026-12-01", "Page the vendor|done|José Álvarez|",
                    "Write the **runbook**|open|Will Jones|"});
}

void TestTaskListSync::sequence()
{
    QFETCH(QStringList, bodies);
    QFETCH(int, creates);
    QFETCH(int, updates);
    QFETCH(int, closes);
    QFETCH(QStringList, tracker);

    Tracker store;
    TaskListSyncPlan last;
    for (const auto &body : bodies)
        last = store.sync(body);
    QCOMPARE(last.creates.size(), creates);
    QCOMPARE(last.updates.size(), updates);
    QCOMPARE(last.closes.size(), closes);
    QCOMPARE(store.summary(), tracker);
    QVERIFY(!last.bodyChanged); // only absolute dates here
}

void TestTaskListSync::relativeDatesArePinned()
{
    Tracker store;
    const QString body = lines({"Intro", "- [ ] Pay the invoice @priya due:fri", "- [ ] Call back due:in 2 weeks x"});
    const TaskListSyncPlan first = store.sync(body);
    QVERIFY(first.bodyChanged);
    QCOMPARE(first.body,
             lines({"Intro", "- [ ] Pay the invoice @priya due:2026-11-20", "- [ ] Call back due:2026-12-02 x"}));
    QCOMPARE(store.byTitle(QStringLiteral("Pay the invoice")).dueDate, QDate(2026, 11, 20));

    // A week later the pinned text still means the same days: nothing to do.
    const TaskListSyncPlan later = store.sync(first.body, wednesday.addDays(7));
    QVERIFY(later.isEmpty());
}

void TestTaskListSync::fieldsTheLineDoesNotStateKeepTrackerValues()
{
    Tracker store;
    const QString body = QStringLiteral("- [ ] Rotate keys @will");
    store.sync(body);
    QCOMPARE(store.items.size(), 1);
    store.items[0].dueDate = QDate(2026, 12, 24);
    store.items[0].priority = ActionPriority::Urgent;
    store.items[0].status = ActionStatus::Blocked;

    const TaskListSyncPlan plan = store.sync(body);
    QVERIFY(plan.isEmpty());
    QCOMPARE(store.items[0].dueDate, QDate(2026, 12, 24));
    QCOMPARE(store.items[0].priority, ActionPriority::Urgent);
    QCOMPARE(store.items[0].status, ActionStatus::Blocked); // an unticked box is "not done yet"
}

void TestTaskListSync::templatePlaceholdersAreNotActions()
{
    // The postmortem template's example lines stay out of the tracker until filled in.
    const QString blank = QStringLiteral("## Action items\n"
                                         "- [ ] Describe a change that prevents this @owner due:YYYY-MM-DD !high\n"
                                         "- [ ] Add jitter to retries @priya due:2026-12-01\n");
    const TaskListSyncPlan plan = TaskListSync::plan(blank, {}, wednesday);
    QCOMPARE(plan.creates.size(), 1);
    QCOMPARE(plan.creates.constFirst().title, QStringLiteral("Add jitter to retries"));
    QString filled = blank;
    filled.replace(QStringLiteral("@owner due:YYYY-MM-DD"), QStringLiteral("@will due:2026-12-08"));
    QCOMPARE(TaskListSync::plan(filled, {}, wednesday).creates.size(), 2);
    // The blank written in inline code documents the syntax: that line is a real action.
    const QString documented = QStringLiteral("- [ ] Document the `due:YYYY-MM-DD` format @priya due:2026-12-01\n");
    QCOMPARE(TaskListSync::plan(documented, {}, wednesday).creates.size(), 1);
}

void TestTaskListSync::linksPointAtLines()
{
    Tracker store;
    store.sync(QStringLiteral("- [ ] One\n- [ ] Two"));
    const TaskListSyncPlan plan =
        TaskListSync::plan(QStringLiteral("Intro\n- [ ] Two\n\n- [ ] One\n- [ ] Three"), store.items, wednesday);
    QCOMPARE(plan.links.size(), 3);
    QCOMPARE(plan.links[0].line, 1);
    QCOMPARE(plan.links[0].itemId, store.byTitle(QStringLiteral("Two")).id);
    QCOMPARE(plan.links[1].line, 3);
    QCOMPARE(plan.links[1].itemId, store.byTitle(QStringLiteral("One")).id);
    QCOMPARE(plan.links[2].line, 4);
    QCOMPARE(plan.links[2].itemId, qint64(0));
    QCOMPARE(plan.links[2].createIndex, 0);
    QCOMPARE(plan.creates.at(0).title, QStringLiteral("Three"));
}

void TestTaskListSync::bulkEditKeepsEveryAction()
{
    // 250 × 250 pairs is beyond the all-pairs limit, so this takes the positional path.
    QStringList original;
    for (int i = 0; i < 250; ++i)
        original.append(QStringLiteral("- [ ] Follow-up %1 about the retry storm").arg(i));
    Tracker store;
    store.sync(original.join(QLatin1Char('\n')));
    QCOMPARE(store.items.size(), 250);

    QStringList edited = original;
    for (auto &line : edited)
        line.replace(QStringLiteral("about"), QStringLiteral("regarding"));
    // Lines edited and also moved far away at the same time are beyond this path: they may
    // trade tracker-only fields, though never duplicate (see TaskListSync's notes).
    std::swap(edited[10], edited[14]);
    const TaskListSyncPlan plan = store.sync(edited.join(QLatin1Char('\n')));
    QCOMPARE(plan.creates.size(), 0);
    QCOMPARE(plan.closes.size(), 0);
    QCOMPARE(plan.updates.size(), 250);
    for (const auto &item : store.items) {
        // Each action kept its own number: no action took over another's line.
        QCOMPARE(item.title, QStringLiteral("Follow-up %1 regarding the retry storm").arg(item.id - 1));
    }
}

void TestTaskListSync::similarity()
{
    QCOMPARE(TaskListSync::similarity(QStringLiteral("fix it"), QStringLiteral("fix it")), 1.0);
    QVERIFY(TaskListSync::similarity(QStringLiteral("add jitter to retries"),
                                     QStringLiteral("add jitter and backoff to retries")) >=
            TaskListSync::fuzzyThreshold);
    QVERIFY(TaskListSync::similarity(QStringLiteral("update runbook"), QStringLiteral("update dashboard")) <
            TaskListSync::fuzzyThreshold);
    QCOMPARE(TaskListSync::titleKey(u"  Write the **Runbook**. "), QStringLiteral("write the runbook"));
}

void TestTaskListSync::trackerChangesTickTheBox_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expectedLine");

    QTest::newRow("done ticks the box") << "done"
                                        << "  * [x] Write  the runbook @will   due:fri";
    QTest::newRow("dropped strikes the title") << "dropped"
                                               << "  * [ ] ~~Write  the runbook~~ @will   due:fri";
    QTest::newRow("in progress leaves the box") << "in-progress"
                                                << "  * [ ] Write  the runbook @will   due:fri";
    QTest::newRow("a new due date replaces the token") << "due"
                                                       << "  * [ ] Write  the runbook @will   due:2026-12-24";
    QTest::newRow("a new priority is appended") << "priority"
                                                << "  * [ ] Write  the runbook @will   due:fri !urgent";
}

void TestTaskListSync::trackerChangesTickTheBox()
{
    QFETCH(QString, change);
    QFETCH(QString, expectedLine);

    const QString before = QStringLiteral("# Notes\r\n\n  * [ ] Write  the runbook @will   due:fri\n- [ ] Other\n");
    Tracker store;
    // Created from the plan without pinning, so the odd spacing and the relative date stay.
    for (ActionItem created : TaskListSync::plan(before, {}, wednesday, store.roster).creates) {
        created.id = store.nextId++;
        store.items.append(created);
    }
    const QList<ActionItem> stored = store.items;
    ActionItem changed = store.byTitle(QStringLiteral("Write the runbook"));
    if (change == QLatin1String("due"))
        changed.dueDate = QDate(2026, 12, 24);
    else if (change == QLatin1String("priority"))
        changed.priority = ActionPriority::Urgent;
    else
        changed.status = actionStatusFromString(change).value();

    const QString after = TaskListSync::applyToBody(before, stored, changed, wednesday, store.roster);
    QString expected = before;
    expected.replace(QStringLiteral("  * [ ] Write  the runbook @will   due:fri"), expectedLine);
    QCOMPARE(after, expected);

    // The edited text, read back, agrees with the tracker: nothing more to do.
    QList<ActionItem> updated = stored;
    for (auto &item : updated) {
        if (item.id == changed.id)
            item = changed;
    }
    const TaskListSyncPlan plan = TaskListSync::plan(after, updated, wednesday, store.roster);
    QVERIFY(plan.creates.isEmpty());
    QVERIFY(plan.closes.isEmpty());
    QVERIFY2(plan.updates.isEmpty(), qPrintable(plan.updates.value(0).title));
}

void TestTaskListSync::trackerChangeFindsTheRightTwin()
{
    Tracker store;
    const QString body = QStringLiteral("- [ ] Follow up @priya\n- [ ] Follow up @will\n");
    store.sync(body);
    ActionItem willsItem;
    for (const auto &item : store.items) {
        if (item.ownerText == QLatin1String("Will Jones"))
            willsItem = item;
    }
    QVERIFY(willsItem.id != 0);
    const QList<ActionItem> stored = store.items;
    willsItem.status = ActionStatus::Done;
    QCOMPARE(TaskListSync::applyToBody(body, stored, willsItem, wednesday, store.roster),
             QStringLiteral("- [ ] Follow up @priya\n- [x] Follow up @will\n"));

    ActionItem stranger;
    stranger.id = 999;
    stranger.title = QStringLiteral("Not in the text");
    stranger.status = ActionStatus::Done;
    QCOMPARE(TaskListSync::applyToBody(body, stored, stranger, wednesday, store.roster), body);
}

void TestTaskListSync::trackerEditsAreWrittenToTheLine_data()
{
    QTest::addColumn<QString>("line");     // the edited action's line, first in the body
    QTest::addColumn<QString>("title");    // the tracker's new title; empty keeps it
    QTest::addColumn<bool>("setOwner");    // whether the tracker changed the owner
    QTest::addColumn<QString>("owner");    // the new owner as the tracker's owner column takes it
    QTest::addColumn<QDate>("due");        // the new due date; invalid keeps it
    QTest::addColumn<QString>("expected"); // the line afterwards

    const QDate keep;
    QTest::newRow("title change") << "  * [ ] Write  the runbook @will   due:fri"
                                  << "Write the incident runbook" << false << "" << keep
                                  << "  * [ ] Write the incident runbook @will   due:fri";
    QTest::newRow("owner change to a roster participant")
        << "  * [ ] Write  the runbook @will   due:fri"
        << "" << true << "Sam Lee" << keep << "  * [ ] Write  the runbook @\"Sam Lee\"   due:fri";
    QTest::newRow("owner change to someone not on the roster")
        << "- [ ] Write the runbook @will !high"
        << "" << true << "ana" << keep << "- [ ] Write the runbook @ana !high";
    QTest::newRow("owner with a space not on the roster")
        << "- [ ] Write the runbook @will"
        << "" << true << "Ana Lima" << keep << "- [ ] Write the runbook @\"Ana Lima\"";
    QTest::newRow("owner removed") << "  * [ ] Write  the runbook @will   due:fri"
                                   << "" << true << "" << keep << "  * [ ] Write  the runbook   due:fri";
    QTest::newRow("owner added") << "- [ ] Write the runbook due:2026-12-01 !high"
                                 << "" << true << "priya" << keep
                                 << "- [ ] Write the runbook @\"Priya Sharma\" due:2026-12-01 !high";
    QTest::newRow("title and due change together") << "  * [ ] Write  the runbook @will   due:fri"
                                                   << "Write the game-day runbook" << false << "" << QDate(2026, 12, 24)
                                                   << "  * [ ] Write the game-day runbook @will   due:2026-12-24";
    QTest::newRow("title, owner and due change together")
        << "- [ ] Write the runbook @will due:fri"
        << "Review the runbook" << true << "José" << QDate(2026, 12, 24)
        << "- [ ] Review the runbook @\"José Álvarez\" due:2026-12-24";
    QTest::newRow("title change of a dropped line stays struck through")
        << "- [ ] ~~Migrate @will to v2~~"
        << "Migrate to v3" << false << "" << keep << "- [ ] ~~Migrate to v3~~ @will";
    QTest::newRow("title with words that read as metadata") << "- [ ] Write the runbook @will"
                                                            << "Ask @ana about #12 !high due:fri" << false << "" << keep
                                                            << "- [ ] Ask \\@ana about \\#12 \\!high due\\:fri @will";
    QTest::newRow("owner removed before a second @name in the title")
        << "- [ ] @will Ping @ana"
        << "" << true << "" << keep << "- [ ] Ping \\@ana";
}

void TestTaskListSync::trackerEditsAreWrittenToTheLine()
{
    QFETCH(QString, line);
    QFETCH(QString, title);
    QFETCH(bool, setOwner);
    QFETCH(QString, owner);
    QFETCH(QDate, due);
    QFETCH(QString, expected);

    const QString before = QStringLiteral("# Notes\r\n\n%1\n- [ ] Follow up @priya\n").arg(line);
    Tracker store;
    // Created from the plan without pinning, so the odd spacing and the relative date stay.
    for (ActionItem created : TaskListSync::plan(before, {}, wednesday, store.roster).creates) {
        created.id = store.nextId++;
        store.items.append(created);
    }
    QCOMPARE(store.items.size(), 2);
    const QList<ActionItem> stored = store.items;
    // The edit as the tracker's inline editor makes it (ActionItemsModel::setData).
    ActionItem changed = stored.at(0);
    if (!title.isEmpty())
        changed.title = title;
    if (setOwner) {
        const OwnerMatch match = store.roster.match(owner);
        changed.ownerParticipantId = match.isMatched() ? match.participantId : std::nullopt;
        changed.ownerText = match.isMatched() ? match.displayName : owner;
    }
    if (due.isValid())
        changed.dueDate = due;

    const QString after = TaskListSync::applyToBody(before, stored, changed, wednesday, store.roster);
    QString expectedBody = before;
    expectedBody.replace(line, expected);
    QCOMPARE(after, expectedBody);

    // Round trip: the edited text, read back, agrees with the tracker, so the next save of the
    // document keeps the tracker's edit instead of undoing it.
    QList<ActionItem> updated = stored;
    updated[0] = changed;
    const TaskListSyncPlan plan = TaskListSync::plan(after, updated, wednesday, store.roster);
    QVERIFY(plan.creates.isEmpty());
    QVERIFY(plan.closes.isEmpty());
    QVERIFY2(plan.updates.isEmpty(),
             qPrintable(plan.updates.value(0).title + QLatin1Char('|') + plan.updates.value(0).ownerText));
    QCOMPARE(plan.links.size(), 2);
    QCOMPARE(plan.links.at(0).itemId, changed.id);
}

void TestTaskListSync::applyToBodyUsesTheActionBeforeTheChange()
{
    // Two lines that differ only in their owner: the changed action's line is the one that
    // matches it as it was, whatever the change makes it look like.
    Tracker store;
    const QString body = QStringLiteral("- [ ] Follow up @priya\n- [ ] Follow up @will\n");
    store.sync(body);
    const QList<ActionItem> stored = store.items;
    ActionItem priyas = store.byTitle(QStringLiteral("Follow up"));
    QCOMPARE(priyas.ownerText, QStringLiteral("Priya Sharma"));
    // Priya's action handed to Will and renamed: by its new fields it would be Will's line.
    priyas.ownerParticipantId = 5;
    priyas.ownerText = QStringLiteral("Will Jones");
    priyas.title = QStringLiteral("Follow up with the vendor");
    const QString after = TaskListSync::applyToBody(body, stored, priyas, wednesday, store.roster);
    QCOMPARE(after, QStringLiteral("- [ ] Follow up with the vendor @\"Will Jones\"\n- [ ] Follow up @will\n"));

    QList<ActionItem> updated = stored;
    updated[0] = priyas;
    const TaskListSyncPlan plan = TaskListSync::plan(after, updated, wednesday, store.roster);
    QVERIFY(plan.isEmpty());
}

QTEST_GUILESS_MAIN(TestTaskListSync)
#include "test_tasklistsync.moc"
