#pragma once

#include "tracker/actionscontroller.h"

#include <QDialog>

class QLabel;

namespace debrief {

class QuickCaptureEdit;

/// Quick capture from anywhere (Ctrl+Shift+A): one line, a preview, Enter saves and closes.
class QuickCaptureDialog : public QDialog
{
    Q_OBJECT
public:
    QuickCaptureDialog(ActionsController *controller, const CaptureTarget &target, QWidget *parent = nullptr);

    /// Says what the action will belong to ("Talk: Anatomy of a retry storm").
    void setContextText(const QString &text);
    [[nodiscard]] QuickCaptureEdit *captureEdit() const { return m_edit; }

private:
    QuickCaptureEdit *m_edit;
    QLabel *m_context;
};

} // namespace debrief
