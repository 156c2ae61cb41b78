#include "meetup/livesession.h"

#include <algorithm>

namespace debrief {

LiveSession::LiveSession(QObject *parent)
    : QObject(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, [this] { Q_EMIT ticked(formatElapsed(elapsedSeconds())); });
}

void LiveSession::start(qint64 meetupId, qint64 notesDocumentId, const QList<AgendaEntry> &agenda)
{
    m_meetupId = meetupId;
    m_notesId = notesDocumentId;
    m_agenda = agenda;
    m_current = -1;
    m_clock.start();
    m_ticker.start();
    Q_EMIT started();
    Q_EMIT ticked(formatElapsed(0));
    setCurrentEntry(agenda.isEmpty() ? -1 : 0);
}

void LiveSession::stop()
{
    if (!isActive())
        return;
    m_ticker.stop();
    m_meetupId = 0;
    m_notesId = 0;
    m_agenda.clear();
    m_current = -1;
    Q_EMIT stopped();
}

void LiveSession::setAgenda(const QList<AgendaEntry> &agenda)
{
    if (!isActive())
        return;
    // The same talk (by its notes, else by its first speaker) is found in the new agenda.
    int current = -1;
    if (m_current >= 0) {
        const AgendaEntry &was = m_agenda.at(m_current);
        for (int i = 0; i < agenda.size() && current < 0; ++i) {
            const AgendaEntry &entry = agenda.at(i);
            const bool sameNotes = was.documentId && entry.documentId == was.documentId;
            // A speaker without notes may have just got them: the same person, now with notes.
            const bool sameSpeaker = !was.documentId && !was.speakers.isEmpty() && !entry.speakers.isEmpty() &&
                                     entry.speakers.constFirst().id == was.speakers.constFirst().id;
            if (sameNotes || sameSpeaker)
                current = i;
        }
    }
    const bool same =
        agenda.size() == m_agenda.size() &&
        std::equal(agenda.cbegin(), agenda.cend(), m_agenda.cbegin(), [](const AgendaEntry &a, const AgendaEntry &b) {
            if (a.documentId != b.documentId || a.title != b.title || a.speakers.size() != b.speakers.size())
                return false;
            for (qsizetype i = 0; i < a.speakers.size(); ++i) {
                if (a.speakers.at(i).id != b.speakers.at(i).id ||
                    a.speakers.at(i).displayName != b.speakers.at(i).displayName)
                    return false;
            }
            return true;
        });
    if (same)
        return; // a save elsewhere in the notebook: nothing for "Now speaking" to show
    m_agenda = agenda;
    Q_EMIT agendaChanged();
    if (current != m_current) {
        m_current = current;
        Q_EMIT currentEntryChanged(m_current);
    }
}

void LiveSession::nextEntry()
{
    if (m_current + 1 < m_agenda.size())
        setCurrentEntry(m_current + 1);
}

void LiveSession::previousEntry()
{
    if (m_current >= 0)
        setCurrentEntry(m_current - 1);
}

void LiveSession::setCurrentEntry(int index)
{
    const int next = index >= 0 && index < m_agenda.size() ? index : -1;
    if (next == m_current)
        return;
    m_current = next;
    Q_EMIT currentEntryChanged(m_current);
}

CaptureTarget LiveSession::captureTarget() const
{
    CaptureTarget target;
    if (!isActive())
        return target;
    target.meetupId = m_meetupId;
    if (m_current >= 0 && m_agenda.at(m_current).documentId)
        target.documentId = m_agenda.at(m_current).documentId;
    else if (m_notesId != 0)
        target.documentId = m_notesId;
    return target;
}

QString LiveSession::ownerSuggestion() const
{
    if (m_current < 0 || m_agenda.at(m_current).speakers.isEmpty())
        return {};
    return m_agenda.at(m_current).speakers.constFirst().displayName;
}

QString LiveSession::currentTalkText() const
{
    if (m_current < 0)
        return {};
    const AgendaEntry &entry = m_agenda.at(m_current);
    QStringList names;
    for (const Participant &speaker : entry.speakers)
        names.append(speaker.displayName);
    if (!entry.documentId)
        return tr("Now speaking: %1").arg(names.join(QStringLiteral(", ")));
    if (names.isEmpty())
        return tr("Talk: %1").arg(entry.title);
    //: Live mode: the current talk and its speakers
    return tr("Talk: %1 — %2").arg(entry.title, names.join(QStringLiteral(", ")));
}

qint64 LiveSession::elapsedSeconds() const
{
    return isActive() && m_clock.isValid() ? m_clock.elapsed() / 1000 : 0;
}

QString LiveSession::formatElapsed(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace debrief
