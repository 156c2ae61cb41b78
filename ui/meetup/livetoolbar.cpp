#include "meetup/livetoolbar.h"

#include "common/themeicon.h"
#include "meetup/livesession.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>

namespace debrief {

LiveToolBar::LiveToolBar(LiveSession *session, QWidget *parent)
    : QToolBar(tr("Live Notes"), parent)
    , m_session(session)
    , m_timer(new QLabel(this))
    , m_speaking(new QComboBox(this))
{
    setObjectName(QStringLiteral("liveToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    //: Live mode indicator in the toolbar; the number is the time since live notes started
    m_timer->setAccessibleName(tr("Time since live notes started"));
    m_timer->setContentsMargins(6, 0, 10, 0);
    QFont timerFont = m_timer->font();
    timerFont.setBold(true);
    timerFont.setStyleHint(QFont::Monospace);
    m_timer->setFont(timerFont);
    addWidget(m_timer);

    auto *speakingLabel = new QLabel(tr("Now speaking:"), this);
    speakingLabel->setContentsMargins(4, 0, 4, 0);
    addWidget(speakingLabel);
    m_speaking->setAccessibleName(tr("Now speaking"));
    m_speaking->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_speaking->setMinimumContentsLength(18);
    addWidget(m_speaking);

    m_previous = addAction(themeIcon(QStringLiteral("go-up"), QStyle::SP_ArrowUp), tr("Previous Talk"));
    m_previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_previous->setToolTip(tr("The talk before this one is on (Ctrl+PgUp)"));
    m_next = addAction(themeIcon(QStringLiteral("go-down"), QStyle::SP_ArrowDown), tr("Next Talk"));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_next->setToolTip(tr("The next talk is on (Ctrl+PgDown)"));
    // The note-taker's hands stay in the notes: the shortcuts work from the editor.
    m_previous->setShortcutContext(Qt::ApplicationShortcut);
    m_next->setShortcutContext(Qt::ApplicationShortcut);
    m_timestamps = addAction(tr("&Timestamps"));
    m_timestamps->setCheckable(true);
    m_timestamps->setChecked(true);
    m_timestamps->setToolTip(tr("Start each new paragraph with the time, e.g. [19:42]"));
    m_capture = addAction(themeIcon(QStringLiteral("list-add"), QStyle::SP_FileDialogNewFolder), tr("Capture Action"));
    m_capture->setToolTip(tr("Capture an action for the current talk (Ctrl+Shift+A)"));
    addSeparator();
    m_stop = addAction(themeIcon(QStringLiteral("media-playback-stop"), QStyle::SP_MediaStop), tr("&Stop Live Notes"));

    connect(m_session, &LiveSession::started, this, &LiveToolBar::fillSelector);
    connect(m_session, &LiveSession::agendaChanged, this, &LiveToolBar::fillSelector);
    connect(m_next, &QAction::triggered, m_session, &LiveSession::nextEntry);
    connect(m_previous, &QAction::triggered, m_session, &LiveSession::previousEntry);
    connect(m_session, &LiveSession::ticked, this,
            [this](const QString &elapsed) { m_timer->setText(tr("● Live %1").arg(elapsed)); });
    connect(m_session, &LiveSession::currentEntryChanged, this, [this](int index) {
        const QSignalBlocker block(m_speaking);
        m_speaking->setCurrentIndex(m_speaking->findData(index));
    });
    connect(m_speaking, &QComboBox::currentIndexChanged, this,
            [this] { m_session->setCurrentEntry(m_speaking->currentData().toInt()); });
}

QString LiveToolBar::timerText() const
{
    return m_timer->text();
}

void LiveToolBar::fillSelector()
{
    const QSignalBlocker block(m_speaking);
    m_speaking->clear();
    m_speaking->addItem(tr("Nobody (discussion, break)"), -1);
    const QList<AgendaEntry> &agenda = m_session->agenda();
    for (int i = 0; i < agenda.size(); ++i) {
        QStringList names;
        for (const Participant &speaker : agenda.at(i).speakers)
            names.append(speaker.displayName);
        const QString speakers = names.join(QStringLiteral(", "));
        const AgendaEntry &entry = agenda.at(i);
        QString label = entry.title;
        if (!entry.documentId)
            label = speakers;
        else if (!speakers.isEmpty())
            //: "Now speaking" entry: talk title — speakers
            label = tr("%1 — %2").arg(entry.title, speakers);
        m_speaking->addItem(label, i);
    }
    m_speaking->setCurrentIndex(m_speaking->findData(m_session->currentEntry()));
}

} // namespace debrief
