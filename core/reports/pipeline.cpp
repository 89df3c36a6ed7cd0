#include "pipeline.h"

#include "domain/codelabels.h"
#include "domain/dateformat.h"
#include "domain/deal.h"
#include "domain/officerzone.h"
#include "storage/database.h"
#include "storage/reportqueries.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
struct PipelineTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::Pipeline)
};

// The officer's calendar day of a stored instant ("2026-11-29T09:00:00Z"); a bare date reads as itself.
QDate localDay(const QString &iso)
{
    const QDateTime instant = QDateTime::fromString(iso, Qt::ISODate);
    return instant.isValid() ? toOfficerTime(instant).date() : QDate::fromString(iso.left(10), Qt::ISODate);
}
} // namespace

QList<PipelineCard> Pipeline::cards(const PipelineFilter &filter) const
{
    QList<PipelineCard> cards;
    for (const PipelineRow &row : m_db.reports().pipeline.rows(filter)) {
        cards.append({row.dealId, row.title, row.stage, row.investorName, row.investorNameLatin, row.hostCountry,
                      row.sector, row.delegateIds, row.stageYears, localDay(row.createdAt),
                      QDate::fromString(row.lastStageDate, Qt::ISODate), latestFigures(row.figures, u"capex"_s),
                      latestFigures(row.figures, u"direct_jobs"_s)});
    }
    return cards;
}

QStringList stageDateWarnings(const QVariantMap &dealJson, const QDate &date, const QDate &today)
{
    QStringList warnings;
    const QLocale locale;
    const QDate created = localDay(dealJson.value(u"created_at"_s).toString());
    if (date.isValid() && created.isValid() && date < created) {
        warnings << PipelineTr::tr("The date is before the deal was recorded (%1).").arg(formatDate(created, locale));
    }
    if (date.isValid() && date > today) {
        warnings << PipelineTr::tr("The date is after today (%1).").arg(formatDate(today, locale));
    }
    return warnings;
}

StageMove stageMove(const QVariantMap &dealJson, const QString &newStage, const QDate &date, const QString &lostReason,
                    const QDate &today)
{
    StageMove move;
    const QString current = dealJson.value(u"stage"_s).toString();
    if (!Deal::stages().contains(newStage)) {
        move.errors.append({u"stage"_s, PipelineTr::tr("\"%1\" is not a deal stage").arg(newStage)});
    } else if (newStage == current) {
        move.errors.append({u"stage"_s, PipelineTr::tr("is already %1").arg(codeLabel(newStage))});
    }
    const QString reason = lostReason.trimmed();
    if (newStage == u"lost"_s && reason.isEmpty()) {
        move.errors.append({u"lost_reason"_s, PipelineTr::tr("is required when a deal is lost")});
    }
    QVariantList history = dealJson.value(u"stage_history"_s).toList();
    const QString dateField = u"stage_history[%1].date"_s.arg(history.size());
    if (!date.isValid()) {
        move.errors.append({dateField, PipelineTr::tr("is required")});
    } else if (!history.isEmpty()) {
        // The history is kept in date order; an earlier date belongs in the deal's form, not in a move.
        const QDate last = QDate::fromString(history.constLast().toMap().value(u"date"_s).toString(), Qt::ISODate);
        if (last.isValid() && date < last) {
            move.errors.append(
                {dateField, PipelineTr::tr("must not be before the previous stage change (%1)").arg(formatDate(last))});
        }
    }
    if (!move.errors.isEmpty()) {
        return move;
    }
    move.warnings = stageDateWarnings(dealJson, date, today);
    history.append(QVariantMap{{u"stage"_s, newStage}, {u"date"_s, date.toString(Qt::ISODate)}});
    move.changes = {{u"stage"_s, newStage},
                    {u"stage_history"_s, history},
                    {u"lost_reason"_s, newStage == u"lost"_s ? QVariant(reason) : QVariant()}};
    return move;
}

QString adjacentStage(const QString &stage, int step)
{
    const QStringList &stages = Deal::stages();
    const qsizetype i = stages.indexOf(stage);
    if (i < 0 || i + step < 0 || i + step >= stages.size()) {
        return {};
    }
    return stages.at(i + step);
}

} // namespace crm
