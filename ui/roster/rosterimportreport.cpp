#include "roster/rosterimportreport.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace debrief {

RosterImportReport::RosterImportReport(const QString &fileName, const RosterImportSummary &summary,
                                       const QList<RosterRowError> &rowErrors, QWidget *parent)
    : QDialog(parent)
    , m_errors(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("rosterImportReport"));
    setWindowTitle(tr("Roster Import"));
    auto *message = new QLabel(this);
    message->setWordWrap(true);
    QString text = tr("%1: %n person(s) added", nullptr, summary.added).arg(fileName);
    text += QLatin1String(", ") + tr("%n already known and merged", nullptr, summary.merged) + QLatin1Char('.');
    if (!rowErrors.isEmpty())
        text += QLatin1Char(' ') +
                tr("%n row(s) could not be read and were left out; nobody on them will be anonymised until you "
                   "fix the file or add them by hand.",
                   nullptr, int(rowErrors.size()));
    message->setText(text);

    m_errors->setColumnCount(2);
    m_errors->setHeaderLabels({tr("Line"), tr("Problem")});
    m_errors->setRootIsDecorated(false);
    m_errors->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (const RosterRowError &error : rowErrors)
        new QTreeWidgetItem(m_errors, {QString::number(error.line), error.message});
    m_errors->setVisible(!rowErrors.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
    resize(rowErrors.isEmpty() ? QSize(420, 120) : QSize(560, 320));
}

} // namespace debrief
