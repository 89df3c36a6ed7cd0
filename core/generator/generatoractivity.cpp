// The dataset generator's activity records: missions, meetings, deals, follow-ups and notes. They
// refer to the people and companies that generator.cpp wrote first.
#include "domain/fieldmap.h"
#include "domain/referencedata.h"
#include "generatorwriter.h"

#include <QTimeZone>
#include <algorithm>
#include <array>
#include <numeric>

using namespace Qt::StringLiterals;

namespace crm::gen {
namespace {

const QString kTokyo = u"Asia/Tokyo"_s;

QString isoDate(qint64 julianDay)
{
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate);
}

// The UTC instant of a local wall-clock time; Tokyo has had no daylight saving time since 1951.
QDateTime utcOf(const QDate &date, const QTime &time, const QString &zone)
{
    const QDateTime wall(date, time, Qt::UTC);
    const int offset = zone == kTokyo ? 9 * 3600 : QTimeZone(zone.toUtf8()).offsetFromUtc(wall);
    return wall.addSecs(-offset);
}

// The main path of a deal; on_hold and lost leave it.
const QStringList &dealPath()
{
    static const QStringList path{u"lead"_s,           u"contacted"_s,   u"visit"_s,
                                  u"negotiation"_s,    u"decision"_s,    u"announced"_s,
                                  u"implementation"_s, u"operational"_s, u"aftercare"_s};
    return path;
}

} // namespace

QString DatasetWriter::noteText(int language, int sentences, const QString &investor, const QString &delegate,
                                const QString &country, const QString &product)
{
    const QStringList &pool = noteSentences(language);
    // Distinct sentences (a partial shuffle of the pool): nobody writes the same line twice.
    std::array<qsizetype, 16> order{};
    const qsizetype size = std::min<qsizetype>(pool.size(), static_cast<qsizetype>(order.size()));
    std::iota(order.begin(), order.begin() + size, 0);
    QString text;
    for (qsizetype i = 0; i < std::min<qsizetype>(sentences, size); ++i) {
        std::swap(order[static_cast<size_t>(i)], order[static_cast<size_t>(i + m_random.below(size - i))]);
        QString sentence = pool[order[static_cast<size_t>(i)]];
        if (sentence.contains(u'%')) {
            sentence.replace(u"%1"_s, investor)
                .replace(u"%2"_s, delegate)
                .replace(u"%3"_s, country)
                .replace(u"%4"_s, product.toLower());
        }
        if (!text.isEmpty() && language != 1) {
            text += i == 3 ? u"\n\n"_s : u" "_s; // long notes get a second paragraph
        }
        text += sentence;
    }
    return text;
}

void DatasetWriter::missions()
{
    static const QStringList fairs{u"FOODEX JAPAN"_s, u"Smart Energy Week"_s, u"Automotive World"_s,
                                   u"Japan International Aerospace Exhibition"_s};
    const QDate earliest(2012, 1, 9);
    for (qint64 m = 0; m < m_plan.missions; ++m) {
        MissionInfo info;
        info.id = m_ids.next();
        info.delegate = static_cast<int>(m_random.below(m_plan.delegates));
        const DelegateInfo &delegate = m_delegates[static_cast<size_t>(info.delegate)];
        info.country = delegate.country;
        const HostCountry &h = hostCountries()[info.country];
        const QString country = countryName(info.country);
        const QDate start = earliest.addDays(m_random.below(earliest.daysTo(m_today.addDays(60))));
        QString kind;
        QString title;
        QStringList places;
        switch (m % 4) {
        case 0:
            kind = u"programme_stay"_s;
            info.dates =
                delegate.stays[static_cast<size_t>(m_random.below(static_cast<qint64>(delegate.stays.size())))];
            title = u"Programme stay of %1 (%2)"_s.arg(delegate.latinName, h.acronym);
            places = {u"Tokyo"_s, u"Osaka"_s};
            break;
        case 1:
            kind = u"investor_mission"_s;
            info.abroad = true;
            info.dates = {start, start.addDays(m_random.between(4, 9))};
            title = u"Japanese investor mission to %1"_s.arg(country);
            places = {h.cities.constFirst(), m_random.pick(h.cities)};
            places.removeDuplicates();
            break;
        case 2:
            kind = u"seminar"_s;
            info.dates = {start, start.addDays(m_random.below(2))};
            title = u"Investment seminar: %1"_s.arg(country);
            places = {m_random.percent(70) ? u"Tokyo"_s : u"Osaka"_s};
            break;
        default:
            kind = u"trade_fair"_s;
            info.dates = {start, start.addDays(2)};
            title = u"%1 %2: %3 pavilion"_s.arg(m_random.pick(fairs)).arg(start.year()).arg(country);
            places = {u"Tokyo Big Sight"_s};
            break;
        }
        QVariantList participants{QVariantMap{{u"id"_s, childId()},
                                              {u"person_kind"_s, u"delegate"_s},
                                              {u"person_id"_s, delegate.id.text()},
                                              {u"role"_s, u"delegate"_s}},
                                  QVariantMap{{u"id"_s, childId()},
                                              {u"person_kind"_s, u"officer"_s},
                                              {u"person_id"_s, officer()},
                                              {u"role"_s, u"organiser"_s}}};
        // Each company taking part sends its first contact.
        for (qint64 c = m_random.between(2, 5); c > 0; --c) {
            const qint64 investor = m_random.below(m_plan.investors);
            info.investors.push_back(investor);
            participants << QVariantMap{
                {u"id"_s, childId()},
                {u"person_kind"_s, u"contact"_s},
                {u"person_id"_s,
                 m_contactIds[static_cast<size_t>(m_firstContact[static_cast<size_t>(investor)])].text()},
                {u"role"_s, u"participant"_s}};
        }
        // The opening item now; the meetings join the agenda once they exist (see meetings()).
        const QString zone = info.abroad ? h.timeZone : kTokyo;
        info.agenda << QVariantMap{{u"id"_s, childId()},
                                   {u"starts_at"_s, mapvalue::isoInstant(utcOf(info.dates.start, QTime(9, 0), zone))},
                                   {u"place"_s, places.constFirst()},
                                   {u"description"_s, info.abroad ? u"Welcome by the investment promotion agency"_s
                                                                  : u"Opening briefing at ITPO Tokyo"_s}};
        QVariantMap r{{u"kind"_s, kind},
                      {u"title"_s, title},
                      {u"start_date"_s, info.dates.start.toString(Qt::ISODate)},
                      {u"end_date"_s, info.dates.end.toString(Qt::ISODate)},
                      {u"places"_s, QVariant(places)},
                      {u"participants"_s, participants},
                      {u"agenda"_s, info.agenda}};
        put(RecordKind::Mission, info.id, r, &GeneratorStats::missions);
        m_missions.push_back(std::move(info));
    }
}

void DatasetWriter::meetings()
{
    m_meetings.reserve(static_cast<size_t>(m_plan.meetings));
    // A few meetings per mission first, then each mission's agenda is completed with them, as an
    // officer would after entering the meetings.
    for (MissionInfo &mission : m_missions) {
        const qint64 count = m_random.between(3, 8);
        for (qint64 k = 0; k < count && static_cast<qint64>(m_meetings.size()) < m_plan.meetings; ++k) {
            meeting(mission.delegate, mission.dates, &mission,
                    mission.investors[static_cast<size_t>(k) % mission.investors.size()]);
        }
        std::stable_sort(mission.agenda.begin(), mission.agenda.end(), [](const QVariant &a, const QVariant &b) {
            return a.toMap().value(u"starts_at"_s).toString() < b.toMap().value(u"starts_at"_s).toString();
        });
        beginWrite();
        m_records.update(RecordKind::Mission, mission.id.text(), {{u"agenda"_s, mission.agenda}},
                         {MapFormat::Storage, false, ChangeOrigin::Generated});
        afterWrite();
        mission.agenda.clear(); // not needed any more
    }
    while (static_cast<qint64>(m_meetings.size()) < m_plan.meetings) {
        const int d = static_cast<int>(m_random.below(m_plan.delegates));
        const std::vector<Stay> &stays = m_delegates[static_cast<size_t>(d)].stays;
        const Stay &stay = stays[static_cast<size_t>(m_random.below(static_cast<qint64>(stays.size())))];
        // Half the meetings go to a few key accounts, as in a real pipeline.
        meeting(d, stay, nullptr,
                m_random.percent(50) ? m_random.skewed(m_plan.investors) : m_random.below(m_plan.investors));
    }
}

void DatasetWriter::meeting(int d, const Stay &within, MissionInfo *mission, qint64 investorIndex)
{
    const DelegateInfo &delegate = m_delegates[static_cast<size_t>(d)];
    const HostCountry &h = hostCountries()[delegate.country];
    const bool abroad = mission && mission->abroad;
    QDate date = dayIn(within);
    if (!abroad && date.dayOfWeek() > 5 && date.addDays(5 - date.dayOfWeek()) >= within.start) {
        date = date.addDays(5 - date.dayOfWeek()); // offices in Tokyo meet on weekdays
    }
    const QTime time(m_random.betweenInt(9, 17), m_random.percent(50) ? 0 : 30);
    const QString zone = abroad ? h.timeZone : kTokyo;
    const QString startsAt = mapvalue::isoInstant(utcOf(date, time, zone));

    const InvestorInfo &investor = m_investors[static_cast<size_t>(investorIndex)];
    QString place;
    if (abroad) {
        place = m_random.pick(h.cities) + (m_random.percent(50) ? u", industrial zone"_s : u", ministry of industry"_s);
    } else {
        const qint64 where = m_random.below(10);
        place = where < 6 ? u"ITPO Tokyo office"_s
                          : (where < 9 ? investor.city + u" head office"_s : u"Online (video call)"_s);
    }

    QVariantList attendees{QVariantMap{{u"id"_s, childId()},
                                       {u"side"_s, u"delegate"_s},
                                       {u"person_kind"_s, u"delegate"_s},
                                       {u"person_id"_s, delegate.id.text()},
                                       {u"role"_s, u"delegate"_s}},
                           QVariantMap{{u"id"_s, childId()},
                                       {u"side"_s, u"itpo"_s},
                                       {u"person_kind"_s, u"officer"_s},
                                       {u"person_id"_s, officer()},
                                       {u"role"_s, u"ITPO officer"_s}}};
    const qint64 first = m_firstContact[static_cast<size_t>(investorIndex)];
    const qint64 owned = m_firstContact[static_cast<size_t>(investorIndex) + 1] - first;
    const qint64 present = std::min<qint64>(owned, m_random.between(1, 3));
    const qint64 offset = m_random.below(owned);
    for (qint64 c = 0; c < present; ++c) {
        attendees << QVariantMap{
            {u"id"_s, childId()},
            {u"side"_s, u"investor"_s},
            {u"person_kind"_s, u"contact"_s},
            {u"person_id"_s, m_contactIds[static_cast<size_t>(first + (offset + c) % owned)].text()},
            {u"role"_s, c == 0 ? u"lead"_s : QString()}};
    }
    QVariantMap r{{u"starts_at"_s, startsAt},
                  {u"time_zone"_s, zone},
                  {u"place"_s, place},
                  {u"investor_id"_s, investor.id.text()},
                  {u"interest_level"_s, std::min<qint64>(5, 1 + m_random.below(3) + m_random.below(3))},
                  {u"language"_s, h.culture == Culture::French && m_random.percent(40)
                                      ? u"fr"_s
                                      : (m_random.percent(50) ? u"ja"_s : u"en"_s)}};
    if (m_random.percent(20)) {
        const QString &interpreter = m_random.pick(interpreters());
        r.insert(u"interpreter"_s, interpreter);
        attendees << QVariantMap{{u"id"_s, childId()},
                                 {u"side"_s, u"itpo"_s},
                                 {u"person_kind"_s, u"other"_s},
                                 {u"name"_s, interpreter},
                                 {u"role"_s, u"interpreter"_s}};
    }
    r.insert(u"attendees"_s, attendees);
    if (m_random.percent(70)) {
        r.insert(u"information_requested"_s, m_random.pick(informationRequests()));
    }
    if (m_random.percent(80)) {
        r.insert(u"next_step"_s, m_random.pick(nextSteps()));
    }
    const int language = m_random.percent(70) ? 0 : (m_random.percent(70) ? 1 : 2);
    r.insert(u"summary"_s, noteText(language, m_random.betweenInt(1, 2), investor.name, delegate.latinName,
                                    countryName(delegate.country), m_random.pick(products(investor.sector))));
    const RawId id = m_ids.next();
    if (mission) {
        r.insert(u"mission_id"_s, mission->id.text());
    }
    put(RecordKind::Meeting, id, r, &GeneratorStats::meetings);
    m_meetings.push_back({id, static_cast<qint32>(date.toJulianDay()), static_cast<qint32>(investorIndex), d});
    if (mission) {
        mission->agenda << QVariantMap{{u"id"_s, childId()},
                                       {u"starts_at"_s, startsAt},
                                       {u"place"_s, place},
                                       {u"description"_s, QString(u"Meeting with "_s + investor.name)},
                                       {u"meeting_id"_s, id.text()}};
    }
}

void DatasetWriter::deals()
{
    // Where deals stand, in percent: most pipelines are mostly leads. Indexes into dealPath();
    // -1 is on hold, -2 lost.
    static const QList<std::pair<int, int>> stages{{0, 25}, {1, 20}, {2, 12}, {3, 10}, {4, 5}, {5, 6},
                                                   {6, 5},  {7, 6},  {8, 3},  {-1, 4}, {-2, 4}};
    // Currencies whose units are small: amounts in them are given a larger multiplier.
    static const QStringList smallUnits{u"VND"_s, u"IDR"_s, u"MGA"_s, u"TZS"_s, u"XOF"_s, u"XAF"_s, u"NGN"_s};
    const QList<HostCountry> &countries = hostCountries();
    m_deals.reserve(static_cast<size_t>(m_plan.deals));
    for (qint64 k = 0; k < m_plan.deals; ++k) {
        const qint64 investorIndex =
            m_random.percent(50) ? m_random.skewed(m_plan.investors) : m_random.below(m_plan.investors);
        const InvestorInfo &investor = m_investors[static_cast<size_t>(investorIndex)];
        const int country = static_cast<int>(m_random.below(countries.size()));
        const HostCountry &h = countries[country];
        const QString sector = m_random.percent(90) ? investor.sector : m_random.pick(sectorCodes());
        const QString product = m_random.pick(products(sector));

        qint64 roll = m_random.below(100);
        int target = 0;
        for (const auto &[index, weight] : stages) {
            target = index;
            if ((roll -= weight) < 0) {
                break;
            }
        }
        const bool off = target < 0;
        const int reached = off ? m_random.betweenInt(0, 3) : target;
        QStringList history = dealPath().mid(0, reached + 1);
        if (off) {
            history << (target == -1 ? u"on_hold"_s : u"lost"_s);
        }
        // Dates in order and in the past: draw the gaps first, then place the start.
        std::vector<qint64> gaps{0};
        qint64 span = 0;
        for (qsizetype i = 1; i < history.size(); ++i) {
            gaps.push_back(m_random.between(20, 240));
            span += gaps.back();
        }
        qint64 day = std::max(QDate(2010, 1, 4).toJulianDay(), m_today.toJulianDay() - span - m_random.below(3 * 365));
        QVariantList stageHistory;
        std::vector<qint64> stageDays;
        for (qsizetype i = 0; i < history.size(); ++i) {
            day += gaps[static_cast<size_t>(i)];
            stageDays.push_back(day);
            stageHistory << QVariantMap{{u"id"_s, childId()}, {u"stage"_s, history[i]}, {u"date"_s, isoDate(day)}};
        }

        const std::vector<int> &local = m_delegatesByCountry[static_cast<size_t>(country)];
        const int credited = local.empty() ? static_cast<int>(m_random.below(m_plan.delegates)) : m_random.pick(local);
        QVariantList credits{QVariantMap{{u"id"_s, childId()},
                                         {u"credited_kind"_s, u"delegate"_s},
                                         {u"credited_id"_s, m_delegates[static_cast<size_t>(credited)].id.text()},
                                         {u"role"_s, u"promotion"_s}}};
        if (m_random.percent(30)) {
            credits << QVariantMap{{u"id"_s, childId()},
                                   {u"credited_kind"_s, u"mission"_s},
                                   {u"credited_id"_s, m_random.pick(m_missions).id.text()},
                                   {u"role"_s, u"facilitation"_s}};
        }
        if (m_random.percent(15)) {
            credits << QVariantMap{{u"id"_s, childId()},
                                   {u"credited_kind"_s, u"delegate"_s},
                                   {u"credited_id"_s, m_random.pick(m_delegates).id.text()},
                                   {u"role"_s, reached >= 6 ? u"implementation_support"_s : u"negotiation"_s}};
        }

        // Impact: planned at the decision, announced with the deal, realised once operational.
        QVariantList impact;
        const qint64 currencyRoll = m_random.below(10);
        const QString currency =
            currencyRoll < 4 ? u"JPY"_s : (currencyRoll < 7 ? u"USD"_s : (currencyRoll < 8 ? u"EUR"_s : h.currency));
        qint64 capex =
            currency == u"JPY"_s ? m_random.between(300, 30000) * 1000000 : m_random.between(2, 250) * 1000000;
        if (smallUnits.contains(currency)) {
            capex *= 100;
        }
        const qint64 minor = powerOfTen(reference::minorUnits(currency));
        const qint64 jobs = m_random.between(50, 3000);
        const auto figure = [&](const QString &indicator, const QString &status, qint64 value, const QString &cur,
                                qint64 asOf) {
            QVariantMap f{{u"id"_s, childId()},
                          {u"indicator"_s, indicator},
                          {u"status"_s, status},
                          {u"value"_s, value},
                          {u"as_of"_s, isoDate(asOf)}};
            if (!cur.isEmpty()) {
                f.insert(u"currency"_s, cur);
            }
            impact << f;
        };
        if (!off && reached >= 4) {
            figure(u"capex"_s, u"planned"_s, capex * minor, currency, stageDays[4]);
            figure(u"direct_jobs"_s, u"planned"_s, jobs, {}, stageDays[4]);
        }
        if (!off && reached >= 5) {
            figure(u"capex"_s, u"announced"_s, capex * minor, currency, stageDays[5]);
            figure(u"direct_jobs"_s, u"announced"_s, jobs, {}, stageDays[5]);
            figure(u"jobs_women"_s, u"announced"_s, jobs * m_random.between(20, 70) / 100, {}, stageDays[5]);
        }
        if (!off && reached >= 7) {
            const qint64 realisedJobs = jobs * m_random.between(70, 120) / 100;
            figure(u"capex"_s, u"realised"_s, capex * m_random.between(80, 110) / 100 * minor, currency, stageDays[7]);
            figure(u"direct_jobs"_s, u"realised"_s, realisedJobs, {}, stageDays[7]);
            figure(u"jobs_women"_s, u"realised"_s, realisedJobs * m_random.between(20, 70) / 100, {}, stageDays[7]);
            figure(u"local_managers"_s, u"realised"_s, realisedJobs * m_random.between(2, 8) / 100, {}, stageDays[7]);
            figure(u"local_suppliers"_s, u"realised"_s, m_random.between(3, 60), {}, stageDays[7]);
            figure(u"exports"_s, u"realised"_s, m_random.between(1, 80) * 1000000 * 100, u"USD"_s, stageDays[7]);
        }

        QVariantMap r{{u"title"_s, QString(product + u", "_s + m_random.pick(h.cities))},
                      {u"investor_id"_s, investor.id.text()},
                      {u"host_country"_s, h.code},
                      {u"sector"_s, sector},
                      {u"stage"_s, history.constLast()},
                      {u"stage_history"_s, stageHistory},
                      {u"credits"_s, credits},
                      {u"impact"_s, impact}};
        if (target == -2) {
            r.insert(u"lost_reason"_s, m_random.pick(lostReasons()));
        }
        if (m_random.percent(30)) {
            r.insert(u"notes"_s,
                     noteText(0, m_random.betweenInt(1, 2), investor.name,
                              m_delegates[static_cast<size_t>(credited)].latinName, countryName(country), product));
        }
        const RawId id = m_ids.next();
        put(RecordKind::Deal, id, r, &GeneratorStats::deals);
        m_deals.push_back({id, static_cast<qint32>(investorIndex), static_cast<qint32>(day), country});
    }
}

void DatasetWriter::followUps()
{
    const qint64 today = m_today.toJulianDay();
    for (qint64 f = 0; f < m_plan.followUps; ++f) {
        QVariantMap r;
        qint64 day = 0;
        qint32 investor = 0;
        if (!m_deals.empty() && m_random.percent(30)) {
            const DealInfo &deal = m_random.pick(m_deals);
            r.insert(u"linked_kind"_s, u"deal"_s);
            r.insert(u"linked_id"_s, deal.id.text());
            day = deal.day;
            investor = deal.investor;
        } else {
            const MeetingInfo &meeting = m_random.pick(m_meetings);
            r.insert(u"linked_kind"_s, u"meeting"_s);
            r.insert(u"linked_id"_s, meeting.id.text());
            day = meeting.day;
            investor = meeting.investor;
        }
        const qint64 due = day + m_random.between(7, 45);
        // Old tasks are mostly done; a few stay overdue, which is what the follow-up list is for.
        const bool done = due < today - 14 ? m_random.percent(90) : m_random.percent(5);
        QString title = m_random.pick(followUpTitles());
        title.replace(u"%1"_s, m_investors[static_cast<size_t>(investor)].name);
        r.insert(u"title"_s, title);
        r.insert(u"owner_id"_s, officer());
        r.insert(u"due_date"_s, isoDate(due));
        r.insert(u"done"_s, done);
        if (done) {
            // Done before the dataset's today, never after the moment the record is written.
            const QDate doneDay = QDate::fromJulianDay(std::min(due, today - 1) - m_random.below(5));
            r.insert(u"done_at"_s,
                     mapvalue::isoInstant(QDateTime(doneDay, QTime(m_random.betweenInt(8, 18), 0), Qt::UTC)));
        }
        if (m_random.percent(20)) {
            r.insert(u"notes"_s, u"Check with the agency before replying."_s);
        }
        put(RecordKind::FollowUp, m_ids.next(), r, &GeneratorStats::followUps);
    }
}

void DatasetWriter::notes()
{
    static const QStringList headings[]{{u"Meeting with %1"_s, u"Call with %1"_s, u"Notes on %1"_s},
                                        {u"%1との面談メモ"_s, u"%1：電話連絡"_s},
                                        {u"Compte rendu : %1"_s}};
    const qint64 today = m_today.toJulianDay();
    for (qint64 n = 0; n < m_plan.notes; ++n) {
        const qint64 roll = m_random.below(100);
        QString kind;
        QString linked;
        qint64 day = 0;
        const InvestorInfo *investor = nullptr;
        const DelegateInfo *delegate = nullptr;
        int country = 0;
        if (roll < 15) {
            const qint64 i = m_random.skewed(m_plan.investors);
            investor = &m_investors[static_cast<size_t>(i)];
            kind = u"investor"_s;
            linked = investor->id.text();
            day = QDate(2012, 1, 9).toJulianDay() + m_random.below(QDate(2012, 1, 9).daysTo(m_today));
        } else if (roll < 30 && !m_deals.empty()) {
            const DealInfo &deal = m_random.pick(m_deals);
            investor = &m_investors[static_cast<size_t>(deal.investor)];
            kind = u"deal"_s;
            linked = deal.id.text();
            day = deal.day;
            country = deal.country;
        } else if (roll < 40) {
            delegate = &m_random.pick(m_delegates);
            kind = u"delegate"_s;
            linked = delegate->id.text();
            day = dayIn(delegate->stays.front()).toJulianDay();
        } else {
            const MeetingInfo &meeting = m_random.pick(m_meetings);
            investor = &m_investors[static_cast<size_t>(meeting.investor)];
            delegate = &m_delegates[static_cast<size_t>(meeting.delegate)];
            kind = u"meeting"_s;
            linked = meeting.id.text();
            day = meeting.day + m_random.below(3);
        }
        if (!investor) {
            investor = &m_investors[static_cast<size_t>(m_random.below(m_plan.investors))];
        }
        if (!delegate) {
            delegate = &m_random.pick(m_delegates);
        }
        if (kind != u"deal"_s) {
            country = delegate->country;
        }
        const int language = m_random.percent(65) ? 0 : (m_random.percent(70) ? 1 : 2);
        QString heading = m_random.pick(headings[language]);
        heading.replace(u"%1"_s, kind == u"delegate"_s ? delegate->latinName : investor->name);
        const QString body = heading + u"\n\n"_s +
                             noteText(language, m_random.betweenInt(3, 8), investor->name, delegate->latinName,
                                      countryName(country), m_random.pick(products(investor->sector)));
        const QDate written = QDate::fromJulianDay(std::min(day, today - 1));
        put(RecordKind::Note, m_ids.next(),
            {{u"body"_s, body},
             {u"author_id"_s,
              m_officerIds[static_cast<size_t>(m_random.below(static_cast<qint64>(m_officerIds.size())))]},
             {u"written_at"_s, mapvalue::isoInstant(QDateTime(written, QTime(m_random.betweenInt(8, 20), 0), Qt::UTC))},
             {u"linked_kind"_s, kind},
             {u"linked_id"_s, linked}},
            &GeneratorStats::notes);
    }
}

} // namespace crm::gen
