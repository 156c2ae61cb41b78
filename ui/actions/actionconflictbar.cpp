#include "actions/actionconflictbar.h"

#include "common/warningtint.h"
#include "tracker/actionscontroller.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace debrief {

ActionConflictBar::ActionConflictBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_keepMine(new QPushButton(tr("Keep Mine"), this))
    , m_keepTheirs(new QPushButton(tr("Keep Theirs"), this))
    , m_keepBoth(new QPushButton(tr("Keep Both"), this))
{
    setObjectName(QStringLiteral("actionConflictBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The same warm tint as the editor's conflict bar, so both read as one kind of warning.
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, warningTint(tinted.color(QPalette::Window)));
    setPalette(tinted);

    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_keepMine->setToolTip(tr("Save your change over the other version"));
    m_keepTheirs->setToolTip(tr("Drop your change and keep the other version"));
    m_keepBoth->setToolTip(tr("Keep the other version and save yours as a new action beside it"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_keepMine);
    layout->addWidget(m_keepTheirs);
    layout->addWidget(m_keepBoth);

    using Resolution = ActionResolver::Resolution;
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolve(Resolution::KeepMine); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { resolve(Resolution::KeepTheirs); });
    connect(m_keepBoth, &QPushButton::clicked, this, [this] { resolve(Resolution::KeepBoth); });
    hide();
}

void ActionConflictBar::setController(ActionsController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller)
        connect(m_controller, &ActionsController::conflictsChanged, this, &ActionConflictBar::refresh);
    refresh();
}

QString ActionConflictBar::text() const
{
    return m_text->text();
}

void ActionConflictBar::refresh()
{
    const QList<ActionItem> conflicts = m_controller ? m_controller->conflicts() : QList<ActionItem>();
    if (conflicts.isEmpty()) {
        m_actionId = 0;
        hide();
        return;
    }
    const ActionItem &mine = conflicts.constFirst();
    m_actionId = mine.id;
    QString text = tr("Someone else changed the action “%1” while you edited it. Your change is kept here but "
                      "not saved. Which version should stay?")
                       .arg(mine.title);
    if (conflicts.size() > 1)
        text += QLatin1Char(' ') + tr("(%n more after this one)", nullptr, int(conflicts.size() - 1));
    m_text->setText(text);
    show();
}

void ActionConflictBar::resolve(ActionResolver::Resolution resolution)
{
    if (m_controller && m_actionId)
        m_controller->resolveConflict(m_actionId, resolution);
}

} // namespace debrief
