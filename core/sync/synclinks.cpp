#include "synclinks.h"

#include "domain/catalogue/catalogue.h"
#include "sync/syncfields.h"
#include "sync/syncredirects.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
using catalogue::FieldSpec;
using catalogue::Type;

QString derivedRowId(const QString &rowId, const QString &identity)
{
    const QByteArray hash = QCryptographicHash::hash((rowId + u'|' + identity).toUtf8(), QCryptographicHash::Sha256);
    return QUuid::fromRfc4122(hash.left(16)).toString(QUuid::WithoutBraces);
}

QString identityOf(const QStringList &columns, const QVariantMap &row)
{
    QStringList parts;
    bool any = false;
    for (const QString &column : columns) {
        parts << row.value(column).toString();
        any = any || !parts.constLast().isEmpty();
    }
    return any ? parts.join(u'|') : QString();
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
        row.key = identityOf(identity, row.values);
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
            // Its cells are not filled from the other: a later change of the map must find the
            // row as its heads wrote it.
            if (out[i].moved && !out[j].moved) {
                std::swap(out[i].values, out[j].values);
                std::swap(out[i].moved, out[j].moved);
            }
            out.removeAt(j);
        }
    }
    // A merge moves a row to the survivor with its id: two replicas moving one row to two
    // different survivors leave two rows with that id. The later one takes an id made from both.
    QSet<QString> ids;
    QVariantList result;
    for (Row &row : out) {
        const QString rowId = row.values.value(u"id"_s).toString();
        if (!rowId.isEmpty() && ids.contains(rowId)) {
            row.values.insert(u"id"_s, derivedRowId(rowId, row.key));
        }
        ids.insert(row.values.value(u"id"_s).toString());
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

QVariantMap withoutRedirectedRows(RecordKind kind, QVariantMap stored, const SyncFields &heads)
{
    for (const FieldSpec &f : catalogue::Catalogue::builtin().kind(kind).fields) {
        const QStringList identity = syncIdentityColumns(f.name);
        if (f.type != Type::Children || identity.isEmpty() || !stored.contains(f.name)) {
            continue;
        }
        const QString prefix = f.name + u'/';
        QSet<QString> headRowIds;
        for (auto it = heads.lowerBound(prefix); it != heads.cend() && it.key().startsWith(prefix); ++it) {
            if (it.value().isObject()) {
                headRowIds.insert(it.value().toObject().value(u"id"_s).toString());
            }
        }
        if (headRowIds.isEmpty()) {
            continue;
        }
        QVariantList kept;
        for (const QVariant &value : stored.value(f.name).toList()) {
            const QVariantMap row = value.toMap();
            const QString rowId = row.value(u"id"_s).toString();
            bool redirected = false;
            if (!heads.contains(syncElementKey(kind, f.name, row))) {
                for (const QString &headRowId : std::as_const(headRowIds)) {
                    if (rowId == headRowId || rowId == derivedRowId(headRowId, identityOf(identity, row))) {
                        redirected = true;
                        break;
                    }
                }
            }
            if (!redirected) {
                kept.append(row);
            }
        }
        stored.insert(f.name, kept);
    }
    return stored;
}

} // namespace crm
