#pragma once

// Private to the dataset generator: the object that builds the records kind after kind and writes
// them through crm::Records in batches. generator.cpp holds the driver and the people and
// companies; generatoractivity.cpp the missions, meetings, deals, follow-ups and notes.

#include "domain/clock.h"
#include "generator.h"
#include "generatornames.h"
#include "generatorsupport.h"
#include "services/records/records.h"
#include "storage/database.h"

#include <QDate>
#include <optional>
#include <vector>

namespace crm::gen {

// How many records of each kind a scale gives (the same counts the stats report); generator.h
// documents the ratios.
struct Plan : GeneratorStats
{
    static Plan forScale(qint64 scale);
    qint64 total() const;
};

// Thrown by the batch writer when the progress callback asks to stop; caught in run() only, so the
// many nested generation loops need no cancellation checks of their own.
struct Cancelled
{
};

class DatasetWriter final
{
public:
    DatasetWriter(Database &db, const GeneratorOptions &options, const GeneratorProgress &progress);
    ~DatasetWriter();
    Q_DISABLE_COPY_MOVE(DatasetWriter)

    GeneratorStats run();

private:
    struct Stay
    {
        QDate start;
        QDate end;
    };
    struct AgencyInfo
    {
        RawId id;
        QString name;
    };
    struct DelegateInfo
    {
        RawId id;
        int country = 0;
        QString latinName;
        std::vector<Stay> stays;
    };
    struct InvestorInfo
    {
        RawId id;
        QString name;
        QString sector;
        QString city;
        QString domain; // for contacts' e-mail addresses
    };
    struct MissionInfo
    {
        RawId id;
        int delegate = 0;
        int country = 0;
        bool abroad = false;
        Stay dates;
        QVariantList agenda;
        std::vector<qint64> investors; // the companies taking part; the mission's meetings are with them
    };
    struct MeetingInfo
    {
        RawId id;
        qint32 day = 0; // Julian day, for the dates of follow-ups and notes about the meeting
        qint32 investor = 0;
        qint32 delegate = 0;
    };
    struct DealInfo
    {
        RawId id;
        qint32 investor = 0;
        qint32 day = 0; // date of the last stage change
        qint32 country = 0;
    };

    // Writes one new record through the store and counts it; commits every kBatchSize writes.
    void put(RecordKind kind, const RawId &id, QVariantMap record, qint64 GeneratorStats::*counter);
    void beginWrite();
    void afterWrite();
    void finishBatch();

    void officers();
    void agencies();
    void delegates();
    void investors();
    void contacts();
    void missions();
    void meetings();
    void meeting(int delegate, const Stay &within, MissionInfo *mission, qint64 investorIndex);
    void deals();
    void followUps();
    void notes();

    QString childId() { return m_ids.nextText(); }
    QDate dayIn(const Stay &range);
    QString noteText(int language, int sentences, const QString &investor, const QString &delegate,
                     const QString &country, const QString &product);
    const QString &countryName(int country) const { return m_countryNames[static_cast<size_t>(country)]; }
    const QString &officer() { return m_officerIds[static_cast<size_t>(m_random.below(4))]; } // the active ones

    Database &m_db;
    Records m_records;
    GeneratorOptions m_options;
    GeneratorProgress m_progress;
    Plan m_plan;
    Random m_random;
    IdSequence m_ids;
    FixedClock m_clock;
    const Clock *m_previousClock;
    QString m_previousOfficer;
    QDate m_today;

    std::optional<Transaction> m_batch;
    qint64 m_inBatch = 0;
    qint64 m_done = 0;
    GeneratorStats m_written;   // including the open batch
    GeneratorStats m_committed; // what a cancel leaves in the database

    std::vector<QString> m_countryNames; // English names of hostCountries(), same order
    std::vector<QString> m_officerIds;
    std::vector<AgencyInfo> m_agencies;
    std::vector<DelegateInfo> m_delegates;
    std::vector<std::vector<int>> m_delegatesByCountry;
    std::vector<InvestorInfo> m_investors;
    std::vector<RawId> m_contactIds;
    std::vector<qint64> m_firstContact; // investor i owns contacts [m_firstContact[i], m_firstContact[i + 1])
    std::vector<MissionInfo> m_missions;
    std::vector<MeetingInfo> m_meetings;
    std::vector<DealInfo> m_deals;
};

} // namespace crm::gen
