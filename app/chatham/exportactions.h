#pragma once

#include "model/actionitem.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace debrief {

/// The action items of a Chatham House export, as a Markdown task list appended to the text
/// before it is anonymised: each owner on the roster is written by name, so the anonymiser
/// turns it into the same label as in the prose; owners not on the roster are left out,
/// because they have no label and their name must not leave the notebook.
class ExportActions
{
    Q_DECLARE_TR_FUNCTIONS(debrief::ExportActions)
public:
    /// "## Action items" and one task line per action not already in the text as a task
    /// line; empty when there is none. @p rosterNames maps participant ids to display names.
    [[nodiscard]] static QString appendix(const QList<ActionItem> &actions, const QHash<qint64, QString> &rosterNames);
    /// @p markdown with the appendix after it (separated by a blank line).
    [[nodiscard]] static QString withActions(const QString &markdown, const QList<ActionItem> &actions,
                                             const QHash<qint64, QString> &rosterNames);
};

} // namespace debrief
