#include "setfieldcommand.h"

#include "databasesession.h"
#include "forms/formfields.h"
#include "models/recordkindlabel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
struct SetFieldCommandTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::ui::SetFieldCommand)
};

QString fieldLabel(RecordKind kind, const QString &field)
{
    for (const FormRow &row : formFields(kind)) {
        if (row.name == field) {
            return plainLabel(row.label);
        }
    }
    return field;
}
} // namespace

SetFieldCommand::SetFieldCommand(DatabaseSession &session, RecordKind kind, QStringList ids, QString field,
                                 QVariant value)
    : RecordCommand(session, kind, {}), m_edit(*session.database()), m_ids(std::move(ids)), m_field(std::move(field)),
      m_value(std::move(value))
{}

RecordResult SetFieldCommand::apply()
{
    m_bulk = m_edit.apply(m_kind, m_ids, m_field, m_value);
    if (text().isEmpty()) { // the first redo
        if (m_bulk.changed.isEmpty()) {
            setObsolete(true); // every record already held the value: nothing to undo
        }
        setText(SetFieldCommandTr::tr("Set %1 of %n %2", nullptr, int(m_bulk.changed.size()))
                    .arg(fieldLabel(m_kind, m_field), recordKindPluralLabel(m_kind).toLower()));
    }
    RecordResult result;
    result.changed = !m_bulk.changed.isEmpty();
    return result;
}

RecordResult SetFieldCommand::revert()
{
    m_edit.undo(m_bulk);
    RecordResult result;
    result.changed = true;
    return result;
}

} // namespace crm::ui
