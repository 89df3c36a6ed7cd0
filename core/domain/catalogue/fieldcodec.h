#pragma once

#include "catalogue.h"
#include "domain/fieldmap.h"

namespace crm {
class Clock;
}

// The JSON codec derived from the catalogue: every kind's record map is read, checked and written
// by its fields' types and rules, plus the kind's hooks for what is not a plain field.
namespace crm::catalogue {

// Reads a whole record map (JSON or storage form), applies the kind's defaults, validates it and
// returns it in storage form. Throws Error::invalid naming every bad field.
QVariantMap normalise(const KindSpec &spec, const QVariantMap &input, MapFormat format, const Clock &clock);
// Storage form to JSON form (money as decimals, zoned times in their own zone), metadata kept.
QVariantMap toJson(const KindSpec &spec, const QVariantMap &stored);
QString title(const KindSpec &spec, const QVariantMap &stored);
// What lists sort by, folded (kana reading for Japanese names; see foldText()).
QString sortKey(const KindSpec &spec, const QVariantMap &stored);
// Folded words of the record for the lists' quick filter.
QString searchText(const KindSpec &spec, const QVariantMap &stored);

// The same, for a kind of a catalogue: builtin() unless a test brings its own.
QVariantMap normalise(RecordKind kind, const QVariantMap &input, MapFormat format, const Clock &clock,
                      const Catalogue &catalogue = Catalogue::builtin());
QVariantMap toJson(RecordKind kind, const QVariantMap &stored, const Catalogue &catalogue = Catalogue::builtin());
QString searchText(RecordKind kind, const QVariantMap &stored, const Catalogue &catalogue = Catalogue::builtin());

// Helpers for hooks: a value of a map as the reader reads it in storage form.
QString storedText(const QVariantMap &stored, const QString &key);

} // namespace crm::catalogue
