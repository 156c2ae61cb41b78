// Create, read, update and delete for every entity, revision conflicts and the links
// between entities.
#include "notebook/notebook.h"
#include "testnotebook.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

class TestRepositories : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Notebook> m_notebook;
    int m_counter = 0;

    Participant makeParticipant(const QString &name, const QString &affiliation = {})
    {
        Participant p;
        p.displayName = name;
        p.affiliation = affiliation;
        auto created = m_notebook->participants().create(p);
        if (!created)
            qFatal("%s", qPrintable(created.error().message()));
        return created.value();
    }

    Meetup makeMeetup(const QString &title)
    {
        Meetup m;
        m.title = title;
        m.startsAt = QDateTime(QDate(2026, 11, 12), QTime(18, 30));
        m.venue = QStringLiteral("The Old Fire Station");
        auto created = m_notebook->meetups().create(m);
        if (!created)
            qFatal("%s", qPrintable(created.error().message()));
        return created.value();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_notebook = test::openNotebook(m_dir, QStringLiteral("nb%1.sqlite").arg(++m_counter));
        QVERIFY(m_notebook);
    }

    void cleanup() { m_notebook.reset(); }

    void meetupRoundTrip()
    {
        Meetup meetup = makeMeetup(QStringLiteral("Failure Modes #12"));
        QVERIFY(meetup.id > 0);
        QCOMPARE(meetup.revision, 1);
        QCOMPARE(meetup.rule, Rule::Chatham);
        QCOMPARE(meetup.startsAt, QDateTime(QDate(2026, 11, 12), QTime(18, 30)));
        QVERIFY(meetup.createdAt.isValid());

        meetup.venue = QStringLiteral("Room 2");
        meetup.rule = Rule::OnRecord;
        auto updated = m_notebook->meetups().update(meetup);
        DEBRIEF_VERIFY_OK(updated);
        QCOMPARE(updated.value().revision, 2);
        QCOMPARE(updated.value().venue, QStringLiteral("Room 2"));
        QCOMPARE(updated.value().rule, Rule::OnRecord);

        makeMeetup(QStringLiteral("Failure Modes #13"));
        auto all = m_notebook->meetups().list();
        DEBRIEF_VERIFY_OK(all);
        QCOMPARE(all.value().size(), 2);

        DEBRIEF_VERIFY_OK(m_notebook->meetups().remove(meetup.id));
        auto gone = m_notebook->meetups().get(meetup.id);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind(), StorageError::Kind::NotFound);
        QCOMPARE(m_notebook->meetups().remove(meetup.id).error().kind(), StorageError::Kind::NotFound);
    }

    void emptyTitlesAreRefused()
    {
        Meetup meetup;
        meetup.title = QStringLiteral("   ");
        auto created = m_notebook->meetups().create(meetup);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind(), StorageError::Kind::Invalid);
        QVERIFY(created.error().message().contains(QStringLiteral("title")));
        QVERIFY(!m_notebook->documents().create(Document{}).ok());
        QVERIFY(!m_notebook->actionItems().create(ActionItem{}).ok());
        QVERIFY(!m_notebook->participants().create(Participant{}).ok());
    }

    void participantWithAliases()
    {
        Participant p;
        p.displayName = QStringLiteral("José Álvarez");
        p.affiliation = QStringLiteral("Paymentron");
        p.aliases = {{AliasKind::Name, QStringLiteral("Pepe")},
                     {AliasKind::Handle, QStringLiteral("@jalvarez")},
                     {AliasKind::Email, QStringLiteral("jose@paymentron.example")},
                     {AliasKind::Url, QStringLiteral("https://github.com/jalvarez")},
                     {AliasKind::Name, QStringLiteral("Pepe")}, // duplicates are stored once
                     {AliasKind::Name, QStringLiteral("  ")}};  // blanks are dropped
        auto created = m_notebook->participants().create(p);
        DEBRIEF_VERIFY_OK(created);
        QCOMPARE(created.value().aliases.size(), 4);
        QVERIFY(created.value().aliases.contains(ParticipantAlias{AliasKind::Handle, QStringLiteral("@jalvarez")}));

        Participant edited = created.value();
        edited.aliases = {{AliasKind::Email, QStringLiteral("jose@example.org")}};
        edited.displayName = QStringLiteral("José Álvarez-Ruiz");
        auto updated = m_notebook->participants().update(edited);
        DEBRIEF_VERIFY_OK(updated);
        QCOMPARE(updated.value().displayName, QStringLiteral("José Álvarez-Ruiz"));
        QCOMPARE(updated.value().aliases,
                 (QList<ParticipantAlias>{{AliasKind::Email, QStringLiteral("jose@example.org")}}));
        QCOMPARE(updated.value().revision, 2);

        auto listed = m_notebook->participants().list();
        DEBRIEF_VERIFY_OK(listed);
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().constFirst().aliases.size(), 1);
    }

    void rosterRoles()
    {
        const Meetup meetup = makeMeetup(QStringLiteral("Failure Modes #12"));
        const Participant priya = makeParticipant(QStringLiteral("Priya Sharma"), QStringLiteral("Paymentron"));
        const Participant tom = makeParticipant(QStringLiteral("Tom Okafor"));
        const Participant ana = makeParticipant(QStringLiteral("Ana Lima"));
        DEBRIEF_VERIFY_OK(m_notebook->meetups().setRole(meetup.id, tom.id, MeetupRole::Attendee));
        DEBRIEF_VERIFY_OK(m_notebook->meetups().setRole(meetup.id, priya.id, MeetupRole::Speaker));
        DEBRIEF_VERIFY_OK(m_notebook->meetups().setRole(meetup.id, ana.id, MeetupRole::Attendee));
        DEBRIEF_VERIFY_OK(m_notebook->meetups().setRole(meetup.id, ana.id, MeetupRole::NoteTaker)); // changes role

        auto roster = m_notebook->meetups().roster(meetup.id);
        DEBRIEF_VERIFY_OK(roster);
        QCOMPARE(roster.value().size(), 3);
        QCOMPARE(roster.value().at(0).participant.displayName, QStringLiteral("Priya Sharma"));
        QCOMPARE(roster.value().at(0).role, MeetupRole::Speaker);
        QCOMPARE(roster.value().at(0).participant.affiliation, QStringLiteral("Paymentron"));
        QCOMPARE(roster.value().at(1).participant.displayName, QStringLiteral("Ana Lima"));
        QCOMPARE(roster.value().at(1).role, MeetupRole::NoteTaker);
        QCOMPARE(roster.value().at(2).role, MeetupRole::Attendee);

        DEBRIEF_VERIFY_OK(m_notebook->meetups().removeFromRoster(meetup.id, tom.id));
        QCOMPARE(m_notebook->meetups().roster(meetup.id).value().size(), 2);

        // Deleting a participant removes them from every roster.
        DEBRIEF_VERIFY_OK(m_notebook->participants().remove(priya.id));
        QCOMPARE(m_notebook->meetups().roster(meetup.id).value().size(), 1);
    }

    void documentRoundTrip()
    {
        const Meetup meetup = makeMeetup(QStringLiteral("Failure Modes #12"));
        Document d;
        d.meetupId = meetup.id;
        d.kind = DocumentKind::Postmortem;
        d.title = QStringLiteral("Retry storm in the payments API");
        d.slug = QStringLiteral("retry-storm");
        d.body = QStringLiteral("# Summary\n\nClients retried without jitter.\n");
        d.frontMatterExtra = QStringLiteral("layout: post\npermalink: /pm/retry-storm/\n");
        d.rule = Rule::OffRecord;
        d.status = QStringLiteral("draft");
        d.severity = QStringLiteral("SEV-2");
        d.incidentStart = QDateTime(QDate(2026, 11, 3), QTime(9, 14));
        d.incidentEnd = QDateTime(QDate(2026, 11, 3), QTime(10, 2));
        d.tags = {QStringLiteral("payments"), QStringLiteral("retries"), QStringLiteral("Payments")};
        auto created = m_notebook->documents().create(d);
        DEBRIEF_VERIFY_OK(created);
        const Document &stored = created.value();
        QCOMPARE(stored.meetupId, std::optional<qint64>(meetup.id));
        QCOMPARE(stored.body, d.body);
        QCOMPARE(stored.frontMatterExtra, d.frontMatterExtra);
        QCOMPARE(stored.rule, Rule::OffRecord);
        QCOMPARE(stored.severity, QStringLiteral("SEV-2"));
        QCOMPARE(stored.incidentStart, d.incidentStart);
        QCOMPARE(stored.incidentEnd, d.incidentEnd);
        QCOMPARE(stored.tags, (QStringList{QStringLiteral("payments"), QStringLiteral("retries")}));
        QCOMPARE(stored.revision, 1);

        Document edited = stored;
        edited.body += QStringLiteral("\nMore text.\n");
        edited.tags = {QStringLiteral("retries"), QStringLiteral("sev2")};
        auto updated = m_notebook->documents().update(edited);
        DEBRIEF_VERIFY_OK(updated);
        QCOMPARE(updated.value().revision, 2);
        QCOMPARE(updated.value().body, edited.body);
        QCOMPARE(updated.value().tags, (QStringList{QStringLiteral("retries"), QStringLiteral("sev2")}));
        auto tags = m_notebook->documents().allTags();
        DEBRIEF_VERIFY_OK(tags);
        QCOMPARE(tags.value(), (QStringList{QStringLiteral("retries"), QStringLiteral("sev2")}));

        auto listed = m_notebook->documents().list();
        DEBRIEF_VERIFY_OK(listed);
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().constFirst().title, d.title);
        QCOMPARE(listed.value().constFirst().meetupId, std::optional<qint64>(meetup.id));

        // A deleted meetup leaves its documents as loose documents.
        DEBRIEF_VERIFY_OK(m_notebook->meetups().remove(meetup.id));
        QCOMPARE(m_notebook->documents().get(stored.id).value().meetupId, std::nullopt);

        DEBRIEF_VERIFY_OK(m_notebook->documents().remove(stored.id));
        QCOMPARE(m_notebook->documents().get(stored.id).error().kind(), StorageError::Kind::NotFound);
    }

    void documentRevisionConflict()
    {
        Document d;
        d.title = QStringLiteral("Shared postmortem");
        d.body = QStringLiteral("original");
        auto created = m_notebook->documents().create(d);
        DEBRIEF_VERIFY_OK(created);

        Document mine = created.value();
        Document theirs = created.value();
        theirs.body = QStringLiteral("their edit");
        DEBRIEF_VERIFY_OK(m_notebook->documents().update(theirs));

        mine.body = QStringLiteral("my edit");
        auto conflict = m_notebook->documents().update(mine);
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.error().kind(), StorageError::Kind::Conflict);
        QVERIFY2(conflict.error().message().contains(QStringLiteral("changed elsewhere")),
                 qPrintable(conflict.error().message()));
        QCOMPARE(m_notebook->documents().get(d.id == 0 ? created.value().id : d.id).value().body,
                 QStringLiteral("their edit"));
    }

    void actionItemRoundTrip()
    {
        const Meetup meetup = makeMeetup(QStringLiteral("Failure Modes #12"));
        const Participant priya = makeParticipant(QStringLiteral("Priya Sharma"));
        Document d;
        d.title = QStringLiteral("Postmortem");
        d.meetupId = meetup.id;
        const Document doc = m_notebook->documents().create(d).value();

        ActionItem a;
        a.documentId = doc.id;
        a.title = QStringLiteral("Add jitter to retries");
        a.ownerParticipantId = priya.id;
        a.ownerText = QStringLiteral("ignored for roster owners");
        a.dueDate = QDate(2026, 12, 1);
        a.priority = ActionPriority::High;
        a.ticketUrl = QStringLiteral("https://tracker.example/PAY-12");
        auto created = m_notebook->actionItems().create(a);
        DEBRIEF_VERIFY_OK(created);
        QCOMPARE(created.value().ownerText, QStringLiteral("Priya Sharma")); // the roster name, read fresh
        QCOMPARE(created.value().dueDate, QDate(2026, 12, 1));
        QCOMPARE(created.value().priority, ActionPriority::High);
        QCOMPARE(created.value().status, ActionStatus::Open);
        QVERIFY(!created.value().completedAt.isValid());

        ActionItem done = created.value();
        done.status = ActionStatus::Done;
        auto closed = m_notebook->actionItems().update(done);
        DEBRIEF_VERIFY_OK(closed);
        QVERIFY(closed.value().completedAt.isValid());

        ActionItem reopened = closed.value();
        reopened.status = ActionStatus::InProgress;
        auto again = m_notebook->actionItems().update(reopened);
        DEBRIEF_VERIFY_OK(again);
        QVERIFY(!again.value().completedAt.isValid());

        // Stale copy: a conflict, and the newer state stays.
        auto stale = m_notebook->actionItems().update(done);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind(), StorageError::Kind::Conflict);
        QCOMPARE(m_notebook->actionItems().get(done.id).value().status, ActionStatus::InProgress);

        // The owner leaves the roster: the action keeps a readable owner.
        DEBRIEF_VERIFY_OK(m_notebook->participants().remove(priya.id));
        auto orphan = m_notebook->actionItems().get(done.id);
        DEBRIEF_VERIFY_OK(orphan);
        QCOMPARE(orphan.value().ownerParticipantId, std::nullopt);
        QCOMPARE(orphan.value().ownerText, QStringLiteral("Priya Sharma"));

        // Deleting the document keeps the action: nothing is forgotten.
        DEBRIEF_VERIFY_OK(m_notebook->documents().remove(doc.id));
        QCOMPARE(m_notebook->actionItems().get(done.id).value().documentId, std::nullopt);

        DEBRIEF_VERIFY_OK(m_notebook->actionItems().remove(done.id));
        QCOMPARE(m_notebook->actionItems().get(done.id).error().kind(), StorageError::Kind::NotFound);
    }

    void actionItemFilters()
    {
        const Meetup meetup = makeMeetup(QStringLiteral("Failure Modes #12"));
        Document d;
        d.title = QStringLiteral("Notes");
        d.meetupId = meetup.id;
        const Document doc = m_notebook->documents().create(d).value();
        Document other;
        other.title = QStringLiteral("Loose");
        const Document loose = m_notebook->documents().create(other).value();

        auto add = [&](const QString &title, std::optional<qint64> documentId, std::optional<qint64> meetupId,
                       QDate due, ActionStatus status) {
            ActionItem a;
            a.title = title;
            a.documentId = documentId;
            a.meetupId = meetupId;
            a.dueDate = due;
            a.status = status;
            a.ownerText = QStringLiteral("Someone");
            auto created = m_notebook->actionItems().create(a);
            QVERIFY(created.ok());
        };
        add(QStringLiteral("undated"), doc.id, std::nullopt, QDate(), ActionStatus::Open);
        add(QStringLiteral("late"), doc.id, std::nullopt, QDate(2026, 1, 1), ActionStatus::Open);
        add(QStringLiteral("meetup-level"), std::nullopt, meetup.id, QDate(2026, 6, 1), ActionStatus::Blocked);
        add(QStringLiteral("finished"), loose.id, std::nullopt, QDate(2026, 3, 1), ActionStatus::Done);

        auto titles = [&](const ActionItemRepository::Filter &filter) {
            QStringList result;
            for (const ActionItem &item : m_notebook->actionItems().list(filter).value())
                result << item.title;
            return result;
        };
        ActionItemRepository::Filter everything;
        ActionItemRepository::Filter ofDocument;
        ofDocument.documentId = doc.id;
        ActionItemRepository::Filter ofMeetup;
        ofMeetup.meetupId = meetup.id;
        ActionItemRepository::Filter open;
        open.openOnly = true;
        QCOMPARE(titles(everything), (QStringList{QStringLiteral("late"), QStringLiteral("finished"),
                                                  QStringLiteral("meetup-level"), QStringLiteral("undated")}));
        QCOMPARE(titles(ofDocument), (QStringList{QStringLiteral("late"), QStringLiteral("undated")}));
        QCOMPARE(titles(ofMeetup),
                 (QStringList{QStringLiteral("late"), QStringLiteral("meetup-level"), QStringLiteral("undated")}));
        QCOMPARE(titles(open),
                 (QStringList{QStringLiteral("late"), QStringLiteral("meetup-level"), QStringLiteral("undated")}));
    }

    void taskLineFlagRoundTrips()
    {
        ActionItem a;
        a.title = QStringLiteral("From a task line");
        a.fromTaskLine = true;
        auto created = m_notebook->actionItems().create(a);
        DEBRIEF_VERIFY_OK(created);
        QVERIFY(created.value().fromTaskLine);
        ActionItem kept = created.value();
        kept.fromTaskLine = false; // the user chose to keep it after deleting its line
        auto updated = m_notebook->actionItems().update(kept);
        DEBRIEF_VERIFY_OK(updated);
        QVERIFY(!updated.value().fromTaskLine);
    }

    void labelsAreStableAndStayPerMeetup()
    {
        const Meetup first = makeMeetup(QStringLiteral("Failure Modes #12"));
        const Meetup second = makeMeetup(QStringLiteral("Failure Modes #13"));
        const Participant priya = makeParticipant(QStringLiteral("Priya Sharma"));
        const Participant tom = makeParticipant(QStringLiteral("Tom Okafor"));
        const QString style = QStringLiteral("letters");
        DEBRIEF_VERIFY_OK(m_notebook->labels().addLabels(first.id, style, {{priya.id, QStringLiteral("Speaker A")}}));
        // A later export may add people, but never renames one already labelled.
        DEBRIEF_VERIFY_OK(m_notebook->labels().addLabels(
            first.id, style, {{priya.id, QStringLiteral("Speaker B")}, {tom.id, QStringLiteral("Participant 1")}}));
        auto labels = m_notebook->labels().labels(first.id, style);
        DEBRIEF_VERIFY_OK(labels);
        QCOMPARE(labels.value().value(priya.id), QStringLiteral("Speaker A"));
        QCOMPARE(labels.value().value(tom.id), QStringLiteral("Participant 1"));
        QVERIFY(m_notebook->labels().labels(second.id, style).value().isEmpty());
        QVERIFY(m_notebook->labels().labels(first.id, QStringLiteral("numbers")).value().isEmpty());

        DEBRIEF_VERIFY_OK(m_notebook->labels().clear(first.id));
        QVERIFY(m_notebook->labels().labels(first.id, style).value().isEmpty());
    }

    void overdueIsRelativeToToday_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<ActionStatus>("status");
        QTest::addColumn<bool>("overdue");
        const QDate today(2026, 11, 21);
        QTest::newRow("due yesterday, open") << today.addDays(-1) << ActionStatus::Open << true;
        QTest::newRow("due yesterday, blocked") << today.addDays(-1) << ActionStatus::Blocked << true;
        QTest::newRow("due yesterday, done") << today.addDays(-1) << ActionStatus::Done << false;
        QTest::newRow("due yesterday, dropped") << today.addDays(-1) << ActionStatus::Dropped << false;
        QTest::newRow("due today") << today << ActionStatus::Open << false;
        QTest::newRow("no due date") << QDate() << ActionStatus::Open << false;
    }

    void overdueIsRelativeToToday()
    {
        QFETCH(QDate, due);
        QFETCH(ActionStatus, status);
        QFETCH(bool, overdue);
        ActionItem item;
        item.dueDate = due;
        item.status = status;
        QCOMPARE(item.isOverdue(QDate(2026, 11, 21)), overdue);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "test_repositories.moc"
