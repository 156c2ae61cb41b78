#pragma once

#include "chatham/rostercsvreader.h"
#include "chatham/rosterimporter.h"

#include <QDialog>

class QTreeWidget;

namespace debrief {

/// After a roster import: how many people were added or merged, and every row that could
/// not be used with its line number, so the organiser can fix the file.
class RosterImportReport : public QDialog
{
    Q_OBJECT
public:
    RosterImportReport(const QString &fileName, const RosterImportSummary &summary,
                       const QList<RosterRowError> &rowErrors, QWidget *parent = nullptr);

    [[nodiscard]] QTreeWidget *errorList() const { return m_errors; }

private:
    QTreeWidget *m_errors;
};

} // namespace debrief
