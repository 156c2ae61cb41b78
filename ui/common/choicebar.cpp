#include "common/choicebar.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace debrief {

namespace {

/// A warm tint of the surrounding window colour reads as a warning in light and dark themes alike.
QColor warningTint(const QColor &window)
{
    const QColor warning(0xf6, 0x74, 0x00);
    QColor tint;
    tint.setRgbF(window.redF() * 0.8 + warning.redF() * 0.2, window.greenF() * 0.8 + warning.greenF() * 0.2,
                 window.blueF() * 0.8 + warning.blueF() * 0.2);
    return tint;
}

} // namespace

ChoiceBar::ChoiceBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_keepMine(new QPushButton(tr("Keep Mine"), this))
    , m_keepTheirs(new QPushButton(tr("Keep Theirs"), this))
    , m_keepBoth(new QPushButton(tr("Keep Both"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_keepMine);
    layout->addWidget(m_keepTheirs);
    layout->addWidget(m_keepBoth);

    connect(m_keepMine, &QPushButton::clicked, this, [this] { Q_EMIT chosen(Choice::KeepMine); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { Q_EMIT chosen(Choice::KeepTheirs); });
    connect(m_keepBoth, &QPushButton::clicked, this, [this] { Q_EMIT chosen(Choice::KeepBoth); });
    applyColours();
    hide();
}

void ChoiceBar::setMessage(const QString &message)
{
    m_text->setText(message);
}

QString ChoiceBar::message() const
{
    return m_text->text();
}

void ChoiceBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

void ChoiceBar::applyColours()
{
    if (m_applying)
        return; // our own setPalette() below
    const QColor window =
        (parentWidget() ? parentWidget()->palette() : QApplication::palette()).color(QPalette::Window);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, warningTint(window));
    m_applying = true;
    setPalette(tinted);
    m_applying = false;
}

} // namespace debrief
