#pragma once

#include "storage/result.h"

#include <QList>

#include <functional>

namespace debrief {

class Database;

/// One numbered step of the schema. Steps run in order, each in its own transaction
/// together with the update of the stored version, so a failure leaves the last good state.
struct Migration
{
    int version;
    const char *description;
    std::function<Status(Database &)> apply;
};

/// Every migration, oldest first. Never edit a released step: add a new one.
[[nodiscard]] const QList<Migration> &migrations();

/// The version a fully migrated notebook has.
[[nodiscard]] int latestSchemaVersion();

} // namespace debrief
