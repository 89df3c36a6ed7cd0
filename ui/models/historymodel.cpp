#include "historymodel.h"

#include "domain/error.h"
#include "storage/recordstore.h"

#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {

QString elided(const QString &text)
{
    const QString line = text.simplified(); // one line in a cell, whatever the value held
    return line.size() > HistoryModel::maxCellLength ? line.left(HistoryModel::maxCellLength - 1) + u'\u2026' : line;
}

// Lists and whole records are logged as compact JSON; indented they can be read in a tooltip.
QString readable(const QString &text)
{
    if (text.startsWith(u'{') || text.startsWith(u'[')) {
        const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
        if (!json.isNull()) {
            return QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
        }
    }
    return text;
}

} // namespace

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void HistoryModel::setRecord(const RecordStore *store, RecordKind kind, const QString &id)
{
    m_store = store;
    m_kind = kind;
    m_id = id;
    refresh();
}

void HistoryModel::refresh()
{
    beginResetModel();
    m_entries.clear();
    if (m_store && !m_id.isEmpty()) {
        try {
            m_entries = m_store->history(m_kind, m_id);
        } catch (const Error &) {
            // Purged: its page is gone, and so is the history to show on it.
        }
    }
    endResetModel();
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
    return action;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::displayValue(const HistoryEntry &entry, int column) const
{
    switch (column) {
    case WhenColumn:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case WhoColumn:
        return entry.officerName.isEmpty() ? entry.officerId : entry.officerName;
    case ActionColumn:
        return actionLabel(entry.action);
    case FieldColumn:
        return entry.field;
    case FromColumn:
        return elided(entry.oldValue);
    case ToColumn:
        return elided(entry.newValue);
    default:
        return {};
    }
}

QVariant HistoryModel::rawValue(const HistoryEntry &entry, int column) const
{
    switch (column) {
    case WhenColumn:
        return entry.at.toUTC().toString(Qt::ISODateWithMs);
    case WhoColumn:
        return entry.officerId;
    case ActionColumn:
        return entry.action;
    case FieldColumn:
        return entry.field;
    case FromColumn:
        return entry.oldValue;
    case ToColumn:
        return entry.newValue;
    default:
        return {};
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const HistoryEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(entry, index.column());
    case RawValueRole:
        return rawValue(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == FromColumn || index.column() == ToColumn) {
            const QString full = rawValue(entry, index.column()).toString();
            return full.isEmpty() ? QVariant() : QVariant(readable(full));
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
