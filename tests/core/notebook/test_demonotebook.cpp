// The demo notebook shows every feature with believable content: a meetup and its roster,
// a postmortem from the SRE template, notes naming the participants, and action items whose
// due dates are relative to the day it is created.
#include "notebook/demonotebook.h"
#include "testnotebook.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace debrief;

namespace {

/// The demo's content, read back through the repositories.
struct DemoContent
{
    Meetup meetup;
    QList<RosterEntry> roster;
    QList<Document> documents;
    QList<ActionItem> actions;

    [[nodiscard]] Document documentOfKind(DocumentKind kind) const
    {
        for (const Document &document : documents) {
            if (document.kind == kind)
                return document;
        }
        return {};
    }
    [[nodiscard]] QList<Participant> withRole(MeetupRole role) const
    {
        QList<Participant> people;
        for (const RosterEntry &entry : roster) {
            if (entry.role == role)
                people << entry.participant;
        }
        return people;
    }
};

QString handleOf(const Participant &participant)
{
    for (const ParticipantAlias &alias : participant.aliases) {
        if (alias.kind == AliasKind::Handle)
            return alias.value;
    }
    return {};
}

} // namespace

class TestDemoNotebook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void meetupHasRoster();
    void postmortemFollowsSreTemplate();
    void notesMentionParticipants();
    void everyActionHasOwnerAndDueDate();
    void dueDatesFollowToday_data();
    void dueDatesFollowToday();
    void taskLinesMatchActions();
    void viewsAreNotified();

private:
    /// Creates the demo for @p today in a fresh notebook and reads it all back.
    void createDemo(const QDate &today, DemoContent &content);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Notebook> m_notebook;
    const QDate m_today{2026, 3, 11};
};

void TestDemoNotebook::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDemoNotebook::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_notebook = test::openNotebook(*m_dir);
    QVERIFY(m_notebook);
    QVERIFY(m_notebook->isEmpty());
}

void TestDemoNotebook::cleanup()
{
    m_notebook.reset();
    m_dir.reset();
}

void TestDemoNotebook::createDemo(const QDate &today, DemoContent &content)
{
    const Status created = createDemoNotebook(*m_notebook, today);
    DEBRIEF_VERIFY_OK(created);
    QVERIFY(!m_notebook->isEmpty());

    auto meetups = m_notebook->meetups().list();
    DEBRIEF_VERIFY_OK(meetups);
    QCOMPARE(meetups.value().size(), 1);
    content.meetup = meetups.value().constFirst();

    auto roster = m_notebook->meetups().roster(content.meetup.id);
    DEBRIEF_VERIFY_OK(roster);
    content.roster = roster.value();

    auto summaries = m_notebook->documents().list();
    DEBRIEF_VERIFY_OK(summaries);
    for (const DocumentSummary &summary : summaries.value()) {
        auto document = m_notebook->documents().get(summary.id);
        DEBRIEF_VERIFY_OK(document);
        content.documents << document.value();
    }

    auto actions = m_notebook->actionItems().list();
    DEBRIEF_VERIFY_OK(actions);
    content.actions = actions.value();
}

void TestDemoNotebook::meetupHasRoster()
{
    DemoContent demo;
    createDemo(m_today, demo);
    if (QTest::currentTestFailed())
        return;

    QVERIFY(demo.meetup.title.contains(QLatin1String("Retry storms")));
    QCOMPARE(demo.meetup.rule, Rule::Chatham);
    QVERIFY(!demo.meetup.venue.isEmpty());
    // The evening has already happened: its notes and actions exist.
    QVERIFY(demo.meetup.startsAt.date() < m_today);
    QVERIFY(demo.meetup.startsAt.date() >= m_today.addDays(-7));

    QCOMPARE(demo.withRole(MeetupRole::Speaker).size(), 2);
    QVERIFY(demo.withRole(MeetupRole::Attendee).size() >= 2);
    QCOMPARE(demo.withRole(MeetupRole::Organiser).size(), 1);
    QCOMPARE(demo.withRole(MeetupRole::NoteTaker).size(), 1);

    // Chatham House mode needs more than display names to work on.
    QSet<int> aliasKinds;
    bool accented = false;
    for (const RosterEntry &entry : demo.roster) {
        QVERIFY2(!handleOf(entry.participant).isEmpty(), qPrintable(entry.participant.displayName));
        for (const ParticipantAlias &alias : entry.participant.aliases)
            aliasKinds.insert(int(alias.kind));
        const QString name = entry.participant.displayName;
        accented = accented || name != name.normalized(QString::NormalizationForm_D);
    }
    QCOMPARE(aliasKinds.size(), 4);
    QVERIFY2(accented, "no participant with an accented name");
}

void TestDemoNotebook::postmortemFollowsSreTemplate()
{
    DemoContent demo;
    createDemo(m_today, demo);
    if (QTest::currentTestFailed())
        return;

    const Document postmortem = demo.documentOfKind(DocumentKind::Postmortem);
    QVERIFY(postmortem.id != 0);
    QCOMPARE(postmortem.severity, QStringLiteral("SEV-2"));
    QVERIFY(postmortem.incidentStart.isValid());
    QVERIFY(postmortem.incidentStart < postmortem.incidentEnd);
    QVERIFY(postmortem.incidentEnd.date() < m_today);

    // Every section heading of the template, in the template's order.
    QFile templateFile(QStringLiteral(":/templates/postmortem-sre.md"));
    QVERIFY(templateFile.open(QIODevice::ReadOnly));
    const QStringList templateLines = QString::fromUtf8(templateFile.readAll()).split(QLatin1Char('\n'));
    const QStringList bodyLines = postmortem.body.split(QLatin1Char('\n'));
    QStringList headings;
    for (const QString &line : templateLines) {
        if (line.startsWith(QLatin1String("## ")) || line.startsWith(QLatin1String("### ")))
            headings << line;
    }
    QVERIFY(headings.contains(QStringLiteral("## Root causes")));
    QVERIFY(headings.contains(QStringLiteral("### Where we got lucky")));
    qsizetype previous = -1;
    for (const QString &heading : headings) {
        const qsizetype at = bodyLines.indexOf(heading);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("missing heading: ") + heading));
        QVERIFY2(at > previous, qPrintable(QStringLiteral("heading out of order: ") + heading));
        previous = at;
    }

    // Dates are filled in: the incident day (the timeline is in UTC) appears, no placeholder is left.
    QVERIFY(!postmortem.body.contains(QLatin1String("{{")));
    QVERIFY(postmortem.body.contains(postmortem.incidentStart.toUTC().date().toString(Qt::ISODate)));
}

void TestDemoNotebook::notesMentionParticipants()
{
    DemoContent demo;
    createDemo(m_today, demo);
    if (QTest::currentTestFailed())
        return;

    const Document notes = demo.documentOfKind(DocumentKind::MeetupNotes);
    QVERIFY(notes.id != 0);
    QVERIFY(notes.meetupId == demo.meetup.id);
    QVERIFY(demo.documentOfKind(DocumentKind::TalkNotes).id != 0);

    for (const Participant &speaker : demo.withRole(MeetupRole::Speaker)) {
        QVERIFY2(notes.body.contains(speaker.displayName), qPrintable(speaker.displayName));
        QVERIFY2(notes.body.contains(speaker.affiliation), qPrintable(speaker.affiliation));
        QVERIFY2(notes.body.contains(handleOf(speaker)), qPrintable(handleOf(speaker)));
    }
    // Everyone on the roster is named somewhere, by first name at least.
    for (const RosterEntry &entry : demo.roster) {
        const QString firstName = entry.participant.displayName.section(QLatin1Char(' '), 0, 0);
        QVERIFY2(notes.body.contains(firstName), qPrintable(firstName));
    }
}

void TestDemoNotebook::everyActionHasOwnerAndDueDate()
{
    DemoContent demo;
    createDemo(m_today, demo);
    if (QTest::currentTestFailed())
        return;

    QVERIFY(demo.actions.size() >= 6);
    QVERIFY(demo.actions.size() <= 8);
    QSet<qint64> rosterIds;
    for (const RosterEntry &entry : demo.roster)
        rosterIds.insert(entry.participant.id);

    int done = 0;
    for (const ActionItem &action : demo.actions) {
        QVERIFY2(action.ownerParticipantId.has_value(), qPrintable(action.title));
        QVERIFY2(rosterIds.contains(*action.ownerParticipantId), qPrintable(action.title));
        QVERIFY2(!action.ownerText.isEmpty(), qPrintable(action.title));
        QVERIFY2(action.dueDate.isValid(), qPrintable(action.title));
        QVERIFY2(action.documentId.has_value() || action.meetupId.has_value(), qPrintable(action.title));
        if (action.status == ActionStatus::Done) {
            ++done;
            QVERIFY(action.completedAt.isValid());
        }
    }
    QCOMPARE(done, 1);
}

void TestDemoNotebook::dueDatesFollowToday_data()
{
    QTest::addColumn<QDate>("today");
    QTest::newRow("a Wednesday in March") << QDate(2026, 3, 11);
    QTest::newRow("new year's day: dates cross the year") << QDate(2027, 1, 1);
    QTest::newRow("leap day") << QDate(2028, 2, 29);
}

void TestDemoNotebook::dueDatesFollowToday()
{
    QFETCH(QDate, today);
    DemoContent demo;
    createDemo(today, demo);
    if (QTest::currentTestFailed())
        return;

    int overdue = 0;
    int dueWithinAWeek = 0;
    int later = 0;
    for (const ActionItem &action : demo.actions) {
        if (action.isOverdue(today))
            ++overdue;
        else if (!isClosed(action.status) && action.dueDate <= today.addDays(7))
            ++dueWithinAWeek;
        else if (!isClosed(action.status))
            ++later;
    }
    QVERIFY2(overdue >= 2, qPrintable(QString::number(overdue)));
    QVERIFY2(dueWithinAWeek >= 2, qPrintable(QString::number(dueWithinAWeek)));
    QVERIFY(later >= 1);
    // A month earlier nothing was overdue yet: the dates really move with today.
    for (const ActionItem &action : demo.actions)
        QVERIFY(!action.isOverdue(today.addDays(-30)));
}

void TestDemoNotebook::taskLinesMatchActions()
{
    DemoContent demo;
    createDemo(m_today, demo);
    if (QTest::currentTestFailed())
        return;

    QHash<qint64, Document> byId;
    int taskLines = 0;
    static const QRegularExpression taskLine(QStringLiteral(R"(^- \[[ x]\] )"), QRegularExpression::MultilineOption);
    for (const Document &document : demo.documents) {
        byId.insert(document.id, document);
        taskLines += int(document.body.count(taskLine));
    }
    // The text and the tracker tell the same story: one task line per action, same due date.
    QCOMPARE(taskLines, demo.actions.size());
    for (const ActionItem &action : demo.actions) {
        QVERIFY(action.documentId.has_value());
        const Document document = byId.value(*action.documentId);
        const QString box = action.status == ActionStatus::Done ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] ");
        const QRegularExpression line(QStringLiteral("^") + QRegularExpression::escape(box + action.title) +
                                          QStringLiteral(" @\\S+ due:") + action.dueDate.toString(Qt::ISODate),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(line.match(document.body).hasMatch(), qPrintable(action.title));
    }
}

void TestDemoNotebook::viewsAreNotified()
{
    QSignalSpy meetups(m_notebook.get(), &Notebook::meetupsChanged);
    QSignalSpy documents(m_notebook.get(), &Notebook::documentsChanged);
    QSignalSpy actions(m_notebook.get(), &Notebook::actionItemsChanged);
    QSignalSpy participants(m_notebook.get(), &Notebook::participantsChanged);
    DEBRIEF_VERIFY_OK(createDemoNotebook(*m_notebook, m_today));
    QCOMPARE(meetups.count(), 1);
    QCOMPARE(documents.count(), 1);
    QCOMPARE(actions.count(), 1);
    QCOMPARE(participants.count(), 1);
}

QTEST_GUILESS_MAIN(TestDemoNotebook)
#include "test_demonotebook.moc"
