#pragma once

#include "recordcommands.h"
#include "services/records/bulkedit.h"

#include <QStringList>

namespace crm::ui {

// Sets one field on many records of one kind (Edit > Set Field...) through crm::BulkEdit: one
// transaction and one undo step. Its undo puts every record's before value back and is refused
// (reported, the step dropped) when one of them changed since; a redo sets the value again.
// Records already holding the value are not part of the step; when none changes, nothing is pushed.
class SetFieldCommand final : public RecordCommand
{
public:
    SetFieldCommand(DatabaseSession &session, RecordKind kind, QStringList ids, QString field, QVariant value);

    // What the last redo changed.
    const BulkEditResult &bulkResult() const { return m_bulk; }

private:
    RecordResult apply() override;
    RecordResult revert() override;

    BulkEdit m_edit;
    QStringList m_ids;
    QString m_field;
    QVariant m_value;
    BulkEditResult m_bulk;
};

} // namespace crm::ui
