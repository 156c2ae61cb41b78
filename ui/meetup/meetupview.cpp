#include "meetup/meetupview.h"

#include "notebook/notebook.h"
#include "tracker/meetupagenda.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace debrief {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem *cell(const QString &text)
{
    return new QTableWidgetItem(text);
}

} // namespace

MeetupView::MeetupView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_agenda(makeTable({tr("Talk"), tr("Speakers")}, this))
    , m_roster(makeTable({tr("Name"), tr("Role"), tr("Affiliation")}, this))
    , m_startLive(new QPushButton(tr("Start &Live Notes"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Fit the narrow dock: names take the room, short columns fit their contents.
    m_agenda->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_agenda->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_roster->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_roster->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_roster->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_agenda->setWordWrap(true);
    m_agenda->setAccessibleName(tr("Agenda"));
    m_roster->setAccessibleName(tr("Roster"));
    m_export->setToolTip(tr("Export every document of the meetup into one folder, each by its rule"));
    m_startLive->setToolTip(tr("Open the meetup's notes with a timer, a \"now speaking\" selector and timestamps"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startLive);
    buttons->addWidget(m_export);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Agenda"), this));
    layout->addWidget(m_agenda, 1);
    layout->addWidget(new QLabel(tr("Roster"), this));
    layout->addWidget(m_roster, 1);

    connect(m_startLive, &QPushButton::clicked, this, [this] {
        if (m_meetupId != 0)
            Q_EMIT startLiveRequested(m_meetupId);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (m_meetupId != 0)
            Q_EMIT exportRequested(m_meetupId);
    });
    connect(m_agenda, &QTableWidget::cellActivated, this, [this](int row) {
        const QVariant id = m_agenda->item(row, 0)->data(Qt::UserRole);
        if (id.isValid())
            Q_EMIT talkActivated(id.toLongLong());
    });
    showMeetup(0);
}

void MeetupView::setNotebook(Notebook *notebook)
{
    if (m_notebook)
        disconnect(m_notebook, nullptr, this, nullptr);
    m_notebook = notebook;
    if (m_notebook) {
        connect(m_notebook, &Notebook::meetupsChanged, this, &MeetupView::reload);
        connect(m_notebook, &Notebook::documentsChanged, this, &MeetupView::reload);
        connect(m_notebook, &Notebook::participantsChanged, this, &MeetupView::reload);
    }
    showMeetup(0);
}

void MeetupView::showMeetup(qint64 id)
{
    m_meetupId = id;
    reload();
}

QString MeetupView::headline() const
{
    return m_title->text();
}

void MeetupView::reload()
{
    m_agenda->setRowCount(0);
    m_roster->setRowCount(0);
    auto meetup = m_notebook && m_meetupId ? m_notebook->meetups().get(m_meetupId) : Result<Meetup>(Meetup{});
    if (!m_notebook || m_meetupId == 0 || !meetup.ok()) {
        m_title->setText(tr("No meetup selected"));
        m_details->setText(tr("Select a meetup in the notebook to see its agenda and roster."));
        m_startLive->setEnabled(false);
        m_export->setEnabled(false);
        return;
    }
    const Meetup &shown = meetup.value();
    m_title->setText(shown.title);
    const QString when =
        shown.startsAt.isValid() ? QLocale().toString(shown.startsAt, QLocale::LongFormat) : tr("Date not set");
    const QString venue = shown.venue.isEmpty() ? tr("Venue not set") : shown.venue;
    //: Meetup view: date, venue and rule, one per line
    m_details->setText(tr("%1\n%2\n%3").arg(when, venue, displayName(shown.rule)));
    m_startLive->setEnabled(true);
    m_export->setEnabled(true);

    if (auto agenda = MeetupAgenda::read(*m_notebook, m_meetupId); agenda.ok()) {
        for (const AgendaEntry &entry : agenda.value()) {
            const int row = m_agenda->rowCount();
            m_agenda->insertRow(row);
            auto *talk = cell(entry.documentId ? entry.title : tr("(no talk notes yet)"));
            if (entry.documentId)
                talk->setData(Qt::UserRole, *entry.documentId);
            QStringList names;
            for (const Participant &speaker : entry.speakers)
                names.append(speaker.displayName);
            m_agenda->setItem(row, 0, talk);
            m_agenda->setItem(row, 1, cell(names.isEmpty() ? tr("—") : names.join(QStringLiteral(", "))));
        }
    }
    if (m_agenda->rowCount() == 0) {
        m_agenda->insertRow(0);
        auto *empty = cell(tr("No talks yet: add talk notes or speakers to the roster."));
        empty->setFlags(Qt::NoItemFlags);
        m_agenda->setItem(0, 0, empty);
    }
    if (auto roster = m_notebook->meetups().roster(m_meetupId); roster.ok()) {
        for (const RosterEntry &entry : roster.value()) {
            const int row = m_roster->rowCount();
            m_roster->insertRow(row);
            m_roster->setItem(row, 0, cell(entry.participant.displayName));
            m_roster->setItem(row, 1, cell(displayName(entry.role)));
            m_roster->setItem(row, 2, cell(entry.participant.affiliation));
        }
    }
    if (m_roster->rowCount() == 0) {
        m_roster->insertRow(0);
        auto *empty = cell(tr("Nobody on the roster yet."));
        empty->setFlags(Qt::NoItemFlags);
        m_roster->setItem(0, 0, empty);
    }
}

} // namespace debrief
