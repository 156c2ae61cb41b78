#pragma once

#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;

namespace debrief {

class LiveSession;

/// The live-notes bar: a running timer, the "now speaking" selector, the timestamp switch,
/// quick capture and Stop. Shown only while a LiveSession is active.
class LiveToolBar : public QToolBar
{
    Q_OBJECT
public:
    LiveToolBar(LiveSession *session, QWidget *parent = nullptr);

    [[nodiscard]] QComboBox *speakingSelector() const { return m_speaking; }
    [[nodiscard]] QAction *timestampAction() const { return m_timestamps; }
    [[nodiscard]] QAction *captureAction() const { return m_capture; }
    [[nodiscard]] QAction *stopAction() const { return m_stop; }
    [[nodiscard]] QString timerText() const;

private:
    void fillSelector();

    LiveSession *m_session;
    QLabel *m_timer;
    QComboBox *m_speaking;
    QAction *m_timestamps;
    QAction *m_capture;
    QAction *m_stop;
};

} // namespace debrief
