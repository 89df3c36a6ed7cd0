#include "recordcommands.h"

#include "domain/error.h"
#include "domain/fieldmap.h"
#include "domain/recordid.h"
#include "models/recordkindlabel.h"
#include "storage/recordstore.h"

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

RecordCommand::RecordCommand(RecordStore &store, RecordKind kind, QString id, const QString &text)
    : QUndoCommand(text), m_store(store), m_kind(kind), m_id(std::move(id))
{}

void RecordCommand::setErrorReporter(ErrorReporter reporter)
{
    errorReporter() = std::move(reporter);
}

void RecordCommand::applyFirst()
{
    Q_ASSERT(!m_inEffect);
    apply(); // a refusal goes to CommandRunner's caller, who shows it where the officer typed
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
        if (replay == Replay::Undo) {
            revert();
        } else {
            apply();
        }
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
            errorReporter()(m_store, headline + u"\n\n"_s + error.message() + u"\n\n"_s +
                                         RecordCommandTr::tr("Nothing was changed. The step is taken off the "
                                                             "undo history; the steps before it can still be "
                                                             "undone."));
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

CreateRecordCommand::CreateRecordCommand(RecordStore &store, RecordKind kind, const QVariantMap &json)
    : RecordCommand(store, kind, idFor(json), RecordCommandTr::tr("Create %1").arg(kindName(kind))), m_json(json)
{
    // Fixed now, so that every redo brings back the very same record and later steps that name it apply.
    m_json.insert(u"id"_s, m_id);
}

void CreateRecordCommand::apply()
{
    m_store.create(m_kind, m_json);
    if (!std::exchange(m_stored, true)) {
        // Keep what was stored (with the element ids made for lists) so redo recreates it exactly.
        m_json = withoutMetadata(m_store.get(m_kind, m_id));
        m_json.insert(u"id"_s, m_id);
        setTitle(m_store.title(m_kind, m_id));
    }
}

void CreateRecordCommand::revert()
{
    m_store.trashAndPurge(m_kind, m_id);
}

UpdateRecordCommand::UpdateRecordCommand(RecordStore &store, RecordKind kind, const QString &id,
                                         const QVariantMap &changes, const QString &text)
    : RecordCommand(store, kind, id, text), m_changes(changes)
{}

void UpdateRecordCommand::apply()
{
    if (!m_after.isEmpty()) {
        m_store.update(m_kind, m_id, m_after);
        return;
    }
    const QVariantMap before = withoutMetadata(m_store.get(m_kind, m_id));
    if (!m_store.update(m_kind, m_id, m_changes)) {
        setObsolete(true); // nothing changed: nothing to push, nothing to undo
        return;
    }
    m_before = before;
    m_after = withoutMetadata(m_store.get(m_kind, m_id));
    const QString title = m_store.title(m_kind, m_id);
    setTitle(title);
    if (text().isEmpty()) {
        setText(RecordCommandTr::tr("Edit %1").arg(title));
    }
}

void UpdateRecordCommand::revert()
{
    m_store.update(m_kind, m_id, m_before);
}

TrashRecordCommand::TrashRecordCommand(RecordStore &store, RecordKind kind, const QString &id, Direction direction)
    : RecordCommand(store, kind, id), m_direction(direction)
{}

void TrashRecordCommand::apply()
{
    if (text().isEmpty()) {
        const QString title = m_store.title(m_kind, m_id); // named before the move, which may hide it
        setTitle(title);
        setText(m_direction == Direction::ToTrash ? RecordCommandTr::tr("Delete %1").arg(title)
                                                  : RecordCommandTr::tr("Restore %1").arg(title));
    }
    move(true);
}

void TrashRecordCommand::revert()
{
    move(false);
}

void TrashRecordCommand::move(bool forward)
{
    if ((m_direction == Direction::ToTrash) == forward) {
        m_store.moveToTrash(m_kind, m_id);
    } else {
        m_store.restore(m_kind, m_id);
    }
}

} // namespace crm::ui
