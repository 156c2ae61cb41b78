#pragma once

#include "model/enums.h"

#include <QDateTime>
#include <QString>

namespace debrief {

/// A failure-modes meetup: one evening, its talks and its roster.
struct Meetup
{
    qint64 id = 0;
    QString title;
    QDateTime startsAt;
    QString venue;
    Rule rule = Rule::Chatham;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 revision = 0;
};

} // namespace debrief
