#include "mainwindow/statusindicators.h"

#include "actions/actionitemsmodel.h"
#include "notebook/notebook.h"

#include <QLabel>
#include <QStatusBar>

#include <algorithm>

namespace debrief {

StatusIndicators::StatusIndicators(QStatusBar *statusBar)
    : QObject(statusBar)
    , m_statusBar(statusBar)
    , m_saveState(new QLabel(statusBar))
    , m_pendingEdits(new QLabel(statusBar))
    , m_counts(new QLabel(statusBar))
{
    m_pendingEdits->setAccessibleName(tr("Action edits not saved yet"));
    m_pendingEdits->setContentsMargins(8, 0, 8, 0);
    m_pendingEdits->hide();
    m_saveState->setAccessibleName(tr("Save state"));
    m_counts->setAccessibleName(tr("Open action items"));
    m_saveState->setContentsMargins(8, 0, 8, 0);
    m_counts->setContentsMargins(8, 0, 8, 0);
    m_statusBar->addPermanentWidget(m_saveState);
    m_statusBar->addPermanentWidget(m_pendingEdits);
    m_statusBar->addPermanentWidget(m_counts);
}

void StatusIndicators::setNotebook(Notebook *notebook)
{
    if (m_notebook)
        disconnect(m_notebook, nullptr, this, nullptr);
    m_notebook = notebook;
    if (m_notebook)
        connect(m_notebook, &Notebook::actionItemsChanged, this, &StatusIndicators::updateCounts);
    updateCounts();
}

void StatusIndicators::showSaveState(DocumentEditor::SaveState state, const QString &reason)
{
    m_saveState->setStyleSheet(QString());
    m_saveState->setToolTip(QString());
    switch (state) {
    case DocumentEditor::SaveState::NoDocument:
        m_saveState->clear();
        break;
    case DocumentEditor::SaveState::Saved:
        m_saveState->setText(tr("Saved"));
        break;
    case DocumentEditor::SaveState::Pending:
        m_saveState->setText(tr("Saving…"));
        break;
    case DocumentEditor::SaveState::Failed: {
        m_saveState->setText(tr("Not saved: %1").arg(reason));
        m_saveState->setToolTip(tr("Your text is kept in the editor. Debrief tries again with the next edit, "
                                   "when you switch documents and when you quit."));
        const QColor warning = ActionItemsModel::overdueColor();
        m_saveState->setStyleSheet(QStringLiteral("color: %1; font-weight: bold").arg(warning.name()));
        // Also a transient message, in case the permanent area is cut off on a narrow window.
        m_statusBar->showMessage(tr("Could not save the document: %1").arg(reason), 15000);
        break;
    }
    }
}

void StatusIndicators::showPendingActionEdits(int count)
{
    m_pendingEdits->setText(tr("%n action edit(s) waiting for the server", nullptr, count));
    m_pendingEdits->setToolTip(tr("Kept here and written as soon as the server answers again"));
    const QColor warning = ActionItemsModel::overdueColor();
    m_pendingEdits->setStyleSheet(QStringLiteral("color: %1; font-weight: bold").arg(warning.name()));
    m_pendingEdits->setVisible(count > 0);
}

void StatusIndicators::updateCounts()
{
    if (!m_notebook) {
        m_counts->clear();
        return;
    }
    ActionItemRepository::Filter filter;
    filter.openOnly = true;
    auto open = m_notebook->actionItems().list(filter);
    if (!open.ok()) {
        m_counts->setText(tr("Action items unavailable"));
        m_counts->setToolTip(open.error().message());
        return;
    }
    const QDate today = QDate::currentDate();
    const auto &items = open.value();
    const auto overdue =
        std::count_if(items.cbegin(), items.cend(), [&today](const auto &item) { return item.isOverdue(today); });
    //: Status bar: counts of action items, e.g. "5 open · 2 overdue"
    m_counts->setText(tr("%1 open · %2 overdue").arg(items.size()).arg(overdue));
    m_counts->setToolTip(tr("Action items of the whole notebook"));
}

QString StatusIndicators::saveStateText() const
{
    return m_saveState->text();
}

QString StatusIndicators::pendingActionEditsText() const
{
    return m_pendingEdits->isHidden() ? QString() : m_pendingEdits->text();
}

QString StatusIndicators::countsText() const
{
    return m_counts->text();
}

} // namespace debrief
