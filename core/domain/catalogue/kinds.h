#pragma once

#include "catalogue.h"

#include <QCoreApplication>

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
