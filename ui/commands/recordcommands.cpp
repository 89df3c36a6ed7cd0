#include "recordcommands.h"

#include "domain/error.h"
#include "domain/fieldmap.h"
#include "models/recordkindlabel.h"
#include "models/recordtitle.h"
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
} // namespace

RecordCommand::RecordCommand(RecordStore &store, RecordKind kind, QString id, const QString &text)
    : QUndoCommand(text), m_store(store), m_kind(kind), m_id(std::move(id))
{
    // Named now: when a replay fails the record may be gone, and the officer must still be told which.
    // Only a record that is not there is named by its id; a read error goes to the factory's caller.
    m_title = titleIfExists(m_store, m_kind, m_id).value_or(m_id);
}

namespace {
RecordCommand::ErrorReporter &errorReporter()
{
    static RecordCommand::ErrorReporter reporter;
    return reporter;
}
} // namespace

void RecordCommand::setErrorReporter(ErrorReporter reporter)
{
    errorReporter() = std::move(reporter);
}

void RecordCommand::guarded(Replay replay, const std::function<void()> &change)
{
    try {
        change();
    } catch (const Error &error) {
        setObsolete(true);
        // "Edit AMDIE" names its record already; "Create agency" does not.
        const QString step =
            text().contains(m_title)
                ? text()
                : RecordCommandTr::tr("%1: %2 \u201c%3\u201d").arg(text(), recordKindLabel(m_kind), m_title);
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

bool RecordCommand::firstRedo()
{
    return std::exchange(m_done, false);
}

CreateRecordCommand::CreateRecordCommand(RecordStore &store, RecordKind kind, QString id, QVariantMap json)
    : RecordCommand(store, kind, std::move(id), RecordCommandTr::tr("Create %1").arg(kindName(kind))),
      m_json(std::move(json))
{}

CreateRecordCommand *CreateRecordCommand::create(RecordStore &store, RecordKind kind, const QVariantMap &json)
{
    const QString id = store.create(kind, json);
    // Keep what was stored (with the element ids made for lists) so redo recreates it exactly.
    QVariantMap stored = withoutMetadata(store.get(kind, id));
    stored.insert(u"id"_s, id);
    return new CreateRecordCommand(store, kind, id, stored);
}

void CreateRecordCommand::undo()
{
    guarded(Replay::Undo, [this] { m_store.trashAndPurge(m_kind, m_id); });
}

void CreateRecordCommand::redo()
{
    if (!firstRedo()) {
        guarded(Replay::Redo, [this] { m_store.create(m_kind, m_json); });
    }
}

UpdateRecordCommand::UpdateRecordCommand(RecordStore &store, RecordKind kind, QString id, QVariantMap before,
                                         QVariantMap after, const QString &text)
    : RecordCommand(store, kind, std::move(id), text), m_before(std::move(before)), m_after(std::move(after))
{}

UpdateRecordCommand *UpdateRecordCommand::create(RecordStore &store, RecordKind kind, const QString &id,
                                                 const QVariantMap &changes, const QString &text)
{
    const QVariantMap before = withoutMetadata(store.get(kind, id));
    if (!store.update(kind, id, changes)) {
        return nullptr;
    }
    const QVariantMap after = withoutMetadata(store.get(kind, id));
    return new UpdateRecordCommand(store, kind, id, before, after,
                                   text.isEmpty() ? RecordCommandTr::tr("Edit %1").arg(store.title(kind, id)) : text);
}

void UpdateRecordCommand::undo()
{
    guarded(Replay::Undo, [this] { m_store.update(m_kind, m_id, m_before); });
}

void UpdateRecordCommand::redo()
{
    if (!firstRedo()) {
        guarded(Replay::Redo, [this] { m_store.update(m_kind, m_id, m_after); });
    }
}

TrashRecordCommand::TrashRecordCommand(RecordStore &store, RecordKind kind, QString id, Direction direction,
                                       const QString &text)
    : RecordCommand(store, kind, std::move(id), text), m_direction(direction)
{}

TrashRecordCommand *TrashRecordCommand::create(RecordStore &store, RecordKind kind, const QString &id,
                                               Direction direction)
{
    const QString title = store.title(kind, id);
    auto *command =
        new TrashRecordCommand(store, kind, id, direction,
                               direction == Direction::ToTrash ? RecordCommandTr::tr("Delete %1").arg(title)
                                                               : RecordCommandTr::tr("Restore %1").arg(title));
    command->apply(true);
    return command;
}

void TrashRecordCommand::apply(bool forward)
{
    if ((m_direction == Direction::ToTrash) == forward) {
        m_store.moveToTrash(m_kind, m_id);
    } else {
        m_store.restore(m_kind, m_id);
    }
}

void TrashRecordCommand::undo()
{
    guarded(Replay::Undo, [this] { apply(false); });
}

void TrashRecordCommand::redo()
{
    if (!firstRedo()) {
        guarded(Replay::Redo, [this] { apply(true); });
    }
}

} // namespace crm::ui
