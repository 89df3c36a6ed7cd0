#include "syncfixture.h"

#include "domain/catalogue/catalogue.h"
#include "domain/fieldmap.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace crm::test {

Laptop::Laptop(TestDatabase &office, const QString &name, const ReplicaScope &scope)
    : m_path(office.dir() + u'/' + name + u".sqlite"_s), m_clock(office.clock().nowUtc())
{
    prepareReplica(office.db(), m_path, name, scope);
    m_session = Session::open(m_path, Database::OpenMode::MustExist, m_clock);
    db().setOfficerId(office.officerId());
    m_store = &db().records();
    m_sync = std::make_unique<Synchronizer>(db());
}

SyncImportReport send(Database &from, Database &to)
{
    return Synchronizer(to).import(Synchronizer(from).buildPackage(to.replicaId()));
}

QString contentOf(Database &db)
{
    RecordStore &store = db.records();
    QJsonObject all;
    for (RecordKind kind : allRecordKinds()) {
        QJsonObject records;
        for (bool trash : {false, true}) {
            ListQuery query;
            query.trash = trash;
            query.withChildren = true;
            query.sortField = u"id"_s;
            store.forEach(kind, query, [&](const QVariantMap &record) {
                QVariantMap content = record;
                for (const QString &field : metadataFields()) {
                    content.remove(field);
                }
                content.insert(u"in_trash"_s, trash);
                records.insert(record.value(u"id"_s).toString(), QJsonObject::fromVariantMap(content));
                return true;
            });
        }
        all.insert(kindName(kind), records);
    }
    return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
}

QStringList danglingLinks(Database &db)
{
    using catalogue::FieldSpec;
    RecordStore &records = db.records();
    QStringList dangling;
    const auto check = [&](const FieldSpec &f, const QVariantMap &row, const QString &owner) {
        QString kindText;
        QString target;
        if (f.type == catalogue::Type::Link) {
            kindText = f.linkKind ? kindName(*f.linkKind) : row.value(f.kindField).toString();
            target = row.value(f.columnName()).toString();
        } else if (f.type == catalogue::Type::KindLink) {
            kindText = row.value(f.columnName()).toString();
            target = row.value(f.companion).toString();
        }
        const auto kind = kindFromName(kindText);
        if (!target.isEmpty() && kind && !records.exists(*kind, target)) {
            dangling << owner + u' ' + f.name + u" -> "_s + target;
        }
    };
    for (const catalogue::KindSpec &spec : catalogue::Catalogue::builtin().kinds()) {
        for (bool trash : {false, true}) {
            ListQuery query;
            query.trash = trash;
            query.withChildren = true;
            records.forEach(spec.kind, query, [&](const QVariantMap &record) {
                const QString owner = record.value(u"id"_s).toString();
                for (const FieldSpec &f : spec.fields) {
                    check(f, record, owner);
                    for (const FieldSpec &column : f.children) {
                        for (const QVariant &row : record.value(f.name).toList()) {
                            check(column, row.toMap(), owner);
                        }
                    }
                }
                return true;
            });
        }
    }
    return dangling;
}

} // namespace crm::test
