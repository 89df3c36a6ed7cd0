#include "historymodel.h"

#include "domain/dateformat.h"
#include "domain/error.h"
#include "domain/officerzone.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {

QString elided(const QString &text)
{
    QString line = text;
    line.replace(u'\n', u"; "_s);
    line = line.simplified(); // one line in a cell, whatever the value held
    return line.size() > HistoryModel::maxCellLength ? line.left(HistoryModel::maxCellLength - 1) + u'\u2026' : line;
}

} // namespace

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void HistoryModel::setRecord(const Records *records, RecordKind kind, const QString &id)
{
    m_records = records ? std::optional<Records>(*records) : std::nullopt;
    m_kind = kind;
    m_id = id;
    refresh();
}

void HistoryModel::refresh()
{
    beginResetModel();
    m_entries.clear();
    m_rows.clear();
    m_readFailure.reset();
    if (m_records && !m_id.isEmpty()) {
        try {
            m_entries = m_records->auditLines(m_id);
            const HistoryValues values(&m_records->store(), m_kind);
            for (qsizetype i = 0; i < m_entries.size(); ++i) {
                addRows(m_entries.at(i), i, values);
            }
        } catch (const Error &error) {
            // A name the history shows could not be read either: part of it would pass for all.
            m_entries.clear();
            m_rows.clear();
            if (error.kind() != Error::Kind::NotFound) {
                m_readFailure = error;
            }
        }
    }
    endResetModel();
}

void HistoryModel::addRows(const HistoryEntry &entry, qsizetype index, const HistoryValues &values)
{
    const QVariantMap record{{u"id"_s, m_id}};
    if (entry.action == u"merge"_s) {
        // The merged record's title, then the record it went into (by title while it exists).
        const auto survivor = m_records->find(m_kind, entry.newValue);
        const QString into = survivor ? m_records->title(m_kind, entry.newValue) : entry.newValue;
        m_rows.append({index, {}, {}, entry.oldValue, entry.newValue, entry.oldValue, into});
        return;
    }
    const QVariant created = entry.action == u"create"_s ? HistoryValues::fromLogText(entry.newValue) : QVariant();
    if (created.userType() != QMetaType::QVariantMap) {
        m_rows.append({index, entry.field, entry.field.isEmpty() ? QString() : values.fieldLabel(entry.field),
                       entry.oldValue, entry.newValue,
                       values.text(entry.field, HistoryValues::fromLogText(entry.oldValue), record),
                       values.text(entry.field, HistoryValues::fromLogText(entry.newValue), record)});
        return;
    }
    // The whole record as created: each field it was given, in the form's order, then any other.
    const QVariantMap fields = created.toMap();
    QStringList order = values.fieldOrder();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!order.contains(it.key()) && it.key() != u"id"_s) {
            order << it.key();
        }
    }
    for (const QString &field : std::as_const(order)) {
        const QString text = values.text(field, fields.value(field), fields);
        if (!text.isEmpty()) {
            m_rows.append(
                {index, field, values.fieldLabel(field), {}, AuditLog::text(fields.value(field)).toString(), {}, text});
        }
    }
}

QString HistoryModel::actionLabel(const QString &action)
{
    if (action == u"create"_s) {
        return tr("Created");
    }
    if (action == u"update"_s) {
        return tr("Changed");
    }
    if (action == u"delete"_s) {
        return tr("Moved to Trash");
    }
    if (action == u"restore"_s) {
        return tr("Restored");
    }
    if (action == u"purge"_s) {
        return tr("Purged");
    }
    if (action == u"unlink"_s) {
        return tr("Link removed");
    }
    if (action == u"merge"_s) {
        return tr("Merged into");
    }
    if (action == u"unmerge"_s) {
        return tr("Merge undone");
    }
    return action;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::displayValue(const Row &row, int column) const
{
    const HistoryEntry &entry = m_entries.at(row.entry);
    switch (column) {
    case WhenColumn:
        return formatDateTime(toOfficerTime(entry.at));
    case WhoColumn:
        return entry.officerName.isEmpty() ? entry.officerId : entry.officerName;
    case ActionColumn:
        return actionLabel(entry.action);
    case FieldColumn:
        return row.label;
    case FromColumn:
        return elided(row.oldText);
    case ToColumn:
        return elided(row.newText);
    default:
        return {};
    }
}

QVariant HistoryModel::rawValue(const Row &row, int column) const
{
    const HistoryEntry &entry = m_entries.at(row.entry);
    switch (column) {
    case WhenColumn:
        return entry.at.toUTC().toString(Qt::ISODateWithMs);
    case WhoColumn:
        return entry.officerId;
    case ActionColumn:
        return entry.action;
    case FieldColumn:
        return row.field;
    case FromColumn:
        return row.oldRaw;
    case ToColumn:
        return row.newRaw;
    default:
        return {};
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case RawValueRole:
        return rawValue(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == FromColumn || index.column() == ToColumn) {
            const QString full = index.column() == FromColumn ? row.oldText : row.newText;
            return full.isEmpty() ? QVariant() : QVariant(full);
        }
        return {};
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case FieldColumn:
        return tr("Field");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    default:
        return {};
    }
}

} // namespace crm::ui
