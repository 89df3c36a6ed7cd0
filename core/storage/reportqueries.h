#pragma once

#include "briefingquery.h"
#include "creditquery.h"
#include "dashboardquery.h"
#include "pipelinequery.h"
#include "reportquery.h"
#include "timelinequery.h"

namespace crm {

// The read models behind the timelines, the programme report, credits, the pipeline, the dashboard
// and briefings: one query interface each, all from one database (Database::reports()).
struct ReportQueries
{
    TimelineQuery &timeline;
    ReportQuery &programme;
    CreditQuery &credits;
    PipelineQuery &pipeline;
    DashboardQuery &dashboard;
    BriefingQuery &briefing;
};

} // namespace crm
