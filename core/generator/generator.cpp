#include "generator.h"

#include "domain/referencedata.h"
#include "generatorwriter.h"
#include "storage/searchindex.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm {
namespace gen {
namespace {

// Records per transaction: large enough that commits cost nothing next to the inserts, small
// enough that a cancel answers within a second or two and loses little.
constexpr qint64 kBatchSize = 5000;

// The dataset's "now". Fixed, so that created_at, ids and every date derived from today are the
// same on every run; late 2026 so that the data looks current next to the test fixtures.
const QDateTime &baseInstant()
{
    static const QDateTime instant(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
    return instant;
}

QString phoneDigits(Random &random, int groups)
{
    QString text;
    for (int i = 0; i < groups; ++i) {
        text += u' ' + QString::number(random.between(1000, 9999));
    }
    return text;
}

} // namespace

Plan Plan::forScale(qint64 n)
{
    Plan p;
    p.officers = 5;
    p.agencies = std::max<qint64>(3, n / 1000);
    p.delegates = std::max<qint64>(1, n / 100);
    p.investors = n;
    p.contacts = 3 * n;
    p.missions = std::max<qint64>(2, n / 500);
    p.meetings = 10 * n;
    p.deals = n / 10;
    p.followUps = n / 5;
    // One note per investor on average (most of them about meetings): with 10N meetings this gives
    // the "about a million meetings and notes" of the benchmark dataset M (N = 100,000).
    p.notes = n;
    return p;
}

qint64 Plan::total() const
{
    return officers + agencies + delegates + investors + contacts + missions + meetings + deals + followUps + notes;
}

// Ids come from a second random stream, so that a field added to one kind's records does not
// change every id after it.
DatasetWriter::DatasetWriter(Database &db, const GeneratorOptions &options, const GeneratorProgress &progress)
    : m_db(db), m_records(db), m_options(options), m_progress(progress), m_plan(Plan::forScale(options.scale)),
      m_random(options.seed), m_ids(options.seed ^ 0x9E3779B97F4A7C15ULL, baseInstant().toMSecsSinceEpoch()),
      m_clock(baseInstant()), m_previousClock(&db.clock()), m_previousOfficer(db.officerId()),
      m_today(baseInstant().date())
{
    m_db.setClock(&m_clock);
    for (const HostCountry &h : hostCountries()) {
        const auto &all = reference::countries();
        const auto found = std::find_if(all.cbegin(), all.cend(), [&h](const Country &c) { return c.code == h.code; });
        m_countryNames.push_back(found == all.cend() ? h.code : found->name);
    }
}

DatasetWriter::~DatasetWriter()
{
    m_batch.reset(); // an unfinished batch rolls back before the caller's clock comes back
    m_db.setClock(m_previousClock);
    m_db.setOfficerId(m_previousOfficer);
}

GeneratorStats DatasetWriter::run()
{
    try {
        officers();
        agencies();
        delegates();
        investors();
        contacts();
        missions();
        meetings();
        deals();
        followUps();
        notes();
        finishBatch();
    } catch (const Cancelled &) {
        m_batch.reset();
    }
    // Thousands of batches leave the search index in as many segments; one merge makes searches
    // on the generated data as fast as on a migrated file.
    m_db.search().optimize();
    return m_committed;
}

void DatasetWriter::beginWrite()
{
    if (!m_batch) {
        m_batch.emplace(m_db);
    }
}

void DatasetWriter::put(RecordKind kind, const RawId &id, QVariantMap record, qint64 GeneratorStats::*counter)
{
    beginWrite();
    record.insert(u"id"_s, id.text());
    // Storage form: money already in minor units, so the store skips parsing decimal strings.
    m_records.create(kind, record,
                     {MapFormat::Storage, false, ChangeOrigin::Generated}); // built here: nothing read back
    ++(m_written.*counter);
    ++m_done;
    // One second per record: created_at stays deterministic but still orders the records.
    m_clock.advanceSecs(1);
    afterWrite();
}

void DatasetWriter::afterWrite()
{
    if (++m_inBatch >= kBatchSize) {
        finishBatch();
    }
}

void DatasetWriter::finishBatch()
{
    if (!m_batch) {
        return;
    }
    if (m_progress && !m_progress(m_done, m_plan.total())) {
        throw Cancelled{};
    }
    m_batch->commit();
    m_batch.reset();
    m_committed = m_written;
    m_inBatch = 0;
}

QDate DatasetWriter::dayIn(const Stay &range)
{
    return range.start.addDays(m_random.below(range.start.daysTo(range.end) + 1));
}

void DatasetWriter::officers()
{
    struct OfficerSeed
    {
        QString name;
        QString initials;
        QString email;
    };
    // Initials unlike the sample data's (HS, KT, MK), so a generated set can sit next to it.
    static const QList<OfficerSeed> seeds{{u"森 由美"_s, u"YM"_s, u"yumi.mori@itpo-tokyo.example"_s},
                                          {u"中村 直樹"_s, u"NN"_s, u"naoki.nakamura@itpo-tokyo.example"_s},
                                          {u"高橋 彩"_s, u"AT"_s, u"aya.takahashi@itpo-tokyo.example"_s},
                                          {u"石井 誠"_s, u"MI"_s, u"makoto.ishii@itpo-tokyo.example"_s},
                                          {u"岡田 恵子"_s, u"KO"_s, u"keiko.okada@itpo-tokyo.example"_s}};
    // The officers are entered by nobody; everything after them by the first one, so that
    // created_by is part of the deterministic data instead of whoever runs the generator.
    m_db.setOfficerId({});
    for (qsizetype i = 0; i < seeds.size() && i < m_plan.officers; ++i) {
        const RawId id = m_ids.next();
        put(RecordKind::Officer, id,
            {{u"name"_s, seeds[i].name},
             {u"initials"_s, seeds[i].initials},
             {u"email"_s, seeds[i].email},
             {u"active"_s, i < 4}},
            &GeneratorStats::officers);
        m_officerIds.push_back(id.text());
    }
    m_db.setOfficerId(m_officerIds.front());
}

void DatasetWriter::agencies()
{
    const QList<HostCountry> &countries = hostCountries();
    const qsizetype c = countries.size();
    for (qint64 i = 0; i < m_plan.agencies; ++i) {
        const HostCountry &h = countries[i % c];
        QVariantMap r{{u"country"_s, h.code}};
        QString name;
        if (i < c) {
            name = h.agencyName;
            r.insert(u"name_native"_s, h.agencyNative);
            r.insert(u"acronym"_s, h.acronym);
            r.insert(u"website"_s, QString(u"https://www."_s + h.acronym.toLower() + u".example"_s));
            r.insert(u"notes"_s, u"Partner of the Delegates Programme since %1."_s.arg(m_random.between(1988, 2015)));
        } else {
            // Countries with several agencies: regional investment centres, one per city.
            const qint64 regional = i / c - 1;
            const QString &city = h.cities[regional % h.cities.size()];
            const qint64 round = regional / h.cities.size();
            name = u"Regional Investment Centre, "_s + city +
                   (round > 0 ? u" "_s + QString::number(round + 1) : QString());
            if (h.culture == Culture::Arabic) {
                r.insert(u"name_native"_s, QString(u"المركز الجهوي للاستثمار – "_s + city));
            } else if (h.culture == Culture::French) {
                r.insert(u"name_native"_s, QString(u"Centre régional d'investissement de "_s + city));
            } else if (h.culture == Culture::Spanish) {
                r.insert(u"name_native"_s, QString(u"Centro Regional de Inversiones de "_s + city));
            }
            r.insert(u"acronym"_s, QString(h.acronym + u'-' + asciiSlug(city).left(3).toUpper()));
        }
        r.insert(u"name"_s, name);
        const RawId id = m_ids.next();
        put(RecordKind::Agency, id, r, &GeneratorStats::agencies);
        m_agencies.push_back({id, name});
    }
}

void DatasetWriter::delegates()
{
    const QList<HostCountry> &countries = hostCountries();
    m_delegatesByCountry.assign(static_cast<size_t>(countries.size()), {});
    for (qint64 d = 0; d < m_plan.delegates; ++d) {
        const qint64 agency = d % m_plan.agencies;
        const int country = static_cast<int>(agency % countries.size());
        const HostCountry &h = countries[country];
        const ScriptName &family = m_random.pick(familyNames(h.culture));
        const ScriptName &given = m_random.pick(givenNames(h.culture));
        QVariantMap r;
        if (!family.native.isEmpty() && m_random.percent(50)) {
            // Written in Arabic script, with the romanised form for English documents.
            r.insert(u"family_name"_s, family.native);
            r.insert(u"given_name"_s, given.native);
            r.insert(u"latin_family_name"_s, family.latin);
            r.insert(u"latin_given_name"_s, given.latin);
        } else {
            r.insert(u"family_name"_s, family.latin);
            r.insert(u"given_name"_s, given.latin);
        }
        r.insert(u"name_order"_s, h.culture == Culture::Vietnamese ? u"family_first"_s : u"given_first"_s);
        r.insert(u"agency_id"_s, m_agencies[static_cast<size_t>(agency)].id.text());
        r.insert(u"country"_s, h.code);
        r.insert(u"title"_s, m_random.pick(delegateTitles(h.culture)));
        const QString email = asciiSlug(given.latin.section(u' ', 0, 0)) + u'.' + asciiSlug(family.latin) + u'@' +
                              h.acronym.toLower() + u".example"_s;
        r.insert(u"email"_s, email);
        r.insert(u"phones"_s, QVariantList{QString(h.phonePrefix + phoneDigits(m_random, 2))});
        QStringList languages = h.languages;
        if (m_random.percent(20)) {
            languages << u"ja"_s;
        }
        r.insert(u"languages"_s, QVariant(languages));
        QStringList sectors{m_random.pick(sectorCodes())};
        if (m_random.percent(40)) {
            sectors << m_random.pick(sectorCodes()); // a duplicate is dropped by the reader
        }
        r.insert(u"sectors"_s, QVariant(sectors));

        // Programme stays years apart; the last one may still be running (an active delegate).
        DelegateInfo info{m_ids.next(), country, given.latin + u' ' + family.latin, {}};
        QDate start = QDate(2010, 1, 4).addDays(m_random.below(QDate(2010, 1, 4).daysTo(QDate(2025, 9, 1))));
        const int stays = m_random.betweenInt(1, 3);
        QVariantList stayList;
        for (int s = 0; s < stays && start <= m_today; ++s) {
            const QDate end = start.addDays(m_random.between(42, 112));
            info.stays.push_back({start, end});
            stayList << QVariantMap{{u"id"_s, childId()},
                                    {u"start_date"_s, start.toString(Qt::ISODate)},
                                    {u"end_date"_s, end.toString(Qt::ISODate)},
                                    {u"host_office"_s, u"ITPO Tokyo"_s}};
            start = end.addDays(m_random.between(365, 1460));
        }
        r.insert(u"stays"_s, stayList);
        r.insert(u"status"_s, info.stays.back().end < m_today ? u"alumnus"_s : u"active"_s);

        // Career: the current post at the agency, earlier ones elsewhere, in date order.
        static const QStringList earlier{u"Ministry of Industry and Trade"_s, u"Chamber of Commerce and Industry"_s,
                                         u"National Export Promotion Office"_s, u"Free Zone Authority"_s};
        QVariantList positions;
        QDate from = info.stays.front().start.addDays(-m_random.between(365, 3650));
        const int past = m_random.betweenInt(0, 2);
        QDate pastFrom = from.addYears(-3 * past);
        for (int p = 0; p < past; ++p) {
            positions << QVariantMap{{u"id"_s, childId()},
                                     {u"organisation"_s, m_random.pick(earlier)},
                                     {u"title"_s, u"Economic Analyst"_s},
                                     {u"from_date"_s, pastFrom.toString(Qt::ISODate)},
                                     {u"to_date"_s, pastFrom.addYears(3).addDays(-1).toString(Qt::ISODate)}};
            pastFrom = pastFrom.addYears(3);
        }
        positions << QVariantMap{{u"id"_s, childId()},
                                 {u"organisation"_s, m_agencies[static_cast<size_t>(agency)].name},
                                 {u"title"_s, r.value(u"title"_s)},
                                 {u"from_date"_s, from.toString(Qt::ISODate)}};
        r.insert(u"positions"_s, positions);
        if (m_random.percent(30)) {
            r.insert(u"notes"_s,
                     u"Strong network in the %1 sector; prefers meetings in the morning."_s.arg(sectors.constFirst()));
        }
        put(RecordKind::Delegate, info.id, r, &GeneratorStats::delegates);
        m_delegatesByCountry[static_cast<size_t>(country)].push_back(static_cast<int>(d));
        m_delegates.push_back(std::move(info));
    }
}

void DatasetWriter::investors()
{
    static const QStringList notes{u"Supplier to the major Japanese carmakers; plants in Thailand and Mexico."_s,
                                   u"Family-owned; decisions are taken by the founder's son."_s,
                                   u"Listed on the Tokyo Stock Exchange Prime market."_s,
                                   u"Looking for a second production base outside Asia."_s};
    m_investors.reserve(static_cast<size_t>(m_plan.investors));
    for (qint64 i = 0; i < m_plan.investors; ++i) {
        const JapaneseWord &stem = m_random.pick(companyStems());
        const BusinessWord &word = m_random.pick(businessWords());
        QString kanji = stem.kanji + word.kanji;
        QString kana = stem.kana + word.kana;
        QString latin = stem.latin + u' ' + word.latin;
        if (m_random.percent(25)) {
            const JapaneseWord &prefix = m_random.pick(companyPrefixes());
            kanji = prefix.kanji + kanji;
            kana = prefix.kana + kana;
            latin = prefix.latin + u' ' + latin;
        }
        // Legal forms as they appear on business cards: 株式会社 after or before the name.
        QString name;
        QString nameLatin;
        const qint64 form = m_random.below(10);
        if (form < 6) {
            name = kanji + u"株式会社"_s;
            nameLatin = latin + u" Co., Ltd."_s;
        } else if (form < 9) {
            name = u"株式会社"_s + kanji;
            nameLatin = latin + u" Corporation"_s;
        } else {
            name = kanji + u"工業株式会社"_s;
            kana += u"こうぎょう"_s;
            nameLatin = latin + u" Industries K.K."_s;
        }
        QVariantList aliases{latin, kanji};
        if (m_random.percent(30)) {
            aliases << QString(u"(株)"_s + kanji);
        }
        const JapaneseWord &city = m_random.pick(japaneseCities());
        const QString domain = asciiSlug(latin) + u".example"_s;
        QVariantMap r{{u"name"_s, name},
                      {u"name_latin"_s, nameLatin},
                      {u"name_reading"_s, kana},
                      {u"aliases"_s, aliases},
                      {u"sector"_s, m_random.percent(95) ? word.sector : m_random.pick(sectorCodes())},
                      {u"hq_city"_s, city.latin},
                      {u"hq_country"_s, u"JP"_s},
                      // 30 to 99,000 employees, most of them small and medium firms.
                      {u"employees"_s, m_random.between(30, 99) * powerOfTen(m_random.skewed(4))},
                      {u"website"_s, QString(u"https://www."_s + domain)}};
        if (i >= 20 && m_random.percent(8)) {
            r.insert(u"parent_id"_s, m_investors[static_cast<size_t>(m_random.skewed(i))].id.text());
        }
        if (m_random.percent(20)) {
            r.insert(u"notes"_s, m_random.pick(notes));
        }
        const RawId id = m_ids.next();
        put(RecordKind::Investor, id, r, &GeneratorStats::investors);
        m_investors.push_back({id, name, r.value(u"sector"_s).toString(), city.latin, domain});
    }
}

void DatasetWriter::contacts()
{
    // Two contacts for every company, the third N spread unevenly: key accounts have many.
    const qint64 n = m_plan.investors;
    std::vector<qint64> counts(static_cast<size_t>(n), 0);
    for (qint64 k = 0; k < m_plan.contacts; ++k) {
        const qint64 investor = k < 2 * n ? k / 2 : (m_random.percent(50) ? m_random.skewed(n) : m_random.below(n));
        ++counts[static_cast<size_t>(investor)];
    }
    m_firstContact.assign(static_cast<size_t>(n + 1), 0);
    for (qint64 i = 0; i < n; ++i) {
        m_firstContact[static_cast<size_t>(i + 1)] =
            m_firstContact[static_cast<size_t>(i)] + counts[static_cast<size_t>(i)];
    }
    // Tokyo, Osaka, Nagoya, Yokohama, Hamamatsu, Kobe: the area codes of the usual head offices.
    static const QStringList areaCodes{u"3"_s, u"6"_s, u"52"_s, u"45"_s, u"53"_s, u"78"_s};
    m_contactIds.reserve(static_cast<size_t>(m_plan.contacts));
    for (qint64 i = 0; i < n; ++i) {
        const InvestorInfo &investor = m_investors[static_cast<size_t>(i)];
        for (qint64 k = 0; k < counts[static_cast<size_t>(i)]; ++k) {
            const JapaneseWord &family = m_random.pick(japaneseFamilyNames());
            const JapaneseWord &given = m_random.pick(japaneseGivenNames());
            const JapaneseWord &title = m_random.pick(contactTitles());
            const JapaneseWord &department = m_random.pick(departments());
            const bool english = m_random.percent(25); // cards of globally minded firms are bilingual
            const QDate from = QDate(2000, 4, 1).addDays(m_random.below(9000));
            QVariantMap r{
                {u"family_name"_s, family.kanji},
                {u"given_name"_s, given.kanji},
                {u"family_name_reading"_s, family.kana},
                {u"given_name_reading"_s, given.kana},
                {u"latin_family_name"_s, family.latin},
                {u"latin_given_name"_s, given.latin},
                {u"name_order"_s, u"family_first"_s},
                {u"investor_id"_s, investor.id.text()},
                {u"title"_s, english ? title.latin : title.kanji},
                {u"department"_s, english ? department.latin : department.kanji},
                {u"email"_s, QString(given.latin.toLower() + u'.' + family.latin.toLower() + u'@' + investor.domain)},
                {u"phones"_s, QVariantList{QString(u"+81 "_s + m_random.pick(areaCodes) + phoneDigits(m_random, 2))}},
                {u"active_from"_s, from.toString(Qt::ISODate)}};
            if (m_random.percent(12)) {
                const QDate to = std::min(from.addDays(m_random.between(365, 3650)), m_today);
                r.insert(u"active_to"_s, to.toString(Qt::ISODate));
            }
            if (m_random.percent(10)) {
                r.insert(u"notes"_s, u"Met at the ITPO Tokyo investment seminar; speaks French."_s);
            }
            const RawId id = m_ids.next();
            put(RecordKind::Contact, id, r, &GeneratorStats::contacts);
            m_contactIds.push_back(id);
        }
    }
}

} // namespace gen

GeneratorStats generateDataset(Database &db, const GeneratorOptions &options, const GeneratorProgress &progress)
{
    if (options.scale < 1) {
        return {};
    }
    gen::DatasetWriter writer(db, options, progress);
    return writer.run();
}

} // namespace crm
