#pragma once

#include "tracker/actionscontroller.h"
#include "tracker/meetupagenda.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <optional>

namespace debrief {

/// The state of live note-taking at one meetup: which talk is on, since when the notes run
/// (a timer ticking every second), and where a captured action belongs.
class LiveSession : public QObject
{
    Q_OBJECT
public:
    explicit LiveSession(QObject *parent = nullptr);

    void start(qint64 meetupId, qint64 notesDocumentId, const QList<AgendaEntry> &agenda);
    void stop();
    [[nodiscard]] bool isActive() const { return m_meetupId != 0; }
    [[nodiscard]] qint64 meetupId() const { return m_meetupId; }
    [[nodiscard]] qint64 notesDocumentId() const { return m_notesId; }
    [[nodiscard]] const QList<AgendaEntry> &agenda() const { return m_agenda; }

    /// The agenda read again (a talk's notes added during the evening, a speaker added to the
    /// roster): whoever is speaking stays selected.
    void setAgenda(const QList<AgendaEntry> &agenda);

    /// Who is speaking now: an index into agenda(), or -1 for nobody (breaks, discussion).
    void setCurrentEntry(int index);
    /// The next talk on the agenda (after nobody: the first), or the one before; stops at the ends.
    void nextEntry();
    void previousEntry();
    [[nodiscard]] int currentEntry() const { return m_current; }

    /// The talk's notes when it has some, else the meetup notes; always the meetup.
    [[nodiscard]] CaptureTarget captureTarget() const;
    /// The current speaker, offered as an action's owner; empty for none.
    [[nodiscard]] QString ownerSuggestion() const;
    /// "Talk: Anatomy of a retry storm — Priya Raman", or empty.
    [[nodiscard]] QString currentTalkText() const;

    [[nodiscard]] qint64 elapsedSeconds() const;
    /// Elapsed time as H:MM:SS.
    [[nodiscard]] static QString formatElapsed(qint64 seconds);

Q_SIGNALS:
    void started();
    void stopped();
    void currentEntryChanged(int index);
    void agendaChanged();
    /// Once a second while active.
    void ticked(const QString &elapsed);

private:
    qint64 m_meetupId = 0;
    qint64 m_notesId = 0;
    QList<AgendaEntry> m_agenda;
    int m_current = -1;
    QElapsedTimer m_clock;
    QTimer m_ticker;
};

} // namespace debrief
