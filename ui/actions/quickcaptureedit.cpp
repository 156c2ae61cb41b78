#include "actions/quickcaptureedit.h"

#include "notebook/notebook.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace debrief {

QuickCaptureEdit::QuickCaptureEdit(QWidget *parent)
    : QWidget(parent)
    , m_line(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_suggest(new QPushButton(this))
{
    m_line->setPlaceholderText(tr("Quick capture: Add jitter to retries @priya due:fri !high"));
    m_line->setAccessibleName(tr("Quick capture"));
    m_line->setClearButtonEnabled(true);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setAccessibleName(tr("What quick capture understood"));
    m_suggest->setVisible(false);
    m_suggest->setFlat(true);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_line, 1);
    row->addWidget(m_suggest);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_preview);

    connect(m_line, &QLineEdit::textChanged, this, &QuickCaptureEdit::updatePreview);
    connect(m_line, &QLineEdit::returnPressed, this, &QuickCaptureEdit::submit);
    connect(m_suggest, &QPushButton::clicked, this, [this] {
        QString text = m_line->text().trimmed();
        if (!text.isEmpty())
            text.append(QLatin1Char(' '));
        m_line->setText(text + QuickCaptureParser::ownerToken(m_suggestion));
        m_line->setFocus(Qt::OtherFocusReason);
    });
    updatePreview();
}

void QuickCaptureEdit::setController(ActionsController *controller)
{
    m_controller = controller;
}

void QuickCaptureEdit::setOwnerSuggestion(const QString &name)
{
    m_suggestion = name;
    //: Button next to quick capture in live mode: make the current speaker the owner
    m_suggest->setText(tr("@ %1").arg(name));
    m_suggest->setToolTip(tr("Make %1 the owner").arg(name));
    m_suggest->setVisible(!name.isEmpty());
    updatePreview();
}

void QuickCaptureEdit::setToday(const QDate &today)
{
    m_today = today;
    updatePreview();
}

QDate QuickCaptureEdit::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

OwnerMatcher QuickCaptureEdit::roster() const
{
    if (!m_controller || !m_controller->notebook())
        return {};
    auto people = m_controller->notebook()->participants().list();
    return OwnerMatcher(people.ok() ? people.value() : QList<Participant>());
}

QString QuickCaptureEdit::previewText() const
{
    return m_preview->text();
}

void QuickCaptureEdit::updatePreview()
{
    const QString text = m_line->text();
    if (text.trimmed().isEmpty()) {
        m_preview->setText(m_suggestion.isEmpty()
                               ? tr("Type an action and press Enter.")
                               : tr("Type an action and press Enter; the owner may be %1.").arg(m_suggestion));
        return;
    }
    const QuickCapture capture = QuickCaptureParser::parse(text, today(), roster());
    QStringList parts;
    parts << (capture.hasTitle() ? tr("Action: %1").arg(capture.title) : tr("Action: (no title yet)"));
    if (!capture.ownerWritten.isEmpty()) {
        switch (capture.owner.kind) {
        case OwnerMatch::Kind::Matched:
            parts << tr("Owner: %1").arg(capture.owner.displayName);
            break;
        case OwnerMatch::Kind::Ambiguous:
            parts << tr("Owner: %1 (could be %2)")
                         .arg(capture.ownerWritten, capture.owner.candidates.join(QStringLiteral(", ")));
            break;
        case OwnerMatch::Kind::Unmatched:
            parts << tr("Owner: %1 (not on the roster)").arg(capture.ownerWritten);
            break;
        }
    }
    if (capture.due)
        parts << tr("Due: %1").arg(QLocale().toString(capture.due->date, QLocale::ShortFormat));
    if (capture.priority)
        parts << tr("Priority: %1").arg(displayName(*capture.priority));
    if (!capture.ticket.isEmpty())
        parts << tr("Ticket: %1").arg(capture.ticket);
    QString preview = parts.join(QStringLiteral(" · "));
    for (const QString &note : capture.notes)
        preview += QLatin1Char('\n') + note;
    m_preview->setText(preview);
}

bool QuickCaptureEdit::submit()
{
    if (!m_controller || !m_controller->notebook())
        return false;
    QuickCapture capture = QuickCaptureParser::parse(m_line->text(), today(), roster());
    if (!capture.hasTitle()) {
        m_preview->setText(tr("An action needs a title."));
        return false;
    }
    if (!capture.ownerWritten.isEmpty() && capture.owner.kind == OwnerMatch::Kind::Unmatched) {
        const bool add =
            m_askAddOwner
                ? m_askAddOwner(capture.ownerWritten)
                : QMessageBox::question(this, tr("Quick Capture"),
                                        tr("%1 is not on the roster. Add them?").arg(capture.ownerWritten),
                                        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
        if (add) {
            auto added = m_controller->addToRoster(capture.ownerWritten, m_target.meetupId);
            if (added.ok()) {
                capture.owner.kind = OwnerMatch::Kind::Matched;
                capture.owner.participantId = added.value().id;
                capture.owner.displayName = added.value().displayName;
            }
        }
    }
    auto created = m_controller->create(ActionsController::itemFor(capture, m_target));
    if (!created)
        return false;
    m_line->clear();
    Q_EMIT captured(*created);
    return true;
}

} // namespace debrief
