#include "fieldcodec.h"

#include "domain/money.h"
#include "domain/recordkind.h"
#include "domain/referencedata.h"
#include "domain/textfold.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace crm::catalogue {
namespace {
struct FieldCodecTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::catalogue::FieldCodec)
};

// Paths ("impact[2].value") of amounts given but unreadable for want of a valid currency: the
// currency is what to report then, not a missing value.
using Unreadable = QSet<QString>;

bool isBlank(const QVariant &v)
{
    return !v.isValid() || v.isNull() || v.toString().isEmpty();
}

const FieldSpec *fieldNamed(const QList<FieldSpec> &fields, QStringView name)
{
    for (const FieldSpec &f : fields) {
        if (f.name == name) {
            return &f;
        }
    }
    return nullptr;
}

const FieldSpec *firstOfType(const QList<FieldSpec> &fields, Type type)
{
    for (const FieldSpec &f : fields) {
        if (f.type == type) {
            return &f;
        }
    }
    return nullptr;
}

// Whether an Amount of this row holds money (in the row's Currency field) rather than a count.
bool isMoney(const FieldSpec &amount, const QVariantMap &row)
{
    return amount.moneyCodes && amount.moneyCodes().contains(row.value(amount.kindField).toString());
}

QString rowCurrency(const QList<FieldSpec> &fields, const QVariantMap &row)
{
    const FieldSpec *currency = firstOfType(fields, Type::Currency);
    return currency ? row.value(currency->name).toString() : QString();
}

QVariantMap readRow(MapReader &r, const QList<FieldSpec> &fields, Unreadable &unreadable, bool element = false);

void readAmount(MapReader &r, const FieldSpec &f, const QList<FieldSpec> &fields, QVariantMap &row,
                Unreadable &unreadable)
{
    const QString kind = row.value(f.kindField).toString();
    const FieldSpec *kindField = fieldNamed(fields, f.kindField);
    if (r.format() == MapFormat::Json && isMoney(f, row)) {
        row.insert(f.name, QVariant());
        const QVariant raw = r.raw(f.name);
        if (raw.isNull() || !raw.isValid() || raw.toString().isEmpty()) {
            return;
        }
        const QString currency = rowCurrency(fields, row);
        if (currency.isEmpty() || !reference::isCurrency(currency)) {
            unreadable.insert(r.fieldPath(f.name)); // validation reports the currency
            return;
        }
        QString text = raw.toString();
        if (raw.userType() == QMetaType::Double) {
            // The shortest text that reads back as the same number: 1.5 yen stays "1.5" and is refused,
            // instead of being rounded to the currency's decimals ("2") and stored as if it were exact.
            text = QString::number(raw.toDouble(), 'f', QLocale::FloatingPointShortest);
        }
        if (const auto money = Money::parse(text, currency)) {
            row.insert(f.name, money->minorUnits);
        } else {
            r.addError(f.name, FieldCodecTr::tr("\"%1\" is not an amount in %2 (at most %3 decimals)")
                                   .arg(text, currency)
                                   .arg(reference::minorUnits(currency)));
        }
    } else if (r.format() == MapFormat::Json && kindField && kindField->codes && !kindField->codes().contains(kind)) {
        // Neither money nor a count: what the value should be is unknown until its kind is
        // (validation names the kind), so its type is not judged.
        row.insert(f.name, QVariant());
        const QVariant raw = r.raw(f.name);
        if (raw.isValid() && !raw.isNull() && !raw.toString().isEmpty()) {
            unreadable.insert(r.fieldPath(f.name));
        }
    } else {
        row.insert(f.name, mapvalue::integer(r.integer(f.name)));
    }
}

void readField(MapReader &r, const FieldSpec &f, QVariantMap &row, Unreadable &unreadable)
{
    const QString &key = f.name;
    switch (f.type) {
    case Type::Text:
    case Type::MultiLineText:
    case Type::Code:
    case Type::Sector:
    case Type::Link: {
        const QString text = r.text(key);
        row.insert(key, mapvalue::text(f.rules & FieldSpec::Upper ? text.toUpper() : text));
        break;
    }
    case Type::Country:
    case Type::Currency:
        row.insert(key, mapvalue::text(r.text(key).toUpper()));
        break;
    case Type::Integer:
    case Type::IntegerCode:
        row.insert(key, mapvalue::integer(r.integer(key)));
        break;
    case Type::Bool:
        row.insert(key, r.boolean(key, f.defaultValue.toBool()));
        break;
    case Type::Date:
        row.insert(key, mapvalue::date(r.date(key)));
        break;
    case Type::PartialDate:
        row.insert(key, mapvalue::partialDate(r.partialDate(key)));
        break;
    case Type::Instant:
        row.insert(key, mapvalue::instant(r.instant(key)));
        break;
    case Type::ZonedInstant: {
        row.insert(key, mapvalue::instant(r.instant(key)));
        const QString zone = r.text(f.companion);
        row.insert(f.companion, zone.isEmpty() && f.defaultValue.isValid() ? f.defaultValue : mapvalue::text(zone));
        break;
    }
    case Type::TextList:
    case Type::SectorList:
        row.insert(key, mapvalue::textList(r.textList(key)));
        break;
    case Type::KindLink:
        row.insert(key, mapvalue::text(r.text(key)));
        row.insert(f.companion, mapvalue::text(r.text(f.companion)));
        break;
    case Type::Amount:
        break; // read after the rest of its row, whose kind and currency it depends on
    case Type::Children: {
        QVariantList elements;
        r.objects(key, [&](MapReader &e) { elements << readRow(e, f.children, unreadable, true); });
        row.insert(key, elements);
        break;
    }
    }
}

// A list's element has its id first (kept across edits, so that history and sync follow it).
QVariantMap readRow(MapReader &r, const QList<FieldSpec> &fields, Unreadable &unreadable, bool element)
{
    QVariantMap row;
    if (element) {
        row.insert(u"id"_s, mapvalue::text(r.text(u"id"_s)));
    }
    for (const FieldSpec &f : fields) {
        readField(r, f, row, unreadable);
    }
    for (const FieldSpec &f : fields) {
        if (f.type == Type::Amount) {
            readAmount(r, f, fields, row, unreadable);
        }
    }
    return row;
}

// Where a field error belongs in the kind's order: by field, then element, then the element's
// field. Errors with the same place keep the order they were found in (rules before hooks).
struct Place
{
    int field = INT_MAX;
    int element = -1;
    int child = -1;
    auto operator<=>(const Place &) const = default;
};

int indexOf(const QList<FieldSpec> &fields, QStringView name)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields[i].name == name || (!fields[i].companion.isEmpty() && fields[i].companion == name)) {
            return int(i);
        }
    }
    return INT_MAX;
}

Place placeOf(const KindSpec &spec, const QString &path, bool fieldOnly)
{
    const qsizetype bracket = path.indexOf(u'[');
    const qsizetype dot = path.indexOf(u'.');
    qsizetype end = path.size();
    for (qsizetype i : {bracket, dot}) {
        if (i >= 0 && i < end) {
            end = i;
        }
    }
    Place place;
    place.field = indexOf(spec.fields, QStringView(path).left(end));
    if (fieldOnly || bracket != end) {
        return place;
    }
    const qsizetype close = path.indexOf(u']', bracket);
    place.element = QStringView(path).mid(bracket + 1, close - bracket - 1).toInt();
    if (close + 1 < path.size() && path.at(close + 1) == u'.' && place.field != INT_MAX) {
        place.child = indexOf(spec.fields[place.field].children, QStringView(path).mid(close + 2));
    }
    return place;
}

void sortByPlace(const KindSpec &spec, FieldErrors &errors, bool fieldOnly)
{
    std::stable_sort(errors.begin(), errors.end(), [&](const FieldError &a, const FieldError &b) {
        return placeOf(spec, a.field, fieldOnly) < placeOf(spec, b.field, fieldOnly);
    });
}

// Reads a record in the kind's field order, then its composites and the defaults of fields still
// empty; read errors come in field order, unknown fields last.
QVariantMap readRecord(const KindSpec &spec, const QVariantMap &input, MapFormat format, FieldErrors &errors,
                       Unreadable &unreadable, bool reportUnknown)
{
    MapReader reader(input, errors, {}, format);
    QVariantMap stored = readRow(reader, spec.fields, unreadable);
    if (reportUnknown) {
        reader.finish();
    }
    if (spec.readComposite) {
        spec.readComposite(stored, errors);
    }
    for (const FieldSpec &f : spec.fields) {
        if (f.defaultValue.isValid() && f.type != Type::Bool && f.type != Type::ZonedInstant &&
            isBlank(stored.value(f.name))) {
            stored.insert(f.name, f.defaultValue);
        }
    }
    sortByPlace(spec, errors, true);
    return stored;
}

void validateRow(Validator &v, const QList<FieldSpec> &fields, const QVariantMap &row, const QString &path,
                 const Unreadable &unreadable);

void validateCurrency(Validator &v, const FieldSpec &f, const QList<FieldSpec> &fields, const QVariantMap &row)
{
    const QString code = row.value(f.name).toString();
    const FieldSpec *amount = firstOfType(fields, Type::Amount);
    if (!amount || !amount->moneyCodes) {
        v.currency(f.name, code);
        return;
    }
    const QString kind = row.value(amount->kindField).toString();
    if (isMoney(*amount, row)) {
        if (code.isEmpty()) {
            v.fail(f.name, FieldCodecTr::tr("is required for a money figure (%1)").arg(kind));
        } else {
            v.currency(f.name, code);
        }
    } else if (!code.isEmpty()) {
        v.fail(f.name, FieldCodecTr::tr("must be empty: %1 is a count, not money").arg(kind));
    }
}

void validateField(Validator &v, const FieldSpec &f, const QList<FieldSpec> &fields, const QVariantMap &row,
                   const QString &path, const Unreadable &unreadable)
{
    const QVariant value = row.value(f.name);
    const QString text = value.toString();
    switch (f.type) {
    case Type::Text:
    case Type::MultiLineText:
        if (f.required) {
            v.required(f.name, text);
        }
        if (f.maxLength > 0) {
            v.maxLength(f.name, text, f.maxLength);
        }
        if (f.rules & FieldSpec::Email) {
            v.email(f.name, text);
        }
        if (f.rules & FieldSpec::Website) {
            v.website(f.name, text);
        }
        break;
    case Type::Code:
        if (f.codes) {
            v.oneOf(f.name, text, f.codes(), f.required);
        } else if (f.required) {
            v.required(f.name, text);
        }
        break;
    case Type::Sector:
        v.sector(f.name, text, f.required);
        break;
    case Type::SectorList: {
        const QVariantList codes = value.toList();
        for (qsizetype i = 0; i < codes.size(); ++i) {
            v.sector(u"%1[%2]"_s.arg(f.name).arg(i), codes[i].toString());
        }
        break;
    }
    case Type::Country:
        v.country(f.name, text, f.required);
        break;
    case Type::Currency:
        validateCurrency(v, f, fields, row);
        break;
    case Type::Link:
        v.recordId(f.name, text, f.required);
        break;
    case Type::KindLink: {
        const QString id = row.value(f.companion).toString();
        if (text.isEmpty() && id.isEmpty()) {
            if (f.required) {
                v.fail(f.companion, FieldCodecTr::tr("is required (the record this is about)"));
            }
            break;
        }
        if (!kindFromName(text)) {
            v.fail(f.name, FieldCodecTr::tr("\"%1\" is not a record kind").arg(text));
        }
        v.recordId(f.companion, id, true);
        break;
    }
    case Type::Date:
    case Type::PartialDate:
    case Type::Instant:
        if (f.required) {
            v.required(f.name, text);
        }
        break;
    case Type::ZonedInstant: {
        if (f.required) {
            v.required(f.name, text);
        }
        const QString zone = row.value(f.companion).toString();
        if (!QTimeZone(zone.toUtf8()).isValid()) {
            v.fail(f.companion, FieldCodecTr::tr("\"%1\" is not a time zone (such as Asia/Tokyo)").arg(zone));
        }
        break;
    }
    case Type::Integer:
    case Type::IntegerCode: {
        const std::optional<qint64> n = isBlank(value) ? std::nullopt : std::optional<qint64>(value.toLongLong());
        if (f.rules & FieldSpec::NonNegative) {
            v.nonNegative(f.name, n);
        }
        if (n && f.maximum > f.minimum && (*n < f.minimum || *n > f.maximum)) {
            v.fail(f.name, FieldCodecTr::tr("must be from %1 to %2").arg(f.minimum).arg(f.maximum));
        }
        break;
    }
    case Type::Amount: {
        const QString fieldPath = path.isEmpty() ? f.name : path + u'.' + f.name;
        if (isBlank(value) && !unreadable.contains(fieldPath)) {
            if (f.required) {
                v.required(f.name, {});
            }
        } else if (!isBlank(value) && (f.rules & FieldSpec::NonNegative)) {
            v.nonNegative(f.name, value.toLongLong());
        }
        break;
    }
    case Type::Children: {
        const QVariantList elements = value.toList();
        for (qsizetype i = 0; i < elements.size(); ++i) {
            const QString elementPath = u"%1[%2]"_s.arg(path.isEmpty() ? f.name : path + u'.' + f.name).arg(i);
            Validator ev(elementPath);
            validateRow(ev, f.children, elements[i].toMap(), elementPath, unreadable);
            v.merge(ev.errors());
        }
        break;
    }
    case Type::Bool:
    case Type::TextList:
        break;
    }
}

void validateRow(Validator &v, const QList<FieldSpec> &fields, const QVariantMap &row, const QString &path,
                 const Unreadable &unreadable)
{
    for (const FieldSpec &f : fields) {
        validateField(v, f, fields, row, path, unreadable);
    }
}

FieldErrors validate(const KindSpec &spec, const QVariantMap &stored, const QString &id, const Unreadable &unreadable)
{
    Validator v;
    validateRow(v, spec.fields, stored, {}, unreadable);
    if (spec.crossRules) {
        spec.crossRules(stored, id, v);
    }
    FieldErrors errors = v.errors();
    sortByPlace(spec, errors, false);
    return errors;
}

QVariant zonedJson(const QVariant &stored, const QString &zoneName)
{
    if (isBlank(stored)) {
        return stored;
    }
    const QDateTime startsAt = QDateTime::fromString(stored.toString(), Qt::ISODateWithMs).toUTC();
    const QTimeZone zone(zoneName.toUtf8());
    const int offset = startsAt.isValid() && zone.isValid() ? zone.offsetFromUtc(startsAt) : 0;
    // Shown in its own zone: "10:00 in Tokyo" is what the officer entered. An offset with seconds
    // (local mean time before the zone's standard time: Tokyo before 1888) does not fit ISO 8601's
    // +hh:mm, and writing it cut moved the time at every update: such a time stays UTC.
    if (startsAt.isValid() && zone.isValid() && offset % 60 == 0) {
        return startsAt.toOffsetFromUtc(offset).toString(Qt::ISODate);
    }
    return stored;
}

void rowToJson(const QList<FieldSpec> &fields, QVariantMap &row)
{
    for (const FieldSpec &f : fields) {
        if (f.type == Type::ZonedInstant) {
            row.insert(f.name, zonedJson(row.value(f.name), row.value(f.companion).toString()));
        } else if (f.type == Type::Amount && !isBlank(row.value(f.name)) && isMoney(f, row)) {
            row.insert(f.name, Money{row.value(f.name).toLongLong(), rowCurrency(fields, row)}.toDecimalString());
        } else if (f.type == Type::Children) {
            QVariantList elements = row.value(f.name).toList();
            for (QVariant &element : elements) {
                QVariantMap map = element.toMap();
                rowToJson(f.children, map);
                element = map;
            }
            row.insert(f.name, elements);
        }
    }
}

bool holdsWords(Type type)
{
    return type == Type::Text || type == Type::MultiLineText || type == Type::TextList || type == Type::SectorList;
}

// The officers who made, changed or trashed the record: their ids have been in the quick filter's
// text since it was introduced (schema 4), and leaving them out would need a refill.
bool inQuickFilter(const KindSpec &spec, const QString &key)
{
    for (const FieldSpec &f : spec.fields) {
        if (f.name == key) {
            return f.quickFilter && holdsWords(f.type);
        }
    }
    return key == u"created_by"_s || key == u"modified_by"_s || key == u"deleted_by"_s;
}
} // namespace

QString storedText(const QVariantMap &stored, const QString &key)
{
    const QVariant v = stored.value(key);
    return v.userType() == QMetaType::QString ? v.toString().trimmed() : QString();
}

QVariantMap normalise(const KindSpec &spec, const QVariantMap &input, MapFormat format, const Clock &clock)
{
    FieldErrors errors;
    Unreadable unreadable;
    QVariantMap stored = readRecord(spec, input, format, errors, unreadable, true);
    if (errors.isEmpty()) {
        if (spec.applyDefaults) {
            spec.applyDefaults(stored, clock);
        }
        errors = validate(spec, stored, input.value(u"id"_s).toString(), unreadable);
    }
    if (!errors.isEmpty()) {
        throw Error::invalid(errors);
    }
    if (errors = overlongTexts(stored); !errors.isEmpty()) {
        throw Error::invalid(errors);
    }
    return stored;
}

QVariantMap toJson(const KindSpec &spec, const QVariantMap &stored)
{
    FieldErrors ignored; // storage validated it on the way in
    Unreadable unreadable;
    QVariantMap json = readRecord(spec, stored, MapFormat::Storage, ignored, unreadable, false);
    rowToJson(spec.fields, json);
    for (const QString &field : metadataFields()) {
        if (stored.contains(field) && !stored.value(field).isNull()) {
            json.insert(field, stored.value(field));
        }
    }
    // Who made and changed the record is always present: null says "no officer was stamped".
    for (const QString &field : {u"created_by"_s, u"modified_by"_s}) {
        if (!json.contains(field)) {
            json.insert(field, QVariant::fromValue(nullptr));
        }
    }
    return json;
}

QString title(const KindSpec &spec, const QVariantMap &stored)
{
    return spec.title ? spec.title(stored) : QString();
}

QString sortKey(const KindSpec &spec, const QVariantMap &stored)
{
    return foldText(spec.sortKey ? spec.sortKey(stored) : QString());
}

// Every text a person might type to find the record: names, readings, aliases, titles, places.
// Ids, codes, dates and numbers are left out so that "2024" or "lead" do not match everything.
QString searchText(const KindSpec &spec, const QVariantMap &stored)
{
    QStringList words;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!inQuickFilter(spec, it.key())) {
            continue;
        }
        if (it.value().userType() == QMetaType::QString) {
            words << it.value().toString();
        } else if (it.value().userType() == QMetaType::QVariantList) {
            for (const QVariant &item : it.value().toList()) {
                if (item.userType() == QMetaType::QString) {
                    words << item.toString();
                }
            }
        }
    }
    return foldText(words.join(u' '));
}

QVariantMap normalise(RecordKind kind, const QVariantMap &input, MapFormat format, const Clock &clock,
                      const Catalogue &catalogue)
{
    return normalise(catalogue.kind(kind), input, format, clock);
}

QVariantMap toJson(RecordKind kind, const QVariantMap &stored, const Catalogue &catalogue)
{
    return toJson(catalogue.kind(kind), stored);
}

QString searchText(RecordKind kind, const QVariantMap &stored, const Catalogue &catalogue)
{
    return searchText(catalogue.kind(kind), stored);
}

} // namespace crm::catalogue
