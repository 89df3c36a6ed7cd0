#include "contactcards.h"

#include "domain/error.h"
#include "storage/database.h"
#include "storage/recordquery.h"
#include "storage/recordstore.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
constexpr qint64 kPageSize = 1000;

// The field naming the organisation shown on the card.
QString organisationField(RecordKind kind)
{
    return kind == RecordKind::Contact ? u"investor_id"_s : u"agency_id"_s;
}
} // namespace

bool ContactCards::supports(RecordKind kind)
{
    return kind == RecordKind::Contact || kind == RecordKind::Delegate;
}

QList<interchange::VCardContact> ContactCards::cards(const Database &db, const ListExportQuery &query)
{
    return *cards(db, query, ExportProgress());
}

std::optional<QList<interchange::VCardContact>> ContactCards::cards(const Database &db, const ListExportQuery &query,
                                                                    const ExportProgress &progress)
{
    if (!supports(query.kind)) {
        throw Error(Error::Kind::Invalid, tr("only contacts and delegates can be written as business cards"));
    }
    const RecordKind organisationKind = query.kind == RecordKind::Contact ? RecordKind::Investor : RecordKind::Agency;
    const QString field = organisationField(query.kind);
    PageQuery page;
    page.kind = query.kind;
    page.filter = query.filter;
    page.sortField = query.sortField;
    page.ascending = query.ascending;
    page.trash = query.trash;
    const RecordStore &store = db.records();
    QHash<QString, QString> organisations;
    QList<interchange::VCardContact> cards;
    const qint64 total = progress ? db.queries().count(page) : 0;
    if (progress && !progress(0, total)) {
        return std::nullopt;
    }
    for (qint64 offset = 0;; offset += kPageSize) {
        const QList<QVariantMap> rows = db.queries().page(page, offset, kPageSize);
        for (const QVariantMap &row : rows) {
            interchange::VCardContact card;
            // The JSON form, with the lists (phones) the list rows leave out.
            card.record = store.get(query.kind, row.value(u"id"_s).toString());
            const QString organisationId = card.record.value(field).toString();
            if (!organisationId.isEmpty()) {
                auto it = organisations.constFind(organisationId);
                if (it == organisations.constEnd()) {
                    const bool known = store.exists(organisationKind, organisationId);
                    it = organisations.insert(organisationId,
                                              known ? store.title(organisationKind, organisationId) : QString());
                }
                card.organisation = *it;
            }
            cards << card;
        }
        if (progress && !progress(cards.size(), std::max(total, qint64(cards.size())))) {
            return std::nullopt;
        }
        if (rows.size() < kPageSize) {
            break;
        }
    }
    return cards;
}

std::optional<qsizetype> ContactCards::writeFile(const Database &db, const ListExportQuery &query,
                                                 interchange::VCardVersion version, const QString &path,
                                                 const ExportProgress &progress)
{
    const std::optional<QList<interchange::VCardContact>> read = cards(db, query, progress);
    if (!read) {
        return std::nullopt;
    }
    const QByteArray bytes = interchange::writeVCards(*read, version);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        throw Error(Error::Kind::Invalid,
                    tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return read->size();
}

} // namespace crm
