#include "timeline.h"

#include "domain/bidi.h"
#include "domain/codelabels.h"
#include "domain/deal.h"
#include "domain/money.h"
#include "domain/officerzone.h"
#include "domain/personname.h"
#include "domain/textfold.h"
#include "storage/database.h"
#include "storage/reportqueries.h"
#include "storage/timelinequery.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
using Source = TimelineRow::Source;

struct TimelineTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::Timeline)
};

// ISO dates, possibly reduced to a month or a year; instants (when a note was written, a
// follow-up done) fall on this computer's calendar, like every instant the officer reads.
std::optional<PartialDate> dateOf(const QString &text, const QTimeZone &localZone)
{
    if (text.size() > 10 && text.at(10) == u'T') {
        const QDateTime instant = QDateTime::fromString(text, Qt::ISODateWithMs);
        return instant.isValid() ? std::optional<PartialDate>(instant.toTimeZone(localZone).date()) : std::nullopt;
    }
    return PartialDate::fromIso(text);
}

// Meetings are stored as UTC instants with the time zone they took place in: the date shown is
// the one on the calendar where the meeting was, whatever zone this laptop is set to.
class MeetingDates
{
public:
    QString localDate(const QString &utc, const QString &zoneId)
    {
        const QDateTime instant = QDateTime::fromString(utc, Qt::ISODateWithMs);
        if (!instant.isValid()) {
            return {};
        }
        auto zone = m_zones.find(zoneId);
        if (zone == m_zones.end()) {
            zone = m_zones.insert(zoneId, QTimeZone(zoneId.toUtf8()));
        }
        const QDateTime local = zone->isValid() ? instant.toTimeZone(*zone) : instant.toUTC();
        return local.date().toString(Qt::ISODate);
    }

private:
    QHash<QString, QTimeZone> m_zones;
};

QString firstLine(const QString &text)
{
    return text.trimmed().section(u'\n', 0, 0).trimmed();
}

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty()) {
            kept << part.trimmed();
        }
    }
    return kept.join(separator);
}

QString impactValue(const TimelineRow &row, const QLocale &locale)
{
    if (ImpactFigure::isMoney(row.detail) && !row.currency.isEmpty()) {
        return Money{row.value, row.currency}.toDisplayString(locale);
    }
    return locale.toString(row.value);
}

bool isSpanKind(TimelineEventKind kind)
{
    return kind == TimelineEventKind::Stay || kind == TimelineEventKind::CareerPosition ||
           kind == TimelineEventKind::Mission;
}

class Assembler
{
public:
    explicit Assembler(const TimelineWording &wording) : m_wording(wording) {}

    QList<TimelineEvent> events;
    MeetingDates meetingDates;
    // The officer's zone, read once per assembly: converting through the C library would re-read
    // /etc/localtime for each event.
    const QTimeZone localZone = officerZone();

    // Typed text as it goes into a title: isolated when the wording is for a reader.
    QString name(const QString &text) const { return m_wording.isolateNames ? isolate(text) : text; }

    // Labels looked up once per code, not once per event.
    QString label(const QString &code)
    {
        auto it = m_labels.constFind(code);
        if (it == m_labels.constEnd()) {
            it = m_labels.insert(code, m_wording.codeName(code));
        }
        return *it;
    }
    QString labels(const QString &codes)
    {
        if (codes.isEmpty()) {
            return {};
        }
        auto it = m_roleLabels.constFind(codes);
        if (it == m_roleLabels.constEnd()) {
            QStringList names;
            for (const QString &code : codes.split(u',', Qt::SkipEmptyParts)) {
                names << m_wording.codeName(code.trimmed());
            }
            it = m_roleLabels.insert(codes, names.join(u", "_s));
        }
        return *it;
    }

    TimelineEvent *add(TimelineEventKind kind, const QString &start, const QString &end, QString title, QString summary,
                       RecordKind recordKind, const QString &recordId, const QString &role = {})
    {
        const std::optional<PartialDate> date = dateOf(start, localZone);
        if (!date) {
            return nullptr; // undated: nothing to place on a timeline
        }
        TimelineEvent e;
        e.kind = kind;
        e.start = *date;
        e.end = isSpanKind(kind) ? dateOf(end, localZone) : std::nullopt;
        e.title = std::move(title);
        e.summary = std::move(summary);
        e.recordKind = recordKind;
        e.recordId = recordId;
        e.role = labels(role);
        events.append(std::move(e));
        return &events.last();
    }

    void add(const TimelineRow &row, RecordKind subjectKind)
    {
        switch (row.source) {
        case Source::Stay:
            add(TimelineEventKind::Stay, row.start, row.end, joinNonEmpty({m_wording.stay, name(row.title)}, u" – "_s),
                row.detail, subjectKind, row.recordId);
            break;
        case Source::Position:
            add(TimelineEventKind::CareerPosition, row.start, row.end,
                joinNonEmpty({name(row.title), name(row.detail)}, u", "_s), {}, subjectKind, row.recordId);
            break;
        case Source::Mission:
            add(TimelineEventKind::Mission, row.start, row.end, name(row.title), row.detail, RecordKind::Mission,
                row.recordId, row.role);
            break;
        case Source::Meeting: {
            // Both scripts of the investor's name, so "yazaki" finds 矢崎総業's meetings too.
            const QString investor = row.latin.isEmpty() || row.latin == row.title
                                         ? name(row.title)
                                         : m_wording.otherScript.arg(name(row.title), name(row.latin));
            add(TimelineEventKind::Meeting, meetingDates.localDate(row.start, row.zone), {},
                joinNonEmpty({investor, name(row.extra)}, u", "_s),
                firstLine(row.detail.trimmed().isEmpty() ? row.more : row.detail), RecordKind::Meeting, row.recordId,
                row.role);
            break;
        }
        case Source::StageChange:
            if (TimelineEvent *e =
                    add(TimelineEventKind::StageChange, row.start, {}, name(row.title) + u": "_s + label(row.extra),
                        row.detail, RecordKind::Deal, row.recordId, row.role)) {
                e->code = row.extra;
            }
            break;
        case Source::Impact:
            if (TimelineEvent *e = add(TimelineEventKind::Impact, row.start, {},
                                       m_wording.figure.arg(label(row.detail), label(row.extra).toLower(),
                                                            impactValue(row, m_wording.locale)),
                                       row.title, RecordKind::Deal, row.recordId, row.role)) {
                e->code = row.detail + u'/' + row.extra;
            }
            break;
        case Source::Note:
            add(TimelineEventKind::Note, row.start, {}, name(firstLine(row.detail)), row.detail, RecordKind::Note,
                row.recordId);
            break;
        case Source::FollowUp:
            add(TimelineEventKind::FollowUpDue, row.start, {}, name(row.title), row.detail, RecordKind::FollowUp,
                row.recordId);
            if (row.value != 0) {
                add(TimelineEventKind::FollowUpDone, row.end, {}, name(row.title), row.detail, RecordKind::FollowUp,
                    row.recordId);
            }
            break;
        case Source::Contact: {
            PersonName name;
            name.family = row.title;
            name.given = row.detail;
            name.latinFamily = row.more;
            name.latinGiven = row.latin;
            name.order =
                row.extra == u"family_first"_s ? PersonName::Order::FamilyFirst : PersonName::Order::GivenFirst;
            const QString shown = this->name(name.displayName());
            add(TimelineEventKind::ContactJoined, row.start, {}, m_wording.joined.arg(shown), {}, RecordKind::Contact,
                row.recordId);
            add(TimelineEventKind::ContactLeft, row.end, {}, m_wording.left.arg(shown), {}, RecordKind::Contact,
                row.recordId);
            break;
        }
        }
    }

    // A deal may go back (negotiation, then on hold, then negotiation again); each step back is
    // marked so the timeline does not read as steady progress.
    void markSetbacks()
    {
        QHash<QString, QList<TimelineEvent *>> byDeal;
        for (TimelineEvent &e : events) {
            if (e.kind == TimelineEventKind::StageChange) {
                byDeal[e.recordId].append(&e);
            }
        }
        for (QList<TimelineEvent *> &changes : byDeal) {
            std::stable_sort(changes.begin(), changes.end(),
                             [](const TimelineEvent *a, const TimelineEvent *b) { return a->start < b->start; });
            QStringList codes;
            for (const TimelineEvent *e : changes) {
                codes << e->code;
            }
            const QList<bool> setbacks = Deal::setbacks(codes);
            for (qsizetype i = 0; i < changes.size(); ++i) {
                changes[i]->setback = setbacks[i];
            }
        }
    }

private:
    const TimelineWording &m_wording;
    QHash<QString, QString> m_labels;
    QHash<QString, QString> m_roleLabels;
};

bool overlaps(const TimelineEvent &e, const TimelineFilter &filter)
{
    if (filter.to && e.start.first() > *filter.to) {
        return false;
    }
    if (filter.from) {
        // An open span (a current position) lasts until today and beyond.
        const bool ended = e.isSpan() ? (e.end && e.end->last() < *filter.from) : e.start.last() < *filter.from;
        if (ended) {
            return false;
        }
    }
    return true;
}

// Same date: spans before points, then by kind and title, so equal timestamps keep one order.
bool happensBefore(const TimelineEvent &a, const TimelineEvent &b)
{
    if (!(a.start == b.start)) {
        return a.start < b.start;
    }
    if (a.kind != b.kind) {
        return a.kind < b.kind;
    }
    if (a.title != b.title) {
        return a.title < b.title;
    }
    return a.recordId < b.recordId;
}

// The text filter's words, each folded once for all the events it is matched against.
class TextMatcher
{
public:
    explicit TextMatcher(const QString &text) : m_words(foldText(text).split(u' ', Qt::SkipEmptyParts)) {}

    bool isEmpty() const { return m_words.isEmpty(); }
    bool matches(const TimelineEvent &e) const
    {
        const QString folded = e.searchText.isEmpty() ? timelineSearchText(e) : e.searchText;
        return std::all_of(m_words.cbegin(), m_words.cend(),
                           [&](const QString &word) { return folded.contains(word); });
    }

private:
    QStringList m_words;
};

QList<TimelineEvent> assemble(const QList<TimelineRow> &rows, RecordKind subjectKind, const TimelineFilter &filter,
                              const TimelineWording &wording)
{
    Assembler assembler(wording);
    assembler.events.reserve(rows.size() + rows.size() / 8);
    for (const TimelineRow &row : rows) {
        assembler.add(row, subjectKind);
    }
    assembler.markSetbacks();
    // Folding every title costs a sixth of the assembly: done here only when this call filters
    // by text; a view that filters as the officer types folds once when it receives the events.
    if (!filter.text.trimmed().isEmpty()) {
        for (TimelineEvent &e : assembler.events) {
            e.searchText = timelineSearchText(e);
        }
    }
    return filterTimeline(assembler.events, filter);
}

struct KindInfo
{
    TimelineEventKind kind;
    const char *name;
    const char *label;
};

const KindInfo kindInfo[] = {
    {TimelineEventKind::Stay, "stay", QT_TRANSLATE_NOOP("crm::Timeline", "Programme stay")},
    {TimelineEventKind::CareerPosition, "position", QT_TRANSLATE_NOOP("crm::Timeline", "Career position")},
    {TimelineEventKind::Mission, "mission", QT_TRANSLATE_NOOP("crm::Timeline", "Mission")},
    {TimelineEventKind::Meeting, "meeting", QT_TRANSLATE_NOOP("crm::Timeline", "Meeting")},
    {TimelineEventKind::StageChange, "stage_change", QT_TRANSLATE_NOOP("crm::Timeline", "Deal stage")},
    {TimelineEventKind::Impact, "impact", QT_TRANSLATE_NOOP("crm::Timeline", "Impact")},
    {TimelineEventKind::Note, "note", QT_TRANSLATE_NOOP("crm::Timeline", "Note")},
    {TimelineEventKind::FollowUpDue, "followup_due", QT_TRANSLATE_NOOP("crm::Timeline", "Follow-up due")},
    {TimelineEventKind::FollowUpDone, "followup_done", QT_TRANSLATE_NOOP("crm::Timeline", "Follow-up done")},
    {TimelineEventKind::ContactJoined, "contact_joined", QT_TRANSLATE_NOOP("crm::Timeline", "Contact joined")},
    {TimelineEventKind::ContactLeft, "contact_left", QT_TRANSLATE_NOOP("crm::Timeline", "Contact left")},
};

const KindInfo &infoOf(TimelineEventKind kind)
{
    for (const KindInfo &info : kindInfo) {
        if (info.kind == kind) {
            return info;
        }
    }
    return kindInfo[0];
}
} // namespace

TimelineWording TimelineWording::application()
{
    return {codeLabel,
            QLocale(),
            TimelineTr::tr("Programme stay"),
            TimelineTr::tr("%1 joined"),
            TimelineTr::tr("%1 left"),
            TimelineTr::tr("%1 (%2)", "investor name (its Latin-script name)"),
            TimelineTr::tr("%1 (%2): %3")};
}

bool TimelineEvent::isSpan() const
{
    return isSpanKind(kind);
}

QDate TimelineEvent::lastDay(const QDate &today) const
{
    if (!isSpan()) {
        return start.last();
    }
    return end ? end->last() : std::max(today, start.last());
}

QList<TimelineEvent> filterTimeline(const QList<TimelineEvent> &all, const TimelineFilter &filter)
{
    const TextMatcher text(filter.text);
    QList<TimelineEvent> kept;
    kept.reserve(all.size());
    for (const TimelineEvent &e : all) {
        if ((filter.kinds.isEmpty() || filter.kinds.contains(e.kind)) && overlaps(e, filter) &&
            (text.isEmpty() || text.matches(e))) {
            kept.append(e);
        }
    }
    const auto inOrder = [&](const TimelineEvent &a, const TimelineEvent &b) {
        return filter.newestFirst ? happensBefore(b, a) : happensBefore(a, b);
    };
    // Filtering a list already in order (as the list view does on each keystroke) keeps it in
    // order: checking is linear where sorting is not.
    if (!std::is_sorted(kept.cbegin(), kept.cend(), inOrder)) {
        std::stable_sort(kept.begin(), kept.end(), inOrder);
    }
    return kept;
}

QString timelineSearchText(const TimelineEvent &event)
{
    return foldText(event.title + u' ' + event.summary + u' ' + event.role);
}

QList<TimelineEvent> Timeline::forDelegate(const QString &delegateId, const TimelineFilter &filter) const
{
    return assemble(m_db.reports().timeline.forDelegate(delegateId), RecordKind::Delegate, filter, m_wording);
}

QList<TimelineEvent> Timeline::forInvestor(const QString &investorId, const TimelineFilter &filter) const
{
    return assemble(m_db.reports().timeline.forInvestor(investorId), RecordKind::Investor, filter, m_wording);
}

QList<TimelineEvent> Timeline::forDeal(const QString &dealId, const TimelineFilter &filter) const
{
    return assemble(m_db.reports().timeline.forDeal(dealId), RecordKind::Deal, filter, m_wording);
}

QString timelineKindName(TimelineEventKind kind)
{
    return QString::fromLatin1(infoOf(kind).name);
}

std::optional<TimelineEventKind> timelineKindFromName(const QString &name)
{
    for (const KindInfo &info : kindInfo) {
        if (name == QLatin1StringView(info.name)) {
            return info.kind;
        }
    }
    return std::nullopt;
}

QString timelineKindLabel(TimelineEventKind kind)
{
    return TimelineTr::tr(infoOf(kind).label);
}

const QList<TimelineEventKind> &timelineKinds()
{
    static const QList<TimelineEventKind> kinds = [] {
        QList<TimelineEventKind> list;
        for (const KindInfo &info : kindInfo) {
            list << info.kind;
        }
        return list;
    }();
    return kinds;
}

} // namespace crm
