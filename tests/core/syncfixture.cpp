#include "syncfixture.h"

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

} // namespace crm::test
