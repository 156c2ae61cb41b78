#include "notebook/demonotebook.h"

#include "notebook/notebook.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace debrief {

namespace {

// The demo is fictional: names, companies, handles and e-mail addresses (on .example
// domains) were made up for it. The roster is deliberately varied so that Chatham House
// mode has work to do: accented names, nicknames, a first name that is also an English
// word ("Will"), another that appears in ordinary text ("grace period").
struct DemoPerson
{
    const char *key; ///< how the action items below refer to the person
    const char *name;
    const char *affiliation;
    MeetupRole role;
    QList<ParticipantAlias> aliases;
};

QList<DemoPerson> demoRoster()
{
    const auto alias = [](AliasKind kind, const char *value) {
        return ParticipantAlias{kind, QString::fromUtf8(value)};
    };
    return {
        {"priya",
         "Priya Raman",
         "Kestrel Pay",
         MeetupRole::Speaker,
         {alias(AliasKind::Name, "Priya"), alias(AliasKind::Handle, "@priyar"),
          alias(AliasKind::Email, "priya.raman@kestrelpay.example"),
          alias(AliasKind::Url, "https://github.com/priyar-kestrel")}},
        {"jose",
         "José Fernández",
         "Northwind Logistics",
         MeetupRole::Speaker,
         {alias(AliasKind::Name, "José Ángel Fernández"), alias(AliasKind::Name, "Jose Fernandez"),
          alias(AliasKind::Handle, "@jafernandez"), alias(AliasKind::Email, "jose.fernandez@northwind.example")}},
        {"grace",
         "Grace Lindqvist",
         "Failure Modes meetup",
         MeetupRole::Organiser,
         {alias(AliasKind::Handle, "@gracel"), alias(AliasKind::Email, "grace@failuremodes.example")}},
        {"tomasz",
         "Tomasz Wójcik",
         "",
         MeetupRole::NoteTaker,
         {alias(AliasKind::Name, "Tomek"), alias(AliasKind::Handle, "@tomasz_w"),
          alias(AliasKind::Email, "tomasz@wojcik.example")}},
        {"will",
         "Will Okafor",
         "Lumen Health",
         MeetupRole::Attendee,
         {alias(AliasKind::Name, "William Okafor"), alias(AliasKind::Handle, "@wokafor"),
          alias(AliasKind::Email, "will.okafor@lumenhealth.example")}},
        {"meiling",
         "Mei-Ling Chen",
         "Kestrel Pay",
         MeetupRole::Attendee,
         {alias(AliasKind::Name, "Mei"), alias(AliasKind::Handle, "@meiling"),
          alias(AliasKind::Email, "mei-ling.chen@kestrelpay.example")}},
    };
}

/// An action item as the demo text lists it; dates are days relative to "today".
struct DemoAction
{
    const char *title;
    const char *owner; ///< DemoPerson::key
    int dueInDays;
    ActionStatus status;
    ActionPriority priority;
};

// Each list matches the task lines of its document in resources/demo/.
const QList<DemoAction> &postmortemActions()
{
    static const QList<DemoAction> actions = {
        {"Add jittered exponential backoff to the payments SDK client", "priya", -6, ActionStatus::InProgress,
         ActionPriority::High},
        {"Enforce a retry budget of 10 % per client at the API gateway", "meiling", 3, ActionStatus::Open,
         ActionPriority::High},
        {"Alert on the retry ratio per client, not only on the error rate", "meiling", -2, ActionStatus::Open,
         ActionPriority::Normal},
        {"Document the retry-shedding switch in the payments runbook", "priya", -10, ActionStatus::Done,
         ActionPriority::Normal},
    };
    return actions;
}

const QList<DemoAction> &meetupActions()
{
    static const QList<DemoAction> actions = {
        {"Send the notes to both speakers for review before publishing", "tomasz", 1, ActionStatus::InProgress,
         ActionPriority::High},
        {"Publish the anonymised write-up on the community site", "grace", 2, ActionStatus::Open,
         ActionPriority::Normal},
        {"Share the circuit-breaker configuration example from the talk", "jose", -1, ActionStatus::Open,
         ActionPriority::Normal},
        {"Propose a topic and a speaker for Failure Modes #13", "will", 14, ActionStatus::Open, ActionPriority::Low},
    };
    return actions;
}

/// Reads a demo document from the resources and puts in dates relative to @p today.
Result<QString> demoText(const QString &name, const QDate &today)
{
    QFile file(QStringLiteral(":/demo/%1.md").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return StorageError(StorageError::Kind::Other,
                            QCoreApplication::translate("debrief::DemoNotebook",
                                                        "The demo notebook could not be created: its text is "
                                                        "missing from this build."),
                            file.fileName() + QStringLiteral(": ") + file.errorString());
    }
    QString text = QString::fromUtf8(file.readAll());

    static const QRegularExpression token(QStringLiteral(R"(\{\{date:([+-]\d+)\}\})"));
    QString result;
    qsizetype last = 0;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += today.addDays(match.captured(1).toInt()).toString(Qt::ISODate);
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

/// Everything the demo creates, filled in step by step inside the transaction.
class DemoBuilder
{
public:
    DemoBuilder(Notebook &notebook, const QDate &today)
        : m_notebook(notebook)
        , m_today(today)
    {}

    Status build()
    {
        Status status = createMeetup();
        if (status)
            status = createRoster();
        if (status)
            status = createDocuments();
        if (status)
            status = createActions(postmortemActions(), m_postmortemId, m_meetupId, m_today.addDays(-28));
        if (status)
            status = createActions(meetupActions(), m_meetupNotesId, m_meetupId, m_today.addDays(-4));
        return status;
    }

private:
    [[nodiscard]] QDateTime at(int days, int hour, int minute) const
    {
        return QDateTime(m_today.addDays(days), QTime(hour, minute));
    }
    [[nodiscard]] QDateTime utcAt(int days, int hour, int minute) const
    {
        return QDateTime(m_today.addDays(days), QTime(hour, minute), QTimeZone::utc());
    }

    Status createMeetup()
    {
        Meetup meetup;
        meetup.title = QStringLiteral("Failure Modes #12: Retry storms and other self-inflicted outages");
        meetup.startsAt = at(-4, 18, 30);
        meetup.venue = QStringLiteral("Hollow Oak Co-working, Room 3, 14 Tanner Street");
        meetup.rule = Rule::Chatham;
        auto created = m_notebook.meetups().create(meetup);
        if (!created)
            return created.error();
        m_meetupId = created.value().id;
        return {};
    }

    Status createRoster()
    {
        for (const DemoPerson &person : demoRoster()) {
            Participant participant;
            participant.displayName = QString::fromUtf8(person.name);
            participant.affiliation = QString::fromUtf8(person.affiliation);
            participant.aliases = person.aliases;
            auto created = m_notebook.participants().create(participant);
            if (!created)
                return created.error();
            if (Status role = m_notebook.meetups().setRole(m_meetupId, created.value().id, person.role); !role)
                return role;
            m_people.insert(QLatin1String(person.key), created.value());
        }
        return {};
    }

    Status createDocuments()
    {
        auto postmortemBody = demoText(QStringLiteral("postmortem"), m_today);
        auto notesBody = demoText(QStringLiteral("meetup-notes"), m_today);
        auto talkBody = demoText(QStringLiteral("talk-notes"), m_today);
        for (const auto *text : {&postmortemBody, &notesBody, &talkBody}) {
            if (!*text)
                return text->error();
        }

        Document postmortem;
        postmortem.meetupId = m_meetupId; // the first talk of the evening walked through it
        postmortem.kind = DocumentKind::Postmortem;
        postmortem.title = QStringLiteral("Payments API retry storm");
        postmortem.slug = QStringLiteral("payments-api-retry-storm");
        postmortem.body = postmortemBody.value();
        // Written a few days after the incident, as postmortems are.
        postmortem.frontMatterExtra =
            QStringLiteral("layout: post\ndate: %1\nauthors:\n  - Priya Raman\n  - Mei-Ling Chen\n")
                .arg(m_today.addDays(-28).toString(Qt::ISODate));
        postmortem.rule = Rule::Chatham;
        postmortem.status = QStringLiteral("reviewed");
        postmortem.severity = QStringLiteral("SEV-2");
        postmortem.incidentStart = utcAt(-32, 14, 7);
        postmortem.incidentEnd = utcAt(-32, 15, 58);
        postmortem.tags = {QStringLiteral("payments"), QStringLiteral("retries"), QStringLiteral("cascading-failure")};
        auto createdPostmortem = m_notebook.documents().create(postmortem);
        if (!createdPostmortem)
            return createdPostmortem.error();
        m_postmortemId = createdPostmortem.value().id;

        Document notes;
        notes.meetupId = m_meetupId;
        notes.kind = DocumentKind::MeetupNotes;
        notes.title = QStringLiteral("Failure Modes #12: meetup notes");
        notes.slug = QStringLiteral("failure-modes-12-notes");
        notes.body = notesBody.value();
        notes.frontMatterExtra = QStringLiteral("layout: post\ndate: %1\nauthor: Tomasz Wójcik\n")
                                     .arg(m_today.addDays(-4).toString(Qt::ISODate));
        notes.rule = Rule::Chatham;
        notes.status = QStringLiteral("draft");
        notes.tags = {QStringLiteral("failure-modes"), QStringLiteral("retries"), QStringLiteral("circuit-breakers")};
        auto createdNotes = m_notebook.documents().create(notes);
        if (!createdNotes)
            return createdNotes.error();
        m_meetupNotesId = createdNotes.value().id;

        Document talk;
        talk.meetupId = m_meetupId;
        talk.kind = DocumentKind::TalkNotes;
        talk.title = QStringLiteral("Anatomy of a retry storm");
        talk.slug = QStringLiteral("anatomy-of-a-retry-storm");
        talk.body = talkBody.value();
        talk.frontMatterExtra =
            QStringLiteral("layout: post\ndate: %1\n").arg(m_today.addDays(-4).toString(Qt::ISODate));
        talk.rule = Rule::Chatham;
        talk.status = QStringLiteral("draft");
        talk.tags = {QStringLiteral("retries"), QStringLiteral("backoff")};
        auto createdTalk = m_notebook.documents().create(talk);
        if (!createdTalk)
            return createdTalk.error();
        return {};
    }

    Status createActions(const QList<DemoAction> &actions, qint64 documentId, qint64 meetupId, const QDate &createdOn)
    {
        for (const DemoAction &action : actions) {
            const Participant owner = m_people.value(QLatin1String(action.owner));
            Q_ASSERT(owner.id != 0);
            ActionItem item;
            item.documentId = documentId;
            item.meetupId = meetupId;
            item.title = QString::fromUtf8(action.title);
            item.ownerParticipantId = owner.id;
            item.ownerText = owner.displayName;
            item.dueDate = m_today.addDays(action.dueInDays);
            item.status = action.status;
            item.priority = action.priority;
            item.createdAt = QDateTime(createdOn, QTime(21, 0));
            if (isClosed(action.status))
                item.completedAt = QDateTime(item.dueDate.addDays(-1), QTime(16, 45));
            auto created = m_notebook.actionItems().create(item);
            if (!created)
                return created.error();
        }
        return {};
    }

    Notebook &m_notebook;
    QDate m_today;
    qint64 m_meetupId = 0;
    qint64 m_postmortemId = 0;
    qint64 m_meetupNotesId = 0;
    QHash<QString, Participant> m_people;
};

} // namespace

Status createDemoNotebook(Notebook &notebook, const QDate &today)
{
    DemoBuilder builder(notebook, today);
    Status status = notebook.database().transaction([&builder] { return builder.build(); });
    if (!status)
        return status;
    notebook.notifyParticipantsChanged();
    notebook.notifyMeetupsChanged();
    notebook.notifyDocumentsChanged();
    notebook.notifyActionItemsChanged();
    return {};
}

} // namespace debrief
