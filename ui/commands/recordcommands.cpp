#include "recordcommands.h"

#include "databasesession.h"
#include "domain/error.h"
#include "domain/fieldmap.h"
#include "domain/recordid.h"
#include "models/recordkindlabel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
struct RecordCommandTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::ui::RecordCommand)
};

QVariantMap withoutMetadata(QVariantMap map)
{
    for (const QString &field : metadataFields()) {
        map.remove(field);
    }
    return map;
}

RecordCommand::ErrorReporter &errorReporter()
{
    static RecordCommand::ErrorReporter reporter;
    return reporter;
}
} // namespace

Records recordsOf(const DatabaseSession &session)
{
    Q_ASSERT(session.database() && session.store());
    return Records(*session.database());
}

RecordCommand::RecordCommand(DatabaseSession &session, RecordKind kind, QString id, const QString &text)
    : QUndoCommand(text), m_records(recordsOf(session)), m_kind(kind), m_id(std::move(id))
{}

void RecordCommand::setErrorReporter(ErrorReporter reporter)
{
    errorReporter() = std::move(reporter);
}

void RecordCommand::applyFirst()
{
    Q_ASSERT(!m_inEffect);
    m_result = apply(); // a refusal goes to CommandRunner's caller, who shows it where the officer typed
    m_inEffect = !isObsolete();
}

void RecordCommand::redo()
{
    if (!m_inEffect) {
        guarded(Replay::Redo);
    }
}

void RecordCommand::undo()
{
    if (m_inEffect) {
        guarded(Replay::Undo);
    }
}

void RecordCommand::guarded(Replay replay)
{
    try {
        m_result = replay == Replay::Undo ? revert() : apply();
        m_inEffect = replay == Replay::Redo;
    } catch (const Error &error) {
        setObsolete(true);
        const QString title = m_title.isEmpty() ? m_id : m_title;
        // "Edit AMDIE" names its record already; "Create agency" does not.
        const QString step =
            text().contains(title)
                ? text()
                : RecordCommandTr::tr("%1: %2 \u201c%3\u201d").arg(text(), recordKindLabel(m_kind), title);
        const QString headline = replay == Replay::Undo ? RecordCommandTr::tr("Cannot undo \u201c%1\u201d.").arg(step)
                                                        : RecordCommandTr::tr("Cannot redo \u201c%1\u201d.").arg(step);
        if (errorReporter()) {
            errorReporter()(m_records.store(), headline + u"\n\n"_s + error.message() + u"\n\n"_s +
                                                   RecordCommandTr::tr("Nothing was changed. The step is taken off "
                                                                       "the undo history; the steps before it can "
                                                                       "still be undone."));
        }
    }
}

namespace {
QString idFor(const QVariantMap &json)
{
    const QString given = json.value(u"id"_s).toString();
    return given.isEmpty() ? newRecordId() : given;
}
} // namespace

CreateRecordCommand::CreateRecordCommand(DatabaseSession &session, RecordKind kind, const QVariantMap &json)
    : RecordCommand(session, kind, idFor(json), RecordCommandTr::tr("Create %1").arg(recordKindLabel(kind).toLower())),
      m_json(json)
{
    // Fixed now, so that every redo brings back the very same record and later steps that name it apply.
    m_json.insert(u"id"_s, m_id);
}

RecordResult CreateRecordCommand::apply()
{
    RecordResult result = m_records.create(m_kind, m_json);
    if (!std::exchange(m_stored, true)) {
        // Keep what was stored (with the element ids made for lists) so redo recreates it exactly.
        m_json = withoutMetadata(result.after);
        m_json.insert(u"id"_s, m_id);
        setTitle(result.title);
    }
    return result;
}

RecordResult CreateRecordCommand::revert()
{
    return m_records.trashAndPurge(m_kind, m_id);
}

UpdateRecordCommand::UpdateRecordCommand(DatabaseSession &session, RecordKind kind, const QString &id,
                                         const QVariantMap &changes, const QString &text)
    : RecordCommand(session, kind, id, text), m_changes(changes)
{}

RecordResult UpdateRecordCommand::apply()
{
    if (!m_after.isEmpty()) {
        return m_records.update(m_kind, m_id, m_after);
    }
    RecordResult result = m_records.update(m_kind, m_id, m_changes);
    if (!result.changed) {
        setObsolete(true); // nothing changed: nothing to push, nothing to undo
        return result;
    }
    m_before = withoutMetadata(result.before);
    m_after = withoutMetadata(result.after);
    setTitle(result.title);
    if (text().isEmpty()) {
        setText(RecordCommandTr::tr("Edit %1").arg(result.title));
    }
    return result;
}

RecordResult UpdateRecordCommand::revert()
{
    return m_records.update(m_kind, m_id, m_before);
}

TrashRecordCommand::TrashRecordCommand(DatabaseSession &session, RecordKind kind, const QString &id,
                                       Direction direction)
    : RecordCommand(session, kind, id), m_direction(direction)
{}

RecordResult TrashRecordCommand::apply()
{
    RecordResult result = move(true);
    if (text().isEmpty()) { // the first redo
        if (!result.changed) {
            setObsolete(true); // already where it was sent: nothing to undo
        }
        setTitle(result.title);
        setText(m_direction == Direction::ToTrash ? RecordCommandTr::tr("Delete %1").arg(result.title)
                                                  : RecordCommandTr::tr("Restore %1").arg(result.title));
    }
    return result;
}

RecordResult TrashRecordCommand::revert()
{
    return move(false);
}

RecordResult TrashRecordCommand::move(bool forward)
{
    return (m_direction == Direction::ToTrash) == forward ? m_records.trash(m_kind, m_id)
                                                          : m_records.restore(m_kind, m_id);
}

TrashRecordsCommand::TrashRecordsCommand(DatabaseSession &session, QList<RecordRef> records,
                                         TrashRecordCommand::Direction direction, const QString &text)
    : RecordCommand(session, records.isEmpty() ? RecordKind::Officer : records.constFirst().kind, {}, text),
      m_refs(std::move(records)), m_direction(direction)
{}

RecordResult TrashRecordsCommand::apply()
{
    return move(true);
}

RecordResult TrashRecordsCommand::revert()
{
    return move(false);
}

RecordResult TrashRecordsCommand::move(bool forward)
{
    const QList<RecordResult> results = (m_direction == TrashRecordCommand::Direction::ToTrash) == forward
                                            ? m_records.trashMany(m_refs)
                                            : m_records.restoreMany(m_refs);
    return results.isEmpty() ? RecordResult() : results.constLast();
}

} // namespace crm::ui
