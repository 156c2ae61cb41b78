#pragma once

#include "actions/quickcaptureparser.h"
#include "tracker/actionscontroller.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace debrief {

/// One line of quick capture (`Add jitter to retries @priya due:fri !high`) with a live
/// preview of what was understood and what stays in the title. Enter creates the action,
/// linked to the target, through the ActionsController (so it can be undone). An owner who is
/// not on the roster is offered to be added first.
class QuickCaptureEdit : public QWidget
{
    Q_OBJECT
public:
    /// Asked whether to put @p name on the roster; true adds them.
    using AddOwnerQuestion = std::function<bool(const QString &name)>;

    explicit QuickCaptureEdit(QWidget *parent = nullptr);

    void setController(ActionsController *controller);
    void setTarget(const CaptureTarget &target) { m_target = target; }
    [[nodiscard]] CaptureTarget target() const { return m_target; }
    /// Someone to offer as the owner (the current speaker in live mode); empty for none.
    void setOwnerSuggestion(const QString &name);
    /// The day relative dates count from (tests inject it; invalid means the real today).
    void setToday(const QDate &today);
    /// Test seam for the "add to roster?" question.
    void setAddOwnerQuestion(AddOwnerQuestion question) { m_askAddOwner = std::move(question); }

    [[nodiscard]] QLineEdit *lineEdit() const { return m_line; }
    [[nodiscard]] QString previewText() const;

    /// Creates the action from the line; false (line kept) when it has no title or saving failed.
    bool submit();

Q_SIGNALS:
    void captured(const debrief::ActionItem &item);

private:
    [[nodiscard]] QDate today() const;
    [[nodiscard]] OwnerMatcher roster() const;
    void updatePreview();

    QPointer<ActionsController> m_controller;
    CaptureTarget m_target;
    QString m_suggestion;
    QDate m_today;
    AddOwnerQuestion m_askAddOwner;
    QLineEdit *m_line;
    QLabel *m_preview;
    QPushButton *m_suggest;
};

} // namespace debrief
