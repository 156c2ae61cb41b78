#pragma once

#include <QCoreApplication>

class QComboBox;

namespace debrief {

/// The choices every export dialog offers, filled the same way everywhere: the file format
/// (item data: the format id) and how people and affiliations are labelled (item data: the
/// LabelStyle or AffiliationStyle as int).
class ExportChoices
{
    Q_DECLARE_TR_FUNCTIONS(debrief::ExportChoices)
public:
    static void fillFormats(QComboBox *combo);
    static void fillLabelStyles(QComboBox *combo);
    static void fillAffiliationStyles(QComboBox *combo);
};

} // namespace debrief
