#include "actions/quickcapturedialog.h"

#include "actions/quickcaptureedit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace debrief {

QuickCaptureDialog::QuickCaptureDialog(ActionsController *controller, const CaptureTarget &target, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QuickCaptureEdit(this))
    , m_context(new QLabel(this))
{
    setObjectName(QStringLiteral("quickCaptureDialog"));
    setWindowTitle(tr("Quick Capture"));
    m_edit->setController(controller);
    m_edit->setTarget(target);
    m_context->setVisible(false);
    m_context->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // Enter belongs to the capture line: it must never press Cancel.
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_context);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QuickCaptureEdit::captured, this, &QDialog::accept);
    setMinimumWidth(520);
    m_edit->lineEdit()->setFocus(Qt::PopupFocusReason);
}

void QuickCaptureDialog::setContextText(const QString &text)
{
    m_context->setText(text);
    m_context->setVisible(!text.isEmpty());
}

} // namespace debrief
