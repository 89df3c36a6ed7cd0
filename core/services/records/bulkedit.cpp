#include "bulkedit.h"

#include "domain/error.h"
#include "domain/recordcodec.h"
#include "records.h"
#include "storage/database.h"
#include "storage/recordquery.h"

#include <QCoreApplication>
#include <QSet>
#include <optional>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct BulkEditTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::BulkEdit)
};

using catalogue::FieldSpec;
using catalogue::Type;

const QString kDeletedAt = u"deleted_at"_s;

bool settableSpec(const FieldSpec &f)
{
    switch (f.type) {
    case Type::Link:
        return f.linkKind == RecordKind::Officer;
    case Type::Code:
        // A status-like code is one the lists show; a person's name order follows their script.
        return f.listed();
    case Type::Sector:
    case Type::Country:
        return true;
    case Type::Bool:
        return f.name == u"confidential"_s;
    default:
        return false;
    }
}

// How a record is named in a refusal: "investor “Yazaki” (0190...)".
QString recordName(RecordKind kind, const QString &title, const QString &id)
{
    return title.isEmpty() ? BulkEditTr::tr("%1 %2").arg(kindName(kind), id)
                           : BulkEditTr::tr("%1 “%2” (%3)").arg(kindName(kind), title, id);
}

// A value as the field holds it, for telling whether a record already holds it: blank is null,
// countries are read in capitals, the confidential mark is a bool.
QVariant comparable(const FieldSpec &f, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        return f.type == Type::Bool ? QVariant(false) : QVariant();
    }
    if (f.type == Type::Bool) {
        return value.toBool();
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    return f.type == Type::Country ? QVariant(text.toUpper()) : QVariant(text);
}

Error refusedFor(RecordKind kind, const QString &title, const QString &id, const QString &field, const QString &why)
{
    const QString name = recordName(kind, title, id);
    return Error(Error::Kind::Invalid, BulkEditTr::tr("The %1 cannot be changed: %2 %3").arg(name, field, why),
                 {{field, BulkEditTr::tr("%1 (the %2)").arg(why, name)}});
}
} // namespace

BulkEdit::BulkEdit(Database &db) : m_db(&db) {}

QList<const FieldSpec *> BulkEdit::fields(RecordKind kind)
{
    QList<const FieldSpec *> result;
    for (const FieldSpec &f : catalogue::Catalogue::builtin().kind(kind).fields) {
        if (settableSpec(f)) {
            result << &f;
        }
    }
    return result;
}

const FieldSpec &BulkEdit::settable(RecordKind kind, const QString &field)
{
    const FieldSpec *f = catalogue::Catalogue::builtin().field(kind, field);
    if (!f || !settableSpec(*f)) {
        QStringList names;
        for (const FieldSpec *s : fields(kind)) {
            names << s->name;
        }
        const QString why = names.isEmpty()
                                ? BulkEditTr::tr("cannot be set on many %1 records at once (no field of theirs can)")
                                      .arg(kindName(kind))
                            : f ? BulkEditTr::tr("cannot be set on many %1 records at once (these can: %2)")
                                      .arg(kindName(kind), names.join(u", "_s))
                                : BulkEditTr::tr("is not a field of %1 (these can be set on many at once: %2)")
                                      .arg(kindName(kind), names.join(u", "_s));
        throw Error(Error::Kind::Invalid, field + u": "_s + why, {{field, why}});
    }
    return *f;
}

BulkEditResult BulkEdit::apply(RecordKind kind, const QStringList &ids, const QString &field, const QVariant &value)
{
    Transaction transaction(*m_db);
    BulkEditResult result = write(kind, ids, field, value);
    transaction.commit();
    return result;
}

BulkEditResult BulkEdit::preview(RecordKind kind, const QStringList &ids, const QString &field, const QVariant &value)
{
    const Transaction transaction(*m_db); // never committed: rolled back when it goes
    return write(kind, ids, field, value);
}

BulkEditResult BulkEdit::write(RecordKind kind, const QStringList &ids, const QString &field, const QVariant &value)
{
    const FieldSpec &spec = settable(kind, field);
    BulkEditResult result;
    result.kind = kind;
    result.field = field;
    result.value = comparable(spec, value);
    Records records(*m_db);
    const KindCodec &codec = codecFor(kind);
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (seen.contains(id)) {
            continue; // the same record twice is one change
        }
        seen.insert(id);
        const std::optional<QVariantMap> stored = records.find(kind, id, MapFormat::Storage);
        if (!stored) {
            throw Error(Error::Kind::NotFound,
                        BulkEditTr::tr("There is no %1 %2; nothing was changed.").arg(kindName(kind), id));
        }
        const QString title = codec.title(*stored);
        if (stored->contains(kDeletedAt)) {
            throw Error(
                Error::Kind::Conflict,
                BulkEditTr::tr("The %1 is in the Trash; nothing was changed.").arg(recordName(kind, title, id)));
        }
        RecordResult changed;
        try {
            changed = records.update(kind, id, {{field, result.value}});
        } catch (const Error &error) {
            if (error.kind() != Error::Kind::Invalid) {
                throw;
            }
            QStringList why;
            for (const FieldError &e : error.fieldErrors()) {
                why << (e.field == field ? e.message : e.field + u": "_s + e.message);
            }
            throw refusedFor(kind, title, id, field, why.isEmpty() ? error.message() : why.join(u"; "_s));
        }
        if (!changed.changed) {
            ++result.unchanged;
            continue;
        }
        result.changed << BulkEditChange{id, changed.title, changed.before.value(field), changed.after};
    }
    return result;
}

qsizetype BulkEdit::countChanging(RecordKind kind, const QStringList &ids, const QString &field,
                                  const QVariant &value) const
{
    const FieldSpec &spec = settable(kind, field);
    const QVariant wanted = comparable(spec, value);
    Records records(*m_db);
    qsizetype count = 0;
    for (const QString &id : QSet<QString>(ids.cbegin(), ids.cend())) {
        const std::optional<QVariantMap> json = records.find(kind, id);
        if (json && comparable(spec, json->value(field)) != wanted) {
            ++count;
        }
    }
    return count;
}

void BulkEdit::undo(const BulkEditResult &result)
{
    Transaction transaction(*m_db);
    Records records(*m_db);
    for (const BulkEditChange &change : result.changed) {
        // The same read as the change's own (RecordResult::after): equal unless something wrote since.
        std::optional<QVariantMap> current;
        try {
            current = records.current(result.kind, change.id).after;
        } catch (const Error &error) {
            if (error.kind() != Error::Kind::NotFound) {
                throw;
            }
        }
        if (current != change.after) {
            const QString name = recordName(result.kind, change.title, change.id);
            throw Error(Error::Kind::Conflict,
                        current ? BulkEditTr::tr("The %1 was changed since its %2 was set; nothing was undone.")
                                      .arg(name, result.field)
                                : BulkEditTr::tr("The %1 was deleted since its %2 was set; nothing was undone.")
                                      .arg(name, result.field));
        }
        records.update(result.kind, change.id, {{result.field, change.before}});
    }
    transaction.commit();
}

QStringList BulkEdit::idsWhere(RecordKind kind, const QString &field, const QVariant &value) const
{
    const FieldSpec *spec = catalogue::Catalogue::builtin().field(kind, field);
    PageQuery query;
    query.kind = kind;
    query.equals.append(std::pair<QString, QVariant>{field, spec ? comparable(*spec, value) : value});
    QStringList ids;
    m_db->queries().pages(query, 1000, [&](const QList<QVariantMap> &rows) {
        for (const QVariantMap &row : rows) {
            ids << row.value(u"id"_s).toString();
        }
        return true;
    });
    return ids;
}

} // namespace crm
