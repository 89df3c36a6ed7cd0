#pragma once

#include "domain/error.h"
#include "domain/recordkind.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>
#include <optional>

namespace crm {
struct SearchField;
class Clock;
class Validator;
} // namespace crm

namespace crm::catalogue {

// A translatable text with its context, spelled at each site as
// {"crm::ui::FormFields", QT_TRANSLATE_NOOP("crm::ui::FormFields", "Head office &city")} so that
// lupdate files it under today's context and core stays free of widgets.
struct Text
{
    const char *context = nullptr;
    const char *source = nullptr;

    bool isEmpty() const { return !source; }
    QString tr() const; // a text without context is shown as written (https://)
};

// What a field holds, which decides its column, its JSON form and its editor.
enum class Type
{
    Text,
    MultiLineText,
    Integer,
    IntegerCode, // an integer from a fixed scale (a meeting's interest level)
    Bool,
    Date,
    Instant,
    ZonedInstant, // with its time zone in the companion column
    Code,         // one of codes()
    Sector,
    SectorList,
    Country,
    Currency,
    TextList,
    Link,        // the id of a record of linkKind, or of the kind named by kindField (child lists)
    KindLink,    // a kind, with the record's id in the companion column (linked_kind + linked_id)
    Amount,      // money in minor units or a count, decided by kindField; child lists only
    Children,    // a list of rows in childTable
    PartialDate, // a date known to the year (1995), the month (1995-03) or the day
};

// How search looks at a field: as a name (ranked first) or as free text.
enum class Search
{
    None,
    Name,
    Text
};

struct FieldSpec
{
    QString name; // JSON and storage key
    Type type = Type::Text;
    QString column;        // the storage column where it differs from name (none does today)
    bool required = false; // a Link that is required also blocks purging its target
    bool unique = false;
    std::optional<RecordKind> linkKind;
    QString kindField; // the field of the same row naming the link's kind (person_kind) or the money
    QString companion; // a second column edited with this one (time_zone, linked_id)
    const QStringList &(*codes)() = nullptr;
    Search search = Search::None;
    int searchRank = 0; // order within its search group where it differs from the field order
    Text label;         // form label with mnemonic (a column header in a child list)
    Text companionLabel;
    Text section;   // form group title
    Text listLabel; // list column header; listed when listOrder >= 0
    int listOrder = -1;
    Text placeholder; // may hold %1, filled with placeholderArg (an example in the script it is about)
    QString placeholderArg;
    Text toolTip;
    QVariant defaultValue;          // of a new record or row (a meeting's time zone for starts_at)
    bool defaultToday = false;      // a new row's date is today
    bool defaultsToOfficer = false; // a new record starts with the session's officer
    bool stretch = false;           // a child list's column takes the table's spare width
    QString childTable;             // Type::Children: rows stored in childTable, keyed by parentColumn
    QString parentColumn;
    QList<FieldSpec> children;

    // What the JSON codec checks beyond the type (fieldcodec.cpp).
    enum Rule : quint32
    {
        NonNegative = 1,
        Website = 2, // http:// or https:// with a host
        Email = 4,
        Upper = 8, // read in capitals (officer initials; countries and currencies always are)
    };
    quint32 rules = 0;
    int maxLength = 0;                            // Text: at most this many characters, when set
    qint64 minimum = 0, maximum = 0;              // Integer(Code): a range, when maximum > minimum
    const QStringList &(*moneyCodes)() = nullptr; // Amount: kindField values that make it money (row's Currency)
    bool quickFilter = true;                      // its words go in the lists' quick filter (text types)

    bool listed() const { return listOrder >= 0; }
    QString columnName() const { return column.isEmpty() ? name : column; }

    // Appended by the schema track (issue 17): how storage holds the value and sync carries it, one
    // answer for both (a companion column is always text).
    enum class Shape
    {
        Text,
        Integer,
        Bool,
        TextList
    };
    Shape shape() const
    {
        switch (type) {
        case Type::Integer:
        case Type::IntegerCode:
        case Type::Amount:
            return Shape::Integer;
        case Type::Bool:
            return Shape::Bool;
        case Type::TextList:
        case Type::SectorList:
            return Shape::TextList;
        default:
            return Shape::Text;
        }
    }
};

// One record kind: its table and fields in form and JSON order. What is not a plain field stays
// code, one hook each.
struct KindSpec
{
    RecordKind kind = RecordKind::Officer;
    QString table;
    QList<FieldSpec> fields;
    Text titleLabel; // the list's "@title" column header
    int titleListOrder = -1;
    // Search texts added after the names (a Japanese name's parts written together).
    void (*extraNames)(const QVariantMap &stored, QList<SearchField> &fields) = nullptr;

    // What is not a plain field, one hook each (called by fieldcodec.cpp on the storage form).
    // After the plain fields are read: a composite value such as a name's order from its script.
    void (*readComposite)(QVariantMap &stored, FieldErrors &errors) = nullptr;
    // Values that need the clock (a deal's stage history, a note's time), before validation.
    void (*applyDefaults)(QVariantMap &stored, const Clock &clock) = nullptr;
    // Rules across fields (parent != self, end >= start); `id` is the record's own, if any.
    void (*crossRules)(const QVariantMap &stored, const QString &id, Validator &v) = nullptr;
    QString (*title)(const QVariantMap &stored) = nullptr;
    QString (*sortKey)(const QVariantMap &stored) = nullptr; // before folding

    // The list's columns in their order: a field each, null for the "@title" column. The list pane
    // and the list exports show these.
    QList<const FieldSpec *> listColumns() const;
};

// Every kind's fields, described once. A value, so that tests can build one with an extra field.
class Catalogue final
{
public:
    static const Catalogue &builtin();
    explicit Catalogue(QList<KindSpec> kinds);

    const QList<KindSpec> &kinds() const { return m_kinds; }
    const KindSpec &kind(RecordKind kind) const;
    const FieldSpec *field(RecordKind kind, QStringView name) const;

private:
    QList<KindSpec> m_kinds;
};

} // namespace crm::catalogue
