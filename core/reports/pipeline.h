#pragma once

#include "domain/error.h"
#include "reports/creditsummary.h"
#include "storage/pipelinequery.h"

#include <QDate>
#include <QVariantMap>

namespace crm {

// A card of the pipeline board: a live deal with what the officers look at first.
struct PipelineCard
{
    QString dealId;
    QString title;
    QString stage; // code
    QString investorName;
    QString investorNameLatin; // empty when the investor has no Latin name
    QString hostCountry;
    QString sector;
    QStringList delegateIds;
    QList<int> stageYears;
    QDate createdAt; // the officer's calendar day the record was created
    QDate lastStageDate;
    LatestFigures capex;
    LatestFigures directJobs;
};

// The deals for the pipeline board, filtered in SQL.
class Pipeline final
{
public:
    explicit Pipeline(Database &db) : m_db(db) {}

    QList<PipelineCard> cards(const PipelineFilter &filter = {}) const;

private:
    Database &m_db;
};

// The change that moves a deal to another stage, as of a date: the stage, its history with one more
// entry, and the lost reason (required for "lost", cleared when leaving it). Refusals are in errors
// (field names as the JSON format has them) and leave changes empty; warnings are allowed but worth
// a second look.
struct StageMove
{
    QVariantMap changes;
    FieldErrors errors;
    QStringList warnings;
    bool accepted() const { return errors.isEmpty(); }
};

// dealJson: the deal as RecordStore::get() gives it (JSON format, with created_at).
StageMove stageMove(const QVariantMap &dealJson, const QString &newStage, const QDate &date, const QString &lostReason,
                    const QDate &today);
// Why a stage date deserves a second look: before the deal was recorded, or after today.
QStringList stageDateWarnings(const QVariantMap &dealJson, const QDate &date, const QDate &today);
// The next or previous stage in the board's order (lead ... aftercare, on hold, lost); empty past the ends.
QString adjacentStage(const QString &stage, int step);

} // namespace crm
