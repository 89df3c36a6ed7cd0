#include "followupmodel.h"

#include "databasesession.h"
#include "domain/bidi.h"
#include "domain/dateformat.h"
#include "domain/error.h"
#include "recordkindlabel.h"
#include "recordtitle.h"
#include "support/themecolours.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
constexpr qint64 pageSize = 200;
} // namespace

FollowUpModel::FollowUpModel(DatabaseSession &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    refresh();
}

void FollowUpModel::setShowDone(bool show)
{
    if (m_showDone != show) {
        m_showDone = show;
        refresh();
    }
}

PageQuery FollowUpModel::pageQuery() const
{
    PageQuery query;
    query.kind = RecordKind::FollowUp;
    query.sortField = u"due_date"_s;
    if (!m_showDone) {
        query.equals.append({u"done"_s, false});
    }
    return query;
}

void FollowUpModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_officerNames.clear();
    m_total = 0;
    if (const Database *db = m_session.database()) {
        m_today = db->clock().today();
        try {
            m_total = m_session.query()->count(pageQuery());
            m_rows = readPage(0);
        } catch (const Error &error) {
            m_rows.clear();
            m_total = 0;
            m_session.reportReadFailure(error); // nothing rather than part of the follow-ups
        }
    }
    endResetModel();
}

QList<FollowUpModel::Row> FollowUpModel::readPage(qint64 offset) const
{
    QList<Row> rows;
    for (const QVariantMap &stored : m_session.query()->page(pageQuery(), offset, pageSize)) {
        Row row;
        row.id = stored.value(u"id"_s).toString();
        row.title = stored.value(u"title"_s).toString();
        row.due = QDate::fromString(stored.value(u"due_date"_s).toString(), Qt::ISODate);
        row.done = stored.value(u"done"_s).toBool();
        row.ownerId = stored.value(u"owner_id"_s).toString();
        row.ownerName = officerName(row.ownerId);
        const auto kind = kindFromName(stored.value(u"linked_kind"_s).toString());
        const QString linkedId = stored.value(u"linked_id"_s).toString();
        if (kind && !linkedId.isEmpty()) {
            // Purged meanwhile: still say what it pointed at. A read error goes to refresh(), which reports it.
            row.linked =
                RecordRef{*kind, linkedId, titleIfExists(*m_session.store(), *kind, linkedId).value_or(linkedId)};
        }
        rows << row;
    }
    return rows;
}

QString FollowUpModel::officerName(const QString &id) const
{
    if (id.isEmpty()) {
        return {};
    }
    auto it = m_officerNames.constFind(id);
    if (it == m_officerNames.constEnd()) {
        // Purged: the id is all there is. A read error goes to the caller, which reports it.
        it = m_officerNames.insert(id, titleIfExists(*m_session.store(), RecordKind::Officer, id).value_or(id));
    }
    return *it;
}

bool FollowUpModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void FollowUpModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    QList<Row> more;
    try {
        more = readPage(m_rows.size());
    } catch (const Error &error) {
        beginResetModel();
        m_rows.clear();
        m_total = 0;
        endResetModel();
        m_session.reportReadFailure(error);
        return;
    }
    if (more.isEmpty()) {
        m_total = m_rows.size(); // the list shrank since it was counted
        return;
    }
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

QString FollowUpModel::followUpId(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? m_rows.at(index.row()).id : QString();
}

bool FollowUpModel::isDone(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && m_rows.at(index.row()).done;
}

std::optional<RecordRef> FollowUpModel::linkedRecord(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? m_rows.at(index.row()).linked : std::nullopt;
}

QModelIndex FollowUpModel::indexOf(const QString &followUpId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == followUpId) {
            return index(static_cast<int>(row), 0);
        }
    }
    return {};
}

qint64 FollowUpModel::overdueDays(const Row &row) const
{
    return !row.done && row.due.isValid() && row.due < m_today ? row.due.daysTo(m_today) : 0;
}

int FollowUpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FollowUpModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpModel::displayValue(const Row &row, int column) const
{
    switch (column) {
    case DueColumn:
        return formatDate(row.due);
    case TitleColumn:
        return isolate(row.title);
    case OwnerColumn:
        return row.ownerName;
    case LinkedColumn:
        return row.linked ? tr("%1: %2").arg(recordKindLabel(row.linked->kind), isolate(row.linked->title)) : QString();
    default:
        return {};
    }
}

QVariant FollowUpModel::rawValue(const Row &row, int column) const
{
    switch (column) {
    case DueColumn:
        return row.due.toString(Qt::ISODate);
    case TitleColumn:
        return row.title;
    case OwnerColumn:
        return row.ownerId;
    case LinkedColumn:
        return row.linked ? row.linked->id : QString();
    default:
        return {};
    }
}

QVariant FollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const qint64 overdue = overdueDays(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case RawValueRole:
        return rawValue(row, index.column());
    case Qt::ForegroundRole:
        // Read on the list's background when it is painted, so a theme changed meanwhile is followed.
        if (overdue > 0 || row.done) {
            return QBrush(listToneColour(overdue > 0 ? Tone::Error : Tone::Muted, QGuiApplication::palette()));
        }
        return {};
    case Qt::FontRole:
        if (overdue > 0 || row.done) {
            QFont font;
            font.setBold(overdue > 0);
            font.setStrikeOut(row.done);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (overdue > 0) {
            return tr("Overdue by %n day(s)", nullptr, static_cast<int>(overdue));
        }
        return row.done ? tr("Done") : QVariant();
    default:
        return {};
    }
}

QVariant FollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DueColumn:
        return tr("Due");
    case TitleColumn:
        return tr("Follow-up");
    case OwnerColumn:
        return tr("Owner");
    case LinkedColumn:
        return tr("About");
    default:
        return {};
    }
}

} // namespace crm::ui
