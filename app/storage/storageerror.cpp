#include "storage/storageerror.h"

namespace debrief {

StorageError StorageError::notFound(const QString &what)
{
    return {Kind::NotFound, tr("%1 no longer exists in this notebook.").arg(what)};
}

StorageError StorageError::conflict(const QString &what)
{
    return {Kind::Conflict,
            tr("%1 was changed elsewhere after you opened it. Your version was not saved, so nothing was "
               "overwritten; your edits are still here.")
                .arg(what)};
}

} // namespace debrief
