#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace debrief {

class Notebook;

/// One meetup at a glance: date, venue, the agenda of talks with their speakers and the
/// roster with roles (read-only; the roster is edited in the roster editor), and the buttons
/// that start live notes and export the meetup.
class MeetupView : public QWidget
{
    Q_OBJECT
public:
    explicit MeetupView(QWidget *parent = nullptr);

    void setNotebook(Notebook *notebook);
    /// Shows meetup @p id (0: nothing).
    void showMeetup(qint64 id);
    /// Reads the shown meetup again.
    void reload();
    [[nodiscard]] qint64 meetupId() const { return m_meetupId; }

    [[nodiscard]] QTableWidget *agendaTable() const { return m_agenda; }
    [[nodiscard]] QTableWidget *rosterTable() const { return m_roster; }
    [[nodiscard]] QPushButton *startLiveButton() const { return m_startLive; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    [[nodiscard]] QString headline() const;

Q_SIGNALS:
    void startLiveRequested(qint64 meetupId);
    void exportRequested(qint64 meetupId);
    void talkActivated(qint64 documentId);

private:
    QPointer<Notebook> m_notebook;
    qint64 m_meetupId = 0;
    QLabel *m_title;
    QLabel *m_details;
    QTableWidget *m_agenda;
    QTableWidget *m_roster;
    QPushButton *m_startLive;
    QPushButton *m_export;
};

} // namespace debrief
