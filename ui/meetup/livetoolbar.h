#pragma once

#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;

namespace debrief {

class LiveSession;

/// The live-notes bar: a running timer, the "now speaking" selector with previous/next talk
/// (Ctrl+PgUp/PgDown), the timestamp switch, quick capture and Stop. Shown only while a LiveSession is active.
class LiveToolBar : public QToolBar
{
    Q_OBJECT
public:
    LiveToolBar(LiveSession *session, QWidget *parent = nullptr);

    [[nodiscard]] QComboBox *speakingSelector() const { return m_speaking; }
    [[nodiscard]] QAction *timestampAction() const { return m_timestamps; }
    [[nodiscard]] QAction *captureAction() const { return m_capture; }
    [[nodiscard]] QAction *stopAction() const { return m_stop; }
    [[nodiscard]] QAction *nextAction() const { return m_next; }
    [[nodiscard]] QAction *previousAction() const { return m_previous; }
    [[nodiscard]] QString timerText() const;

private:
    void fillSelector();

    LiveSession *m_session;
    QLabel *m_timer;
    QComboBox *m_speaking;
    QAction *m_previous;
    QAction *m_next;
    QAction *m_timestamps;
    QAction *m_capture;
    QAction *m_stop;
};

} // namespace debrief
