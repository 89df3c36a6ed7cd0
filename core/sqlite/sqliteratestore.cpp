#include "sqliteratestore.h"

#include "domain/error.h"
#include "domain/fieldmap.h"
#include "domain/referencedata.h"
#include "sqliteauditlog.h"
#include "sqlitedatabase.h"
#include "sqlstatement.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
const QString kTable = u"exchange_rate"_s;

struct RateStoreTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::RateStore)
};

QString rowKey(const QString &currency, int year)
{
    return currency + u' ' + QString::number(year);
}

QSqlDatabase connection(const SqliteDatabase &db)
{
    return QSqlDatabase::database(db.connectionName(), false);
}

std::optional<ExchangeRate> find(const SqliteDatabase &db, const QString &currency, int year)
{
    storage::SqlStatement q(connection(db), u"SELECT per_usd, source, modified_at, modified_by FROM exchange_rate "
                                            u"WHERE currency = ? AND year = ?"_s);
    q.bind({currency, year}).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return ExchangeRate{currency,
                        year,
                        q.value(0).toString(),
                        q.value(1).toString(),
                        QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
                        q.value(3).toString()};
}
} // namespace

QList<ExchangeRate> SqliteRateStore::list() const
{
    storage::SqlStatement q(connection(m_db), u"SELECT currency, year, per_usd, source, modified_at, modified_by "
                                              u"FROM exchange_rate ORDER BY currency, year"_s);
    q.exec();
    QList<ExchangeRate> rates;
    while (q.next()) {
        rates.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                      QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs), q.value(5).toString()});
    }
    return rates;
}

ExchangeRate SqliteRateStore::set(const QString &currencyInput, int year, const QString &perUsd, const QString &source)
{
    const QString currency = currencyInput.trimmed().toUpper();
    FieldErrors errors;
    if (currency == u"USD"_s) {
        errors.append({u"currency"_s, RateStoreTr::tr("USD is the base of the rates (always 1 per US dollar)")});
    } else if (!reference::isCurrency(currency)) {
        errors.append({u"currency"_s, RateStoreTr::tr("is not an ISO 4217 currency code")});
    }
    if (year < exchangerate::kFirstYear || year > exchangerate::kLastYear) {
        errors.append({u"year"_s, RateStoreTr::tr("must be between 1950 and 2100")});
    }
    const std::optional<qint64> scaled = exchangerate::parseScaled(perUsd);
    if (!scaled) {
        errors.append({u"per_usd"_s, RateStoreTr::tr("must be a positive number with at most 8 decimals")});
    }
    if (!errors.isEmpty()) {
        throw Error::invalid(errors);
    }
    const QString text = exchangerate::scaledToText(*scaled);
    const QString trimmedSource = source.trimmed();
    const QDateTime now = m_db.clock().nowUtc();

    Transaction transaction(m_db);
    const std::optional<ExchangeRate> old = find(m_db, currency, year);
    storage::SqlStatement(connection(m_db),
                          u"INSERT INTO exchange_rate(currency, year, per_usd, source, modified_at, modified_by) "
                          u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(currency, year) DO UPDATE SET "
                          u"per_usd = excluded.per_usd, source = excluded.source, "
                          u"modified_at = excluded.modified_at, modified_by = excluded.modified_by"_s)
        .bind({currency, year, text, trimmedSource.isEmpty() ? QVariant() : trimmedSource, mapvalue::isoInstant(now),
               m_db.officerId().isEmpty() ? QVariant() : m_db.officerId()})
        .exec();
    SqliteAuditLog log(m_db);
    const QString key = rowKey(currency, year);
    if (!old) {
        log.recordRow(kTable, key, u"create"_s, {}, {},
                      QVariantMap{{u"per_usd"_s, text}, {u"source"_s, trimmedSource}});
    } else {
        if (old->perUsd != text) {
            log.recordRow(kTable, key, u"update"_s, u"per_usd"_s, old->perUsd, text);
        }
        if (old->source != trimmedSource) {
            log.recordRow(kTable, key, u"update"_s, u"source"_s, old->source, trimmedSource);
        }
    }
    transaction.commit();
    return ExchangeRate{currency, year, text, trimmedSource, now, m_db.officerId()};
}

void SqliteRateStore::remove(const QString &currencyInput, int year)
{
    const QString currency = currencyInput.trimmed().toUpper();
    Transaction transaction(m_db);
    const std::optional<ExchangeRate> old = find(m_db, currency, year);
    if (!old) {
        throw Error::notFound(RateStoreTr::tr("There is no %1 rate for %2.").arg(currency).arg(year));
    }
    storage::SqlStatement(connection(m_db), u"DELETE FROM exchange_rate WHERE currency = ? AND year = ?"_s)
        .bind({currency, year})
        .exec();
    SqliteAuditLog(m_db).recordRow(kTable, rowKey(currency, year), u"delete"_s, {},
                                   QVariantMap{{u"per_usd"_s, old->perUsd}, {u"source"_s, old->source}}, {});
    transaction.commit();
}

} // namespace crm
