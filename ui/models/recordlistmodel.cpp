#include "recordlistmodel.h"

#include "databasesession.h"
#include "domain/bidi.h"
#include "domain/dateformat.h"
#include "domain/error.h"
#include "domain/officerzone.h"
#include "domain/referencedata.h"
#include "recordtitle.h"

#include <QLocale>
#include <QTimeZone>
#include <optional>

using namespace Qt::StringLiterals;

namespace crm::ui {

RecordListModel::RecordListModel(DatabaseSession &session, RecordKind kind, QObject *parent)
    : RecordListModel(session, kind, catalogue::Catalogue::builtin(), parent)
{}

RecordListModel::RecordListModel(DatabaseSession &session, RecordKind kind, const catalogue::Catalogue &catalogue,
                                 QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_columns(listColumns(kind, catalogue))
{
    m_query.kind = kind;
    reload();
}

void RecordListModel::setFilter(const QString &filter)
{
    if (filter != m_query.filter) {
        m_query.filter = filter;
        reload();
    }
}

void RecordListModel::setTrash(bool trash)
{
    if (trash != m_query.trash) {
        m_query.trash = trash;
        reload();
    }
}

void RecordListModel::reload()
{
    refill(Recount::Yes);
}

void RecordListModel::refill(Recount recount)
{
    beginResetModel();
    m_rows.clear();
    m_linkTitles.clear();
    if (recount == Recount::Yes) {
        m_total = 0;
    }
    std::optional<Error> failure;
    if (RecordQuery *query = m_session.query()) {
        try {
            if (recount == Recount::Yes) {
                m_total = query->count(m_query);
            }
            m_rows = query->page(m_query, 0, PageSize);
        } catch (const Error &error) {
            // Part of a list would pass for all of it: show none and say why.
            m_rows.clear();
            m_total = 0;
            recount = Recount::Yes;
            failure = error;
        }
    }
    endResetModel();
    if (failure) {
        m_session.reportReadFailure(*failure);
    }
    if (recount == Recount::Yes) {
        Q_EMIT totalCountChanged(m_total);
    }
}

bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    RecordQuery *query = m_session.query();
    if (parent.isValid() || !query) {
        return;
    }
    QList<QVariantMap> more;
    try {
        more = query->page(m_query, m_rows.size(), PageSize);
    } catch (const Error &error) {
        beginResetModel();
        m_rows.clear();
        m_total = 0;
        endResetModel();
        Q_EMIT totalCountChanged(m_total);
        m_session.reportReadFailure(error);
        return;
    }
    if (more.isEmpty()) {
        m_total = m_rows.size(); // rows vanished meanwhile (deleted elsewhere)
        return;
    }
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size()) {
        return;
    }
    const QString field = m_columns.at(column).field;
    const bool ascending = order == Qt::AscendingOrder;
    if (field == m_query.sortField && ascending == m_query.ascending) {
        return;
    }
    m_query.sortField = field;
    m_query.ascending = ascending;
    // Another order of the same records: the count stands (half the time of a re-sort at 100,000
    // investors went to counting them again). Edits reload with a count of their own.
    refill(Recount::No);
}

QString RecordListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(u"id"_s).toString() : QString();
}

int RecordListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).value(u"id"_s).toString() == id) {
            return row;
        }
    }
    return -1;
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QString RecordListModel::linkTitle(RecordKind kind, const QString &id) const
{
    if (id.isEmpty()) {
        return {};
    }
    auto it = m_linkTitles.constFind(id);
    if (it == m_linkTitles.constEnd()) {
        QString title;
        try {
            if (const RecordStore *store = m_session.store()) {
                title = titleIfExists(*store, kind, id).value_or(tr("(missing)"));
            }
        } catch (const Error &error) {
            // Looked up as the view paints, where nothing may throw: the cell and a message box say so.
            title = tr("(cannot be read)");
            m_session.reportReadFailure(error);
        }
        it = m_linkTitles.insert(id, title);
    }
    return *it;
}

QString RecordListModel::display(const ListColumn &column, const QVariantMap &row) const
{
    const QVariant value = row.value(column.field);
    if (value.isNull() && column.value != ListValue::Bool) {
        return {};
    }
    const QLocale locale;
    switch (column.value) {
    case ListValue::Date:
        return formatDate(QDate::fromString(value.toString(), Qt::ISODate), locale);
    case ListValue::Instant: {
        const QDateTime utc = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        const QString zone = row.value(u"time_zone"_s).toString();
        const QDateTime shown = zone.isEmpty() ? toOfficerTime(utc) : utc.toTimeZone(QTimeZone(zone.toUtf8()));
        return formatDateTime(shown, locale);
    }
    case ListValue::Link:
        return isolate(column.linkKind ? linkTitle(*column.linkKind, value.toString()) : value.toString());
    case ListValue::Country:
        return reference::countryLabel(value.toString());
    case ListValue::Sector:
        for (const Sector &s : reference::sectors()) {
            if (s.code == value.toString()) {
                return s.name;
            }
        }
        return value.toString();
    case ListValue::Enum:
        return value.toString().replace(u'_', u' ');
    case ListValue::Integer:
        return locale.toString(value.toLongLong());
    case ListValue::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case ListValue::Text:
    case ListValue::Title:
        // Names bidi-isolated (crm::isolate()), as wherever one is shown next to other text.
        return isolate(value.toString().section(u'\n', 0, 0));
    }
    return value.toString();
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QVariantMap &row = m_rows.at(index.row());
    const ListColumn &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(column, row);
    case Qt::ToolTipRole:
        return column.value == ListValue::Title || column.value == ListValue::Text ? display(column, row) : QVariant();
    case RawValueRole:
        return row.value(column.field);
    case IdRole:
        return row.value(u"id"_s);
    case Qt::TextAlignmentRole:
        if (column.value == ListValue::Integer) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size()) {
        return m_columns.at(section).header;
    }
    return {};
}

} // namespace crm::ui
