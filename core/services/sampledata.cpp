#include "sampledata.h"

#include "domain/error.h"
#include "domain/recordkind.h"
#include "services/records/records.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace crm {
namespace {

// Replaces "@key" strings, anywhere in the value, by the id of the record loaded under that key.
QVariant resolve(const QVariant &value, const QHash<QString, QString> &ids)
{
    switch (value.userType()) {
    case QMetaType::QString: {
        const QString text = value.toString();
        if (text.startsWith(u'@')) {
            const auto it = ids.constFind(text.mid(1));
            if (it == ids.constEnd()) {
                throw Error::database(u"Sample data refers to unknown key "_s + text);
            }
            return *it;
        }
        return value;
    }
    case QMetaType::QVariantList: {
        QVariantList list;
        for (const QVariant &item : value.toList()) {
            list << resolve(item, ids);
        }
        return list;
    }
    case QMetaType::QVariantMap: {
        QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it) {
            it.value() = resolve(it.value(), ids);
        }
        return map;
    }
    default:
        return value;
    }
}

} // namespace

qint64 programmeRecordCount(Database &db)
{
    const Records store(db);
    qint64 records = 0;
    for (RecordKind kind : allRecordKinds()) {
        if (kind != RecordKind::Officer) {
            records += store.count(kind, false) + store.count(kind, true);
        }
    }
    return records;
}

int loadSampleData(Database &db)
{
    Records service(db);
    if (programmeRecordCount(db) > 0) {
        throw Error(Error::Kind::Conflict,
                    QCoreApplication::translate("crm::SampleData", "The sample dataset is only loaded into an empty "
                                                                   "database; %1 already holds records.")
                        .arg(db.path()));
    }
    QFile file(u":/crm/sample/sample-data.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error::database(u"The sample dataset is missing from the build."_s);
    }
    const QJsonArray records = QJsonDocument::fromJson(file.readAll()).object().value(u"records"_s).toArray();

    Transaction transaction(db);
    QHash<QString, QString> ids;
    for (const QJsonValue &entry : records) {
        const QJsonObject object = entry.toObject();
        const auto kind = kindFromName(object.value(u"kind"_s).toString());
        if (!kind) {
            throw Error::database(u"Sample data has an unknown kind: "_s + object.value(u"kind"_s).toString());
        }
        const QVariantMap data = resolve(object.value(u"data"_s).toObject().toVariantMap(), ids).toMap();
        try {
            if (*kind == RecordKind::Officer) {
                const auto same = service.findIdBy(*kind, u"initials"_s, data.value(u"initials"_s));
                if (same) {
                    ids.insert(object.value(u"key"_s).toString(), *same);
                    continue;
                }
            }
            ids.insert(object.value(u"key"_s).toString(), service.create(*kind, data).id);
        } catch (const Error &error) {
            throw Error(error.kind(),
                        u"Sample record "_s + object.value(u"key"_s).toString() + u": "_s + error.message(),
                        error.fieldErrors());
        }
    }
    transaction.commit();
    return static_cast<int>(ids.size());
}

} // namespace crm
