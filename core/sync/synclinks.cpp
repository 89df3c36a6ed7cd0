#include "synclinks.h"

#include "domain/catalogue/catalogue.h"
#include "sync/syncfields.h"
#include "sync/syncredirects.h"

using namespace Qt::StringLiterals;

namespace crm {
namespace {
using catalogue::FieldSpec;
using catalogue::Type;

bool isEmptyCell(const QVariant &value)
{
    return !value.isValid() || value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
}

// Redirects the links of one row (a record or a list row); returns whether one moved.
bool redirectRow(const QList<FieldSpec> &fields, QVariantMap &row, const SyncRedirects &redirects)
{
    bool moved = false;
    for (const FieldSpec &f : fields) {
        const QString column = f.type == Type::KindLink ? f.companion
                               : f.type == Type::Link   ? f.columnName()
                                                        : QString();
        if (column.isEmpty()) {
            continue;
        }
        const QString target = row.value(column).toString();
        if (target.isEmpty()) {
            continue;
        }
        const QString survivor = redirects.resolve(target);
        if (survivor != target) {
            row.insert(column, survivor);
            moved = true;
        }
    }
    return moved;
}

QVariantList redirectList(const FieldSpec &list, const QVariantList &rows, const SyncRedirects &redirects)
{
    const QStringList identity = syncIdentityColumns(list.name);
    struct Row
    {
        QVariantMap values;
        bool moved = false;
        QString key; // empty: not an identity-keyed row
    };
    QList<Row> out;
    for (const QVariant &value : rows) {
        Row row{value.toMap(), false, {}};
        row.moved = redirectRow(list.children, row.values, redirects);
        QStringList parts;
        bool any = false;
        for (const QString &column : identity) {
            parts << row.values.value(column).toString();
            any = any || !parts.constLast().isEmpty();
        }
        row.key = any ? parts.join(u'|') : QString();
        out.append(row);
    }
    // Rows that now name the same person collapse into the one that named the survivor.
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i].key.isEmpty()) {
            continue;
        }
        for (qsizetype j = i + 1; j < out.size();) {
            if (out[j].key != out[i].key) {
                ++j;
                continue;
            }
            if (out[i].moved && !out[j].moved) {
                std::swap(out[i].values, out[j].values);
                std::swap(out[i].moved, out[j].moved);
            }
            for (auto it = out[j].values.cbegin(); it != out[j].values.cend(); ++it) {
                if (isEmptyCell(out[i].values.value(it.key()))) {
                    out[i].values.insert(it.key(), it.value());
                }
            }
            out.removeAt(j);
        }
    }
    QVariantList result;
    for (const Row &row : out) {
        result.append(row.values);
    }
    return result;
}
} // namespace

QVariantMap redirectSyncLinks(RecordKind kind, const QString &id, QVariantMap stored, const SyncRedirects &redirects)
{
    const QList<FieldSpec> &fields = catalogue::Catalogue::builtin().kind(kind).fields;
    redirectRow(fields, stored, redirects);
    for (const FieldSpec &f : fields) {
        if (f.type == Type::Link && !id.isEmpty() && stored.value(f.columnName()).toString() == id) {
            stored.insert(f.columnName(), QVariant()); // a record cannot link to itself
        }
        if (f.type == Type::Children && stored.contains(f.name)) {
            stored.insert(f.name, redirectList(f, stored.value(f.name).toList(), redirects));
        }
    }
    return stored;
}

} // namespace crm
