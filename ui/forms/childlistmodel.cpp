#include "childlistmodel.h"

#include "domain/deal.h"
#include "instantedit.h"
#include "support/themecolours.h"

#include <QBrush>
#include <QDate>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
bool isEmpty(const QVariant &v)
{
    return !v.isValid() || v.isNull() || (v.userType() == QMetaType::QString && v.toString().trimmed().isEmpty());
}

// 250000000.00 -> "250,000,000.00" in the officer's locale, digits unchanged.
QString groupedNumber(const QString &text)
{
    const QLocale locale;
    const qsizetype dot = text.indexOf(u'.');
    bool ok = false;
    const qlonglong whole = (dot < 0 ? text : text.left(dot)).toLongLong(&ok);
    if (!ok) {
        return text;
    }
    QString result = locale.toString(whole);
    if (dot >= 0) {
        result += locale.decimalPoint() + text.mid(dot + 1);
    }
    return result;
}

// A cell with an error: the list's background tinted with the error colour, in a light or a dark theme.
QColor errorCellBackground()
{
    const QPalette palette = QGuiApplication::palette();
    const QColor base = palette.color(QPalette::Base);
    return mixColours(base, toneColour(Tone::Error, base, palette), 0.18);
}
} // namespace

ChildListModel::ChildListModel(QList<ColumnSpec> columns, Today today, QObject *parent)
    : QAbstractTableModel(parent), m_columns(std::move(columns)), m_today(std::move(today))
{}

int ChildListModel::columnOf(const QString &field) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].name == field) {
            return i;
        }
    }
    return -1;
}

void ChildListModel::setRows(const QVariantList &rows)
{
    beginResetModel();
    m_rows.clear();
    for (const QVariant &row : rows) {
        m_rows << row.toMap();
    }
    m_errors.clear();
    m_titles.clear();
    endResetModel();
}

QVariantList ChildListModel::rows() const
{
    QVariantList result;
    for (const QVariantMap &row : m_rows) {
        result << row;
    }
    return result;
}

QDate ChildListModel::today() const
{
    return m_today();
}

QVariantMap ChildListModel::newRow() const
{
    QVariantMap row;
    for (const ColumnSpec &c : m_columns) {
        row.insert(c.name, c.defaultToday ? QVariant(today().toString(Qt::ISODate)) : c.defaultValue);
    }
    return row;
}

std::optional<RecordKind> ChildListModel::linkKind(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return std::nullopt;
    }
    const ColumnSpec &column = m_columns[index.column()];
    if (column.type != FieldType::RecordLink) {
        return std::nullopt;
    }
    if (column.linkKind) {
        return column.linkKind;
    }
    return kindFromName(m_rows[index.row()].value(column.kindField).toString());
}

void ChildListModel::setCellErrors(const QHash<QPair<int, QString>, QString> &errors)
{
    m_errors = errors;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::ToolTipRole, Qt::BackgroundRole, Qt::ForegroundRole});
    }
}

int ChildListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChildListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

bool ChildListModel::isMoneyRow(const QVariantMap &row, const ColumnSpec &column) const
{
    return ImpactFigure::isMoney(row.value(column.kindField).toString());
}

QString ChildListModel::displayText(const QVariantMap &row, const ColumnSpec &column) const
{
    const QVariant raw = row.value(column.name);
    if (isEmpty(raw)) {
        return {};
    }
    const QString text = raw.toString();
    switch (column.type) {
    case FieldType::Choice:
        for (const Choice &c : column.choices) {
            if (c.value.toString() == text) {
                return c.label;
            }
        }
        return text;
    case FieldType::Instant: {
        const QString local = InstantEdit::localText(text);
        return local.isEmpty() ? text : local;
    }
    case FieldType::RecordLink: {
        const auto kind = column.linkKind ? column.linkKind : kindFromName(row.value(column.kindField).toString());
        if (!kind || !m_titleOf) {
            return text;
        }
        const QString key = kindName(*kind) + u'/' + text;
        auto it = m_titles.constFind(key);
        if (it == m_titles.constEnd()) {
            it = m_titles.insert(key, m_titleOf(*kind, text));
        }
        return *it;
    }
    case FieldType::Amount:
        return groupedNumber(text);
    default:
        return text;
    }
}

QVariant ChildListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QVariantMap &row = m_rows[index.row()];
    const ColumnSpec &column = m_columns[index.column()];
    const QString error = m_errors.value({index.row(), column.name});
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::EditRole:
    case RawValueRole:
        return row.value(column.name);
    case Qt::ToolTipRole:
        return error.isEmpty() ? QVariant() : QVariant(error);
    case Qt::AccessibleDescriptionRole:
        return error.isEmpty() ? QVariant() : QVariant(error);
    case Qt::BackgroundRole:
        return error.isEmpty() ? QVariant() : QVariant(QBrush(errorCellBackground()));
    case Qt::ForegroundRole:
        return error.isEmpty()
                   ? QVariant()
                   : QVariant(QBrush(toneColour(Tone::Error, errorCellBackground(), QGuiApplication::palette())));
    case Qt::TextAlignmentRole:
        return column.type == FieldType::Amount ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant ChildListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        return section >= 0 && section < m_columns.size() ? QVariant(m_columns[section].label) : QVariant();
    }
    return section >= 0 && section < m_rows.size() ? QVariant(section + 1) : QVariant();
}

Qt::ItemFlags ChildListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const ColumnSpec &column = m_columns[index.column()];
    // A link whose kind names no record kind ("other" attendee) has nothing to pick.
    if (column.type != FieldType::RecordLink || linkKind(index)) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant ChildListModel::normalised(const QVariantMap &row, const ColumnSpec &column, const QVariant &value) const
{
    if (isEmpty(value)) {
        return {};
    }
    if (value.userType() != QMetaType::QString) {
        return value;
    }
    QString text = value.toString().trimmed();
    if (column.type == FieldType::Amount && isMoneyRow(row, column)) {
        // "150,000,000.00" as the officer writes it -> "150000000.00" as the JSON format wants it.
        const QLocale locale;
        text.remove(locale.groupSeparator()).remove(u' ').remove(QChar(0x202F)).remove(QChar(0x00A0));
        if (locale.decimalPoint() != u"."_s) {
            text.replace(locale.decimalPoint(), u"."_s);
        }
        return text;
    }
    if (column.type == FieldType::Amount) {
        bool ok = false;
        const qlonglong count = QLocale().toLongLong(text, &ok);
        if (ok) {
            return count;
        }
        const qlonglong plain = text.toLongLong(&ok);
        return ok ? QVariant(plain) : QVariant(text);
    }
    return text;
}

bool ChildListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    QVariantMap &row = m_rows[index.row()];
    const ColumnSpec &column = m_columns[index.column()];
    const QVariant stored = normalised(row, column, value);
    const QVariant previous = row.value(column.name);
    if (row.contains(column.name) && previous == stored && previous.userType() == stored.userType()) {
        return true;
    }
    row.insert(column.name, stored);
    int last = index.column();
    // A link of another kind means nothing: changing "delegate" to "mission" clears the id.
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns[c].kindField == column.name && m_columns[c].type == FieldType::RecordLink &&
            previous.toString() != stored.toString()) {
            row.insert(m_columns[c].name, QVariant());
            last = std::max(last, c);
        }
        if (m_columns[c].kindField == column.name && m_columns[c].type == FieldType::Amount) {
            last = std::max(last, c); // shown differently for money
        }
    }
    const int first = std::min(index.column(), last);
    Q_EMIT dataChanged(this->index(index.row(), first), this->index(index.row(), std::max(first, last)));
    return true;
}

bool ChildListModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_rows.size() || count <= 0) {
        return false;
    }
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        m_rows.insert(row, newRow());
    }
    m_errors.clear();
    endInsertRows();
    return true;
}

bool ChildListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size()) {
        return false;
    }
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    m_errors.clear();
    endRemoveRows();
    return true;
}

bool ChildListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                              const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0 ||
        sourceRow + count > m_rows.size() || destinationChild < 0 || destinationChild > m_rows.size() ||
        (destinationChild >= sourceRow && destinationChild <= sourceRow + count)) {
        return false;
    }
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild)) {
        return false;
    }
    const QList<QVariantMap> moving = m_rows.mid(sourceRow, count);
    m_rows.remove(sourceRow, count);
    const int target = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i) {
        m_rows.insert(target + i, moving[i]);
    }
    m_errors.clear();
    endMoveRows();
    return true;
}

} // namespace crm::ui
