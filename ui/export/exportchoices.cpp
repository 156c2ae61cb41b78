#include "export/exportchoices.h"

#include "chatham/labeller.h"
#include "export/exporter.h"

#include <QComboBox>

namespace debrief {

void ExportChoices::fillFormats(QComboBox *combo)
{
    for (const QString &id : Exporter::formats()) {
        if (auto exporter = Exporter::create(id))
            combo->addItem(exporter->name(), id);
    }
}

void ExportChoices::fillLabelStyles(QComboBox *combo)
{
    combo->addItem(tr("Speaker A, Participant 1"), int(LabelStyle::Letters));
    combo->addItem(tr("Participant 1, 2, 3"), int(LabelStyle::Numbers));
    combo->addItem(tr("By role: a speaker, an attendee"), int(LabelStyle::Roles));
    combo->addItem(tr("Remove names"), int(LabelStyle::Remove));
}

void ExportChoices::fillAffiliationStyles(QComboBox *combo)
{
    combo->addItem(tr("a company"), int(AffiliationStyle::Generic));
    combo->addItem(tr("Organisation 1, 2, 3"), int(AffiliationStyle::Numbered));
}

} // namespace debrief
