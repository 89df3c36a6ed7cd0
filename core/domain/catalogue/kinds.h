#pragma once

#include "catalogue.h"
#include "domain/clock.h"
#include "domain/fieldmap.h"
#include "domain/validation.h"
#include "fieldcodec.h"

#include <QCoreApplication>
#include <functional>

// The data files of the catalogue, one per kind (<kind>fields.cpp), and the helpers they share.
namespace crm::catalogue {

// Form labels and sections keep the context of ui/forms/formfields.cpp, list headers that of
// ui/models/listcolumns.cpp, so that existing translations still apply. Each site spells
// form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "...")): lupdate reads the literal, not a macro.
Text form(const char *source);
Text list(const char *source);

FieldSpec field(const QString &name, Type type, const Text &label, const Text &section, bool required = false);
FieldSpec listed(FieldSpec f, int order, const Text &header);
FieldSpec searched(FieldSpec f, Search search, int rank = 0);
FieldSpec link(const QString &name, RecordKind kind, const Text &label, const Text &section, bool required = false);
FieldSpec code(const QString &name, const QStringList &(*codes)(), const Text &label, const Text &section,
               bool required = false);
FieldSpec children(const QString &name, const Text &label, const QString &table, const QString &parentColumn,
                   QList<FieldSpec> columns);
// The field of that name, for setting what the constructors above do not take.
FieldSpec &named(QList<FieldSpec> &fields, QStringView name);
FieldSpec tip(FieldSpec f, const Text &toolTip);
FieldSpec hint(FieldSpec f, const Text &placeholder);
FieldSpec byDefault(FieldSpec f, const QVariant &value);
FieldSpec stretched(FieldSpec f);
// A child list's column: its label is the table header.
FieldSpec column(const QString &name, Type type, const Text &label);

FieldSpec confidentialField(const Text &section);
FieldSpec notesField();
// family_name ... name_order, searched as names.
QList<FieldSpec> personNameFields();
void personExtraNames(const QVariantMap &stored, QList<SearchField> &fields);
FieldSpec linkedRecordField(bool required);

// What the codec checks beyond the type (see FieldSpec::Rule).
FieldSpec ruled(FieldSpec f, quint32 rules);
FieldSpec longest(FieldSpec f, int maxLength);
FieldSpec needed(FieldSpec f); // required

// Hooks several kinds share (commonfields.cpp).
// A person's name order from its script when not given; family or given name required.
void personNameOrder(QVariantMap &stored, FieldErrors &errors);
void personNameRules(const QVariantMap &stored, Validator &v);
QString personTitle(const QVariantMap &stored);
QString personSortKey(const QVariantMap &stored);
// An end date of a row not before its start (both full dates, or both partial ones).
void dateOrder(Validator &v, const QVariantMap &row, const QString &start, const QString &end);
void partialDateOrder(Validator &v, const QVariantMap &row, const QString &start, const QString &end);
// Each element of the list `field` checked by `check`, its errors named "field[i].column".
void eachElement(Validator &v, const QVariantMap &stored, const QString &field,
                 const std::function<void(Validator &, const QVariantMap &, qsizetype)> &check);
// A value as the storage reader reads it: trimmed text, a date or an instant.
std::optional<QDate> storedDate(const QVariantMap &stored, const QString &key);
std::optional<QDateTime> storedInstant(const QVariantMap &stored, const QString &key);

KindSpec officerKind();
KindSpec agencyKind();
KindSpec delegateKind();
KindSpec investorKind();
KindSpec contactKind();
KindSpec missionKind();
KindSpec meetingKind();
KindSpec dealKind();
KindSpec followUpKind();
KindSpec noteKind();

} // namespace crm::catalogue
