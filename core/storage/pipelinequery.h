#pragma once

#include "storage/creditquery.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace crm {

// Which deals the pipeline board shows; empty fields do not filter.
struct PipelineFilter
{
    QString hostCountry;
    QString sector;
    QString delegateId; // credited on the deal
    int year = 0;       // deals with a stage change dated in that year; 0: any
    QString investorId;
};

// A live deal as the board reads it, with its capex and direct-jobs figures.
struct PipelineRow
{
    QString dealId;
    QString title;
    QString stage;
    QString hostCountry;
    QString sector;
    QString investorName;
    QString investorNameLatin;
    QString createdAt;                      // ISO instant
    QString lastStageDate;                  // ISO date of the latest stage change; empty without history
    QStringList delegateIds;                // credited delegates, each once
    QList<int> stageYears;                  // years with a stage change, ascending
    QList<CreditedDealRow::Figure> figures; // capex and direct_jobs only
};

// The board's deals (not in the Trash), in title order: two statements, never one per deal.
class PipelineQuery
{
public:
    virtual ~PipelineQuery() = default;

    virtual QList<PipelineRow> rows(const PipelineFilter &filter) const = 0;

protected:
    PipelineQuery() = default;
};

} // namespace crm
