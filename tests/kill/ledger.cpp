#include "ledger.h"

#include "storage/database.h"
#include "storage/recordstore.h"

using namespace Qt::StringLiterals;

namespace crm::kill {
namespace {

bool touchesRecord(const Op &op)
{
    static const QStringList types{u"add"_s, u"laptop"_s, u"update"_s, u"trash"_s, u"restore"_s, u"stay"_s};
    return types.contains(op.type);
}

std::optional<ExpectedRecord> applied(std::optional<ExpectedRecord> record, const Op &op)
{
    if (op.type == u"add"_s || op.type == u"laptop"_s) {
        ExpectedRecord created;
        created.kind = kindFromName(op.kind).value_or(RecordKind::Delegate);
        created.fields.insert(op.field, op.value);
        // The laptop never trashes, but the office may trash what it made, and sync brings that back.
        if (op.type == u"add"_s) {
            created.trashed = false;
        }
        return created;
    }
    if (!record) {
        // Known only from this acknowledgement: a record that sync brought or a commit that was not acknowledged.
        record = ExpectedRecord{};
        record->kind = kindFromName(op.kind).value_or(RecordKind::Delegate);
    }
    if (op.type == u"update"_s) {
        record->fields.insert(op.field, op.value);
    } else if (op.type == u"trash"_s || op.type == u"restore"_s) {
        record->trashed = op.type == u"trash"_s;
    } else if (op.type == u"stay"_s) {
        record->stays.insert(op.value);
    }
    return record;
}

} // namespace

void Ledger::apply(const Op &op)
{
    if (!touchesRecord(op)) {
        return;
    }
    const auto found = m_records.constFind(op.id);
    const std::optional<ExpectedRecord> before =
        found == m_records.cend() ? std::nullopt : std::optional<ExpectedRecord>(*found);
    m_records.insert(op.id, *applied(before, op));
}

void Ledger::requireRecord(const QString &id, const ExpectedRecord &record)
{
    if (!m_records.contains(id)) {
        m_records.insert(id, record);
    }
}

QStringList compare(const std::optional<ExpectedRecord> &expected, const std::optional<QVariantMap> &actual)
{
    if (!expected) {
        return actual ? QStringList{u"exists but was never created"_s} : QStringList{};
    }
    if (!actual) {
        return {u"is missing"_s};
    }
    QStringList problems;
    for (auto it = expected->fields.cbegin(); it != expected->fields.cend(); ++it) {
        const QString value = actual->value(it.key()).toString();
        if (value != it.value()) {
            problems << u"%1 is \"%2\", acknowledged \"%3\""_s.arg(it.key(), value, it.value());
        }
    }
    if (!expected->stays.isEmpty()) {
        QSet<QString> offices;
        for (const QVariant &stay : actual->value(u"stays"_s).toList()) {
            offices.insert(stay.toMap().value(u"host_office"_s).toString());
        }
        for (const QString &office : expected->stays) {
            if (!offices.contains(office)) {
                problems << u"has no stay at \"%1\""_s.arg(office);
            }
        }
    }
    if (expected->trashed && *expected->trashed != actual->contains(u"deleted_at"_s)) {
        problems << (*expected->trashed ? u"is not in the Trash"_s : u"is in the Trash"_s);
    }
    return problems;
}

QStringList Ledger::verify(Database &db, const std::optional<Op> &inFlight, bool *committed)
{
    const RecordStore &store = db.records();
    QStringList problems;
    const QString skip = inFlight && touchesRecord(*inFlight) ? inFlight->id : QString();
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it) {
        if (it.key() == skip) {
            continue;
        }
        const QStringList wrong = compare(*it, store.find(it->kind, it.key()));
        for (const QString &problem : wrong) {
            problems << u"%1 %2 %3"_s.arg(kindName(it->kind), it.key(), problem);
        }
    }
    if (skip.isEmpty()) {
        return problems;
    }
    // The interrupted operation: either state is right, and the one found is now the committed one.
    const auto found = m_records.constFind(skip);
    const std::optional<ExpectedRecord> before =
        found == m_records.cend() ? std::nullopt : std::optional<ExpectedRecord>(*found);
    const std::optional<ExpectedRecord> after = applied(before, *inFlight);
    const std::optional<QVariantMap> actual = store.find(after->kind, skip);
    const QStringList afterProblems = compare(after, actual);
    const QStringList beforeProblems = compare(before, actual);
    if (afterProblems.isEmpty()) {
        m_records.insert(skip, *after);
        if (committed) {
            *committed = true;
        }
    } else if (!beforeProblems.isEmpty()) {
        problems << u"%1 %2, interrupted by the kill during \"%3\", is in neither state: %4 / %5"_s.arg(
            inFlight->kind, skip, inFlight->text(), beforeProblems.join(u"; "_s), afterProblems.join(u"; "_s));
    }
    return problems;
}

} // namespace crm::kill
