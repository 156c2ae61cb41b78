// Chatham House labels kept in the notebook: a second export of a meetup labels everyone as
// the first did, new people get labels nobody has, and action items show labels.
#include "chatham/anonymiser.h"
#include "chatham/exportactions.h"
#include "chatham/meetuproster.h"
#include "testnotebook.h"

#include <QStandardPaths>
#include <QTest>

using namespace debrief;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Notebook> notebook;
    qint64 meetupId = 0;
    QHash<QString, qint64> ids;

    bool setUp()
    {
        notebook = test::openNotebook(dir);
        if (!notebook)
            return false;
        Meetup meetup;
        meetup.title = QStringLiteral("Failure modes #12");
        meetupId = notebook->meetups().create(meetup).value().id;
        return add(QStringLiteral("Priya Sharma"), MeetupRole::Speaker) &&
               add(QStringLiteral("Tomasz Nowak"), MeetupRole::Speaker) &&
               add(QStringLiteral("Grace Okafor"), MeetupRole::Attendee);
    }
    bool add(const QString &name, MeetupRole role)
    {
        Participant p;
        p.displayName = name;
        auto created = notebook->participants().create(p);
        if (!created.ok() || !notebook->meetups().setRole(meetupId, created.value().id, role).ok())
            return false;
        ids.insert(name, created.value().id);
        return true;
    }
    /// One export: anonymise with the stored labels, then keep the labels given.
    QString exportText(const QString &text, LabelStyle style = LabelStyle::Letters)
    {
        const MeetupRoster roster = MeetupRoster::load(notebook->meetups(), meetupId).value();
        AnonymiserOptions options;
        options.labelStyle = style;
        options.presetLabels = roster.storedLabels(notebook->labels(), style).value();
        Anonymiser anonymiser(roster.roster(), options);
        const QString result = anonymiser.anonymise(text).text;
        if (!roster.storeLabels(notebook->labels(), style, anonymiser.labeller().personLabels()).ok())
            return QStringLiteral("<labels not stored>");
        return result;
    }
};

} // namespace

class MeetupLabelsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void labelsAreStableAcrossExports()
    {
        Fixture f;
        QVERIFY(f.setUp());
        QCOMPARE(f.exportText(QStringLiteral("Tomasz Nowak opened; Priya Sharma answered.")),
                 QStringLiteral("Speaker A opened; Speaker B answered."));
        // The other order of first mention must not swap the labels.
        QCOMPARE(f.exportText(QStringLiteral("Priya Sharma spoke after Tomasz Nowak.")),
                 QStringLiteral("Speaker B spoke after Speaker A."));
        // A fresh notebook connection reads the same labels from the database.
        auto reopened = test::openNotebook(f.dir);
        QVERIFY(reopened);
        auto stored = reopened->labels().labels(f.meetupId, QStringLiteral("letters"));
        DEBRIEF_VERIFY_OK(stored);
        QCOMPARE(stored.value().value(f.ids.value(QStringLiteral("Tomasz Nowak"))), QStringLiteral("Speaker A"));
        QCOMPARE(stored.value().value(f.ids.value(QStringLiteral("Priya Sharma"))), QStringLiteral("Speaker B"));
    }

    void newPeopleNeverTakeAnEarlierLabel()
    {
        Fixture f;
        QVERIFY(f.setUp());
        QCOMPARE(f.exportText(QStringLiteral("Priya Sharma and Grace Okafor.")),
                 QStringLiteral("Speaker A and Participant 1."));
        QVERIFY(f.add(QStringLiteral("Dana Whitfield"), MeetupRole::Attendee));
        QCOMPARE(f.exportText(QStringLiteral("Dana Whitfield, Tomasz Nowak, Grace Okafor, Priya Sharma.")),
                 QStringLiteral("Participant 2, Speaker B, Participant 1, Speaker A."));
    }

    void stylesKeepTheirOwnLabels()
    {
        Fixture f;
        QVERIFY(f.setUp());
        QCOMPARE(f.exportText(QStringLiteral("Priya Sharma."), LabelStyle::Numbers), QStringLiteral("Participant 1."));
        QCOMPARE(f.exportText(QStringLiteral("Tomasz Nowak, Priya Sharma."), LabelStyle::Letters),
                 QStringLiteral("Speaker A, Speaker B."));
        QCOMPARE(f.exportText(QStringLiteral("Priya Sharma."), LabelStyle::Numbers), QStringLiteral("Participant 1."));
        QCOMPARE(f.exportText(QStringLiteral("Priya Sharma and Grace Okafor."), LabelStyle::Roles),
                 QStringLiteral("A speaker and an attendee."));
        QCOMPARE(f.exportText(QStringLiteral("Grace Okafor and Priya Sharma."), LabelStyle::Roles),
                 QStringLiteral("An attendee and a speaker."));
    }

    void presetLabelsOutsideTheRosterAreIgnored()
    {
        Roster roster({RosterPerson{QStringLiteral("Priya Sharma"), {}, {}, {}, {}, {}, {}, MeetupRole::Speaker}});
        Labeller labeller(roster, LabelStyle::Letters, AffiliationStyle::Generic,
                          {{5, QStringLiteral("Speaker A")}, {0, QStringLiteral("Speaker C")}});
        QCOMPARE(labeller.labelFor({MentionOwner::Type::Person, 0}), QStringLiteral("Speaker C"));
        QCOMPARE(labeller.personLabels().size(), 1);
    }

    void actionItemsShowLabelsNotOwners_data()
    {
        QTest::addColumn<bool>("fromTaskLine");
        QTest::addColumn<bool>("ownerOnRoster");
        QTest::addColumn<QString>("expected");
        QTest::newRow("owner on the roster becomes their label")
            << false << true
            << QStringLiteral("Notes.\n\n## Action items\n\n- [ ] Add jitter due:2026-12-01 — owner: Speaker A\n");
        QTest::newRow("owner not on the roster is left out")
            << false << false << QStringLiteral("Notes.\n\n## Action items\n\n- [ ] Add jitter due:2026-12-01\n");
        QTest::newRow("actions already in the text as task lines are not repeated")
            << true << true << QStringLiteral("Notes.\n");
    }

    void actionItemsShowLabelsNotOwners()
    {
        QFETCH(bool, fromTaskLine);
        QFETCH(bool, ownerOnRoster);
        QFETCH(QString, expected);
        Fixture f;
        QVERIFY(f.setUp());
        ActionItem action;
        action.title = QStringLiteral("Add jitter");
        action.dueDate = QDate(2026, 12, 1);
        action.ownerParticipantId = ownerOnRoster ? f.ids.value(QStringLiteral("Priya Sharma")) : 999;
        action.ownerText = QStringLiteral("Priya Sharma");
        action.ticketUrl = QStringLiteral("https://tracker.example/u/psharma/42");
        action.fromTaskLine = fromTaskLine;
        QHash<qint64, QString> names{{f.ids.value(QStringLiteral("Priya Sharma")), QStringLiteral("Priya Sharma")}};
        const QString text = ExportActions::withActions(QStringLiteral("Notes.\n"), {action}, names);
        QCOMPARE(f.exportText(text), expected);
    }
};

QTEST_GUILESS_MAIN(MeetupLabelsTest)
#include "test_meetuplabels.moc"
