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

QTEST_GUILESS_MAIN(TestTaskLine)
#include "test_taskline.moc"
