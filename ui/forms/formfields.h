#pragma once

#include "choicelabels.h"
#include "domain/catalogue/catalogue.h"
#include "domain/recordkind.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace crm::ui {

// How a field is edited. Each maps to one editor class; see createFieldEditor().
enum class FieldType
{
    Text,
    MultiLineText,
    Date,          // YYYY-MM-DD or empty
    Instant,       // an instant shown in local time, stored ISO 8601 UTC
    ZonedDateTime, // meeting.starts_at with its time_zone companion
    Choice,        // one value of a fixed list (enum, sector, interest level)
    Country,       // ISO 3166 code, type-ahead
    Currency,      // ISO 4217 code, type-ahead
    Integer,
    Bool,
    StringList,     // free text items, one per line
    ChoiceList,     // several values of a fixed list (a delegate's sectors)
    RecordLink,     // the id of one record of linkKind (or of the kind named by kindField, in child lists)
    RecordKindLink, // linked_kind + linked_id (follow-ups, notes)
    ChildList,      // a list of objects edited in a table
    Amount,         // child lists only: a money decimal or a count, depending on kindField (impact value)
};

// What a text field's value opens: an e-mail address in the mail program, a website in the browser.
enum class FieldLink
{
    None,
    Email,
    Website
};

// A column of a child list (stays[].end_date, impact[].currency).
struct ColumnSpec
{
    QString name;
    QString label; // translated, no mnemonic (table header, "Row 2: end date ...")
    FieldType type = FieldType::Text;
    Choices choices;
    std::optional<RecordKind> linkKind;
    QString kindField; // the column of the same row that decides the link kind (person_kind) or money
    QVariant defaultValue;
    bool defaultToday = false;
    bool stretch = false; // takes the spare width of the table
};

// One row of a record form, in tab order: a field of the catalogue as the form edits it, its
// texts translated and its choices labelled.
struct FormRow
{
    QString name;  // JSON field name, also the editor's objectName
    QString label; // translated, with mnemonic
    FieldType type = FieldType::Text;
    QString section; // translated group title; consecutive fields with one title share a group
    bool required = false;
    Choices choices;
    std::optional<RecordKind> linkKind;
    QString companion;      // second JSON field edited in the same row (time_zone, linked_id)
    QString companionLabel; // its name in messages ("Time zone")
    QList<ColumnSpec> columns;
    QVariant defaultValue;          // for a new record
    bool defaultsToOfficer = false; // a new record starts with the session's officer
    QString placeholder;
    QString toolTip;
    FieldLink link = FieldLink::None; // from the catalogue's Email and Website rules
};

// The editor of a field of that type.
FieldType editorType(catalogue::Type type);

// The rows of each kind's form, derived from the catalogue's fields in their order (the order of
// docs/json-format.md, grouped the way officers read them).
QList<FormRow> formFields(RecordKind kind, const catalogue::Catalogue &catalogue = catalogue::Catalogue::builtin());

// The label without its mnemonic marker, for messages.
QString plainLabel(const QString &label);

} // namespace crm::ui
