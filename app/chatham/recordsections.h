#pragma once

#include "chatham/identitymatcher.h"

#include <QList>
#include <QStringView>

namespace debrief {

/// The parts of a text under their own rule: `<!-- off-record -->` … `<!-- /off-record -->`
/// is left out of every export (to the end of the text when never closed), and
/// `<!-- on-record -->` … `<!-- /on-record -->` keeps names (only when closed).
struct RecordSections
{
    QList<TextRange> offRecord; ///< markers included, with the line break after the closing one
    QList<TextRange> onRecord;  ///< markers included

    [[nodiscard]] static RecordSections find(QStringView text);
};

} // namespace debrief
