#include "actions/taskline.h"

#include <QTest>

using namespace debrief;

/// Reading Markdown task-list lines, and editing one part of a line without touching the rest.
class TestTaskLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void write_data();
    void write();
    void format_data();
    void format();
    void escapedTitleReadsBack_data();
    void escapedTitleReadsBack();
    void ownerTokenReadsBack_data();
    void ownerTokenReadsBack();
};

namespace {
const QDate wednesday(2026, 11, 18);
}

void TestTaskLine::parse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("isTask");
    QTest::addColumn<bool>("done");
    QTest::addColumn<bool>("dropped");
    QTest::addColumn<QString>("indent");
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QDate>("due");

    const QDate none;
    QTest::newRow("the example from DESIGN.md")
        << "- [ ] Fix the retry storm @priya due:2026-12-01 !high" << true << false << false << ""
        << "-"
        << "Fix the retry storm"
        << "priya" << QDate(2026, 12, 1);
    QTest::newRow("asterisk bullet, done") << "* [x] Rotate the keys" << true << true << false << ""
                                           << "*"
                                           << "Rotate the keys"
                                           << "" << none;
    QTest::newRow("plus bullet, capital X") << "+ [X] Rotate the keys" << true << true << false << ""
                                            << "+"
                                            << "Rotate the keys"
                                            << "" << none;
    QTest::newRow("ordered with a dot") << "1. [ ] First step" << true << false << false << ""
                                        << "1."
                                        << "First step"
                                        << "" << none;
    QTest::newRow("ordered with a parenthesis") << "12) [ ] Twelfth step" << true << false << false << ""
                                                << "12)"
                                                << "Twelfth step"
                                                << "" << none;
    QTest::newRow("indented with spaces") << "    - [ ] Nested step due:fri" << true << false << false << "    "
                                          << "-"
                                          << "Nested step"
                                          << "" << QDate(2026, 11, 20);
    QTest::newRow("indented with a tab") << "\t- [ ] Nested step" << true << false << false << "\t"
                                         << "-"
                                         << "Nested step"
                                         << "" << none;
    QTest::newRow("inside a blockquote") << "> - [ ] Quoted step" << true << false << false << "> "
                                         << "-"
                                         << "Quoted step"
                                         << "" << none;
    QTest::newRow("struck through is dropped") << "- [ ] ~~Migrate to v2~~ @will" << true << false << true << ""
                                               << "-"
                                               << "Migrate to v2"
                                               << "will" << none;
    QTest::newRow("emphasis is kept in the title") << "- [ ] Fix **all** retries" << true << false << false << ""
                                                   << "-"
                                                   << "Fix **all** retries"
                                                   << "" << none;
    QTest::newRow("carriage return ignored") << "- [ ] Windows line\r" << true << false << false << ""
                                             << "-"
                                             << "Windows line"
                                             << "" << none;
    QTest::newRow("empty task has no title") << "- [ ]" << true << false << false << ""
                                             << "-"
                                             << ""
                                             << "" << none;
    QTest::newRow("no space after the box") << "- [ ]Fix" << false << false << false << ""
                                            << ""
                                            << ""
                                            << "" << none;
    QTest::newRow("empty brackets") << "- [] Fix" << false << false << false << ""
                                    << ""
                                    << ""
                                    << "" << none;
    QTest::newRow("no space after the bullet") << "-[ ] Fix" << false << false << false << ""
                                               << ""
                                               << ""
                                               << "" << none;
    QTest::newRow("other mark in the box") << "- [y] Fix" << false << false << false << ""
                                           << ""
                                           << ""
                                           << "" << none;
    QTest::newRow("box without a bullet") << "[ ] Fix" << false << false << false << ""
                                          << ""
                                          << ""
                                          << "" << none;
    QTest::newRow("box in the middle of text") << "See - [ ] Fix" << false << false << false << ""
                                               << ""
                                               << ""
                                               << "" << none;
    QTest::newRow("escaped metadata stays in the title")
        << "- [ ] Ping \\@ana on \\#12 \\!high due\\:fri https\\://x.org @will" << true << false << false << ""
        << "-"
        << "Ping @ana on #12 !high due:fri https://x.org"
        << "will" << none;
    QTest::newRow("an escaped backslash keeps one") << "- [ ] Mail \\\\@home" << true << false << false << ""
                                                    << "-"
                                                    << "Mail \\@home"
                                                    << "" << none;
    QTest::newRow("other backslashes are kept") << "- [ ] Share C:\\temp and \\*stars" << true << false << false << ""
                                                << "-"
                                                << "Share C:\\temp and \\*stars"
                                                << "" << none;
    QTest::newRow("plain bullet") << "- Fix the retry storm" << false << false << false << ""
                                  << ""
                                  << ""
                                  << "" << none;
}

void TestTaskLine::parse()
{
    QFETCH(QString, line);
    QFETCH(bool, isTask);
    QFETCH(bool, done);
    QFETCH(bool, dropped);
    QFETCH(QString, indent);
    QFETCH(QString, marker);
    QFETCH(QString, title);
    QFETCH(QString, owner);
    QFETCH(QDate, due);

    const auto task = TaskLine::parse(line, wednesday);
    QCOMPARE(task.has_value(), isTask);
    if (!task)
        return;
    QCOMPARE(task->done, done);
    QCOMPARE(task->dropped, dropped);
    QCOMPARE(task->indent, indent);
    QCOMPARE(task->marker, marker);
    QCOMPARE(task->title, title);
    QCOMPARE(task->capture.ownerWritten, owner);
    QCOMPARE(task->capture.due ? task->capture.due->date : QDate(), due);
    QCOMPARE(line.at(task->checkPosition - 1), QLatin1Char('['));
    QCOMPARE(line.at(task->checkPosition) != QLatin1Char(' '), done);
}

void TestTaskLine::write_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");

    QTest::newRow("tick") << "- [ ] Fix it @priya due:fri !high"
                          << "done"
                          << "yes"
                          << "- [x] Fix it @priya due:fri !high";
    QTest::newRow("untick keeps odd spacing") << "  * [X] Fix  it   "
                                              << "done"
                                              << "no"
                                              << "  * [ ] Fix  it   ";
    QTest::newRow("tick a ticked line changes nothing") << "- [x] Fix it"
                                                        << "done"
                                                        << "yes"
                                                        << "- [x] Fix it";
    QTest::newRow("tick keeps what was not understood") << "1. [ ] Fix **it** due:someday !asap"
                                                        << "done"
                                                        << "yes"
                                                        << "1. [x] Fix **it** due:someday !asap";
    QTest::newRow("tick keeps a carriage return") << "- [ ] Fix it\r"
                                                  << "done"
                                                  << "yes"
                                                  << "- [x] Fix it\r";
    QTest::newRow("tick ignores a non-task line") << "Just text [ ]"
                                                  << "done"
                                                  << "yes"
                                                  << "Just text [ ]";
    QTest::newRow("replace an ISO due date") << "- [ ] Fix it due:2026-12-01 !high"
                                             << "due"
                                             << "2026-12-05"
                                             << "- [ ] Fix it due:2026-12-05 !high";
    QTest::newRow("replace a two-word due date") << "- [ ] Fix it due:next week !high"
                                                 << "due"
                                                 << "2026-12-05"
                                                 << "- [ ] Fix it due:2026-12-05 !high";
    QTest::newRow("replace a three-word due date") << "> - [ ] Fix it due:in 3 days"
                                                   << "due"
                                                   << "2026-12-05"
                                                   << "> - [ ] Fix it due:2026-12-05";
    QTest::newRow("append a due date") << "- [ ] Fix it @priya"
                                       << "due"
                                       << "2026-12-05"
                                       << "- [ ] Fix it @priya due:2026-12-05";
    QTest::newRow("append after trailing space") << "- [ ] Fix it "
                                                 << "due"
                                                 << "2026-12-05"
                                                 << "- [ ] Fix it due:2026-12-05";
    QTest::newRow("append before a carriage return") << "- [ ] Fix it\r"
                                                     << "due"
                                                     << "2026-12-05"
                                                     << "- [ ] Fix it due:2026-12-05\r";
    QTest::newRow("remove a due date") << "- [ ] Fix it due:fri !high"
                                       << "due"
                                       << ""
                                       << "- [ ] Fix it !high";
    QTest::newRow("remove a leading due date") << "- [ ] due:fri Fix it"
                                               << "due"
                                               << ""
                                               << "- [ ] Fix it";
    QTest::newRow("a not-understood due stays and one is added") << "- [ ] Fix due:someday"
                                                                 << "due"
                                                                 << "2026-12-05"
                                                                 << "- [ ] Fix due:someday due:2026-12-05";
    QTest::newRow("replace a priority") << "- [ ] Fix it !high @priya"
                                        << "priority"
                                        << "urgent"
                                        << "- [ ] Fix it !urgent @priya";
    QTest::newRow("replace a shorthand priority") << "- [ ] Fix !! it"
                                                  << "priority"
                                                  << "low"
                                                  << "- [ ] Fix !low it";
    QTest::newRow("append a priority") << "- [ ] Fix it"
                                       << "priority"
                                       << "high"
                                       << "- [ ] Fix it !high";
    QTest::newRow("normal is not added") << "- [ ] Fix it"
                                         << "priority"
                                         << "normal"
                                         << "- [ ] Fix it";
    QTest::newRow("normal replaces a priority") << "- [ ] Fix it !high"
                                                << "priority"
                                                << "normal"
                                                << "- [ ] Fix it !normal";
    QTest::newRow("strike through") << "- [ ] Migrate to v2 @will due:fri"
                                    << "dropped"
                                    << "yes"
                                    << "- [ ] ~~Migrate to v2~~ @will due:fri";
    QTest::newRow("strike through around a token") << "- [ ] Migrate @will to v2"
                                                   << "dropped"
                                                   << "yes"
                                                   << "- [ ] ~~Migrate @will to v2~~";
    QTest::newRow("remove the strikethrough") << "- [ ] ~~Migrate to v2~~ @will"
                                              << "dropped"
                                              << "no"
                                              << "- [ ] Migrate to v2 @will";
    QTest::newRow("new title keeps odd spacing around it") << "  * [ ] Fix  it   @priya  due:fri\r"
                                                           << "title"
                                                           << "Fix all  retries"
                                                           << "  * [ ] Fix all retries   @priya  due:fri\r";
    QTest::newRow("new title moves tokens from its middle behind it") << "- [ ] Migrate @will to v2 !high"
                                                                      << "title"
                                                                      << "Migrate to v3"
                                                                      << "- [ ] Migrate to v3 @will !high";
    QTest::newRow("new title of a dropped line stays struck") << "- [x] ~~Migrate @will to v2~~"
                                                              << "title"
                                                              << "Migrate to v3"
                                                              << "- [x] ~~Migrate to v3~~ @will";
    QTest::newRow("new title on a line of tokens only") << "- [ ] @priya due:fri"
                                                        << "title"
                                                        << "Fix it"
                                                        << "- [ ] Fix it @priya due:fri";
    QTest::newRow("new title on an empty task") << "- [ ]"
                                                << "title"
                                                << "Fix it"
                                                << "- [ ] Fix it";
    QTest::newRow("new title with metadata-like words") << "- [ ] Fix it @priya"
                                                        << "title"
                                                        << "Ask @ana about #12"
                                                        << "- [ ] Ask \\@ana about \\#12 @priya";
    QTest::newRow("an empty title changes nothing") << "- [ ] Fix it"
                                                    << "title"
                                                    << " "
                                                    << "- [ ] Fix it";
    QTest::newRow("replace an owner") << "- [ ] Fix it @priya due:fri"
                                      << "owner"
                                      << "Sam Lee"
                                      << "- [ ] Fix it @\"Sam Lee\" due:fri";
    QTest::newRow("replace a quoted owner") << "- [ ] Fix it @\"Sam Lee\" due:fri"
                                            << "owner"
                                            << "will"
                                            << "- [ ] Fix it @will due:fri";
    QTest::newRow("add an owner behind the title") << "- [ ] Fix it due:fri !high\r"
                                                   << "owner"
                                                   << "priya"
                                                   << "- [ ] Fix it @priya due:fri !high\r";
    QTest::newRow("add an owner to a dropped line") << "- [ ] ~~Fix it~~"
                                                    << "owner"
                                                    << "priya"
                                                    << "- [ ] ~~Fix it~~ @priya";
    QTest::newRow("remove an owner") << "- [ ] Fix it @priya due:fri"
                                     << "owner"
                                     << ""
                                     << "- [ ] Fix it due:fri";
    QTest::newRow("remove a leading owner") << "- [ ] @priya Fix it"
                                            << "owner"
                                            << ""
                                            << "- [ ] Fix it";
    QTest::newRow("an owner no token reads back changes nothing") << "- [ ] Fix it @priya"
                                                                  << "owner"
                                                                  << "Ana \"Bee\" \u201DLima"
                                                                  << "- [ ] Fix it @priya";
}

void TestTaskLine::write()
{
    QFETCH(QString, line);
    QFETCH(QString, operation);
    QFETCH(QString, argument);
    QFETCH(QString, expected);

    QString written;
    if (operation == QLatin1String("done"))
        written = TaskLineWriter::withDone(line, argument == QLatin1String("yes"));
    else if (operation == QLatin1String("dropped"))
        written = TaskLineWriter::withDropped(line, argument == QLatin1String("yes"));
    else if (operation == QLatin1String("due"))
        written = TaskLineWriter::withDueDate(line, QDate::fromString(argument, Qt::ISODate));
    else if (operation == QLatin1String("title"))
        written = TaskLineWriter::withTitle(line, argument);
    else if (operation == QLatin1String("owner"))
        written = TaskLineWriter::withOwner(line, argument);
    else
        written = TaskLineWriter::withPriority(line, actionPriorityFromString(argument).value());
    QCOMPARE(written, expected);
}

void TestTaskLine::format_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("priority");
    QTest::addColumn<QString>("ticket");
    QTest::addColumn<QString>("expected");

    QTest::newRow("everything") << "Add jitter"
                                << "Priya Sharma" << QDate(2026, 12, 1) << int(ActionStatus::Open)
                                << int(ActionPriority::High) << "#12"
                                << "- [ ] Add jitter @\"Priya Sharma\" due:2026-12-01 !high #12";
    QTest::newRow("title only") << "Add jitter"
                                << "" << QDate() << int(ActionStatus::InProgress) << int(ActionPriority::Normal) << ""
                                << "- [ ] Add jitter";
    QTest::newRow("done") << "Add jitter"
                          << "priya" << QDate() << int(ActionStatus::Done) << int(ActionPriority::Normal) << ""
                          << "- [x] Add jitter @priya";
    QTest::newRow("dropped") << "Add jitter"
                             << "" << QDate() << int(ActionStatus::Dropped) << int(ActionPriority::Low) << ""
                             << "- [ ] ~~Add jitter~~ !low";
}

void TestTaskLine::format()
{
    QFETCH(QString, title);
    QFETCH(QString, owner);
    QFETCH(QDate, due);
    QFETCH(int, status);
    QFETCH(int, priority);
    QFETCH(QString, ticket);
    QFETCH(QString, expected);

    ActionItem item;
    item.title = title;
    item.ownerText = owner;
    item.dueDate = due;
    item.status = ActionStatus(status);
    item.priority = ActionPriority(priority);
    item.ticketUrl = ticket;
    const QString line = TaskLineWriter::format(item);
    QCOMPARE(line, expected);

    // The line reads back as the same action.
    const auto task = TaskLine::parse(line, QDate(2026, 11, 18));
    QVERIFY(task);
    QCOMPARE(task->title, title);
    QCOMPARE(task->capture.ownerWritten, owner);
    QCOMPARE(task->capture.due ? task->capture.due->date : QDate(), due);
    QCOMPARE(task->done, item.status == ActionStatus::Done);
    QCOMPARE(task->dropped, item.status == ActionStatus::Dropped);
}

void TestTaskLine::escapedTitleReadsBack_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("written");

    QTest::newRow("plain words") << "Add jitter to retries"
                                 << "Add jitter to retries";
    QTest::newRow("an owner-like word") << "Ask @ana"
                                        << "Ask \\@ana";
    QTest::newRow("an owner-like word with a comma") << "Ask @ana, then"
                                                     << "Ask \\@ana, then";
    QTest::newRow("a quoted owner-like run") << "Thank @\"Ana Lima\" today"
                                             << "Thank \\@\"Ana Lima\" today";
    QTest::newRow("a ticket-like word") << "Close #12"
                                        << "Close \\#12";
    QTest::newRow("a hashtag is no ticket") << "Close #retries"
                                            << "Close #retries";
    QTest::newRow("priority-like words") << "Ship !high and !!"
                                         << "Ship \\!high and \\!!";
    QTest::newRow("an exclamation that is no priority") << "Ship !now"
                                                        << "Ship !now";
    QTest::newRow("a due-like word") << "Move due:fri to Monday"
                                     << "Move due\\:fri to Monday";
    QTest::newRow("a two-word due-like run") << "Set DUE:next week"
                                             << "Set DUE\\:next week";
    QTest::newRow("a URL") << "Read https://sre.google/book"
                           << "Read https\\://sre.google/book";
    QTest::newRow("an escape already in the title") << "Mail \\@home and due\\:x"
                                                    << "Mail \\\\@home and due\\\\:x";
    QTest::newRow("spacing is simplified") << "  Fix   it "
                                           << "Fix it";
}

void TestTaskLine::escapedTitleReadsBack()
{
    QFETCH(QString, title);
    QFETCH(QString, written);

    QCOMPARE(TaskLineWriter::escapedTitle(title), written);
    // In a line, behind and in front of metadata, it reads back as the same title and nothing
    // of it is taken as metadata.
    const auto task = TaskLine::parse(QStringLiteral("- [ ] %1 @priya !low").arg(written), wednesday);
    QVERIFY(task);
    QCOMPARE(task->title, title.simplified());
    QCOMPARE(task->capture.ownerWritten, QStringLiteral("priya"));
    QVERIFY(task->capture.priority == ActionPriority::Low);
    QVERIFY(!task->capture.due);
    QVERIFY(task->capture.ticket.isEmpty());

    ActionItem item;
    item.title = title;
    item.status = ActionStatus::Dropped;
    const auto formatted = TaskLine::parse(TaskLineWriter::format(item), wednesday);
    QVERIFY(formatted);
    QVERIFY(formatted->dropped);
    QCOMPARE(formatted->title, title.simplified());
    QVERIFY(formatted->capture.tokens.isEmpty());
}

void TestTaskLine::ownerTokenReadsBack_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("token");

    QTest::newRow("a handle") << "priya"
                              << "@priya";
    QTest::newRow("a dotted handle") << "priya.sharma"
                                     << "@priya.sharma";
    QTest::newRow("a name with a space") << "Priya Sharma"
                                         << "@\"Priya Sharma\"";
    QTest::newRow("an accented name") << "José Álvarez"
                                      << "@\"José Álvarez\"";
    QTest::newRow("an apostrophe") << "O'Brien"
                                   << "@\"O'Brien\"";
    QTest::newRow("a full stop at the end") << "Jr."
                                            << "@\"Jr.\"";
    QTest::newRow("a straight quote in the name") << "Ana \"Bee\" Lima"
                                                  << "@\u201CAna \"Bee\" Lima\u201D";
    QTest::newRow("both kinds of quote") << "Ana \"Bee\" \u201DLima"
                                         << "";
    QTest::newRow("a line break") << "Ana\nLima"
                                  << "";
}

void TestTaskLine::ownerTokenReadsBack()
{
    QFETCH(QString, owner);
    QFETCH(QString, token);

    QCOMPARE(TaskLineWriter::ownerToken(owner), token);
    if (token.isEmpty())
        return;
    const auto task = TaskLine::parse(QStringLiteral("- [ ] Fix it %1 due:fri").arg(token), wednesday);
    QVERIFY(task);
    QCOMPARE(task->capture.ownerWritten, owner);
    QCOMPARE(task->title, QStringLiteral("Fix it"));
    QCOMPARE(task->capture.due->date, QDate(2026, 11, 20));

    ActionItem item;
    item.title = QStringLiteral("Fix it");
    item.ownerText = owner;
    const auto formatted = TaskLine::parse(TaskLineWriter::format(item), wednesday);
    QVERIFY(formatted);
    QCOMPARE(formatted->capture.ownerWritten, owner);
}

QTEST_GUILESS_MAIN(TestTaskLine)
#include "test_taskline.moc"
