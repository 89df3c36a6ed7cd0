#include "recordtitle.h"

#include "domain/error.h"
#include "storage/recordstore.h"

namespace crm::ui {

std::optional<QString> titleIfExists(const RecordStore &store, RecordKind kind, const QString &id)
{
    try {
        return store.title(kind, id);
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::NotFound) {
            return std::nullopt;
        }
        throw;
    }
}

} // namespace crm::ui
