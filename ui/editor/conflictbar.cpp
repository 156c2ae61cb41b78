#include "editor/conflictbar.h"

#include "common/warningtint.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace debrief {

ConflictBar::ConflictBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_keepMine(new QPushButton(tr("Keep Mine"), this))
    , m_keepTheirs(new QPushButton(tr("Keep Theirs"), this))
    , m_keepBoth(new QPushButton(tr("Keep Both"), this))
{
    setObjectName(QStringLiteral("conflictBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setText(tr("This document was saved elsewhere (by a team member or in another window) while you were "
                       "editing it. Your edits are kept here but not saved. Which version should stay?"));
    m_keepMine->setToolTip(tr("Save your text over the other version"));
    m_keepTheirs->setToolTip(tr("Drop your edits and show the other version (Undo brings yours back)"));
    m_keepBoth->setToolTip(tr("Save your text as a new document “… (my copy)” and show the other version here"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_keepMine);
    layout->addWidget(m_keepTheirs);
    layout->addWidget(m_keepBoth);

    using Resolution = DocumentAutosaver::Resolution;
    connect(m_keepMine, &QPushButton::clicked, this, [this] { Q_EMIT resolutionChosen(Resolution::KeepMine); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { Q_EMIT resolutionChosen(Resolution::KeepTheirs); });
    connect(m_keepBoth, &QPushButton::clicked, this, [this] { Q_EMIT resolutionChosen(Resolution::KeepBoth); });
    applyColours();
    hide();
}

void ConflictBar::showConflict()
{
    show();
}

void ConflictBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

void ConflictBar::applyColours()
{
    if (m_applying)
        return; // our own setPalette() below
    // A warm tint of the surrounding window colour reads as a warning in light and dark
    // themes alike.
    const QColor window =
        (parentWidget() ? parentWidget()->palette() : QApplication::palette()).color(QPalette::Window);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, warningTint(window));
    m_applying = true;
    setPalette(tinted);
    m_applying = false;
}

} // namespace debrief
