#include "cellvalues.h"

#include "domain/textfold.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace crm::interchange {

QString CellValues::text(const QVariant &cell)
{
    if (cell.isNull() || !cell.isValid()) {
        return {};
    }
    if (cell.userType() == QMetaType::Double) {
        return QString::number(cell.toDouble(), 'f', QLocale::FloatingPointShortest);
    }
    if (cell.userType() == QMetaType::QDate) {
        return cell.toDate().toString(Qt::ISODate);
    }
    return cell.toString().trimmed();
}

std::optional<QString> CellValues::isoDate(const QVariant &cell, DayMonthOrder order, QString &error)
{
    if (cell.userType() == QMetaType::QDate) {
        return cell.toDate().toString(Qt::ISODate);
    }
    if (cell.userType() == QMetaType::QDateTime) {
        return cell.toDateTime().date().toString(Qt::ISODate);
    }
    // Full-width digits and separators (２０２４／４／１) read like their ASCII forms.
    const QString t = text(cell).normalized(QString::NormalizationForm_KC);
    static const QRegularExpression yearFirst(
        u"^(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?$"_s);
    static const QRegularExpression yearLast(u"^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})$"_s);
    QDate date;
    if (const auto m = yearFirst.match(t); m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if (const auto n = yearLast.match(t); n.hasMatch()) {
        if (order == DayMonthOrder::Refuse) {
            error =
                tr("\"%1\" could be day/month or month/day: write it 2024-04-01, or say which the file uses").arg(t);
            return std::nullopt;
        }
        const int first = n.captured(1).toInt();
        const int second = n.captured(2).toInt();
        date = order == DayMonthOrder::DayFirst ? QDate(n.captured(3).toInt(), second, first)
                                                : QDate(n.captured(3).toInt(), first, second);
    } else {
        error = tr("\"%1\" is not a date (write it 2024-04-01, 2024/4/1 or 2024年4月1日)").arg(t);
        return std::nullopt;
    }
    if (!date.isValid()) {
        error = tr("\"%1\" is not a day of the calendar").arg(t);
        return std::nullopt;
    }
    return date.toString(Qt::ISODate);
}

std::optional<qint64> CellValues::integer(const QVariant &cell, QString &error)
{
    if (cell.userType() == QMetaType::Double) {
        const double d = cell.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::abs(d) < 9007199254740992.0) {
            return qint64(d);
        }
        error = tr("%1 is not a whole number").arg(text(cell));
        return std::nullopt;
    }
    const QString t = text(cell).normalized(QString::NormalizationForm_KC);
    // Grouping as offices type it: 1,234 1.234 (French) 1 234 and the narrow no-break space.
    static const QRegularExpression grouped(u"^[-+]?\\d{1,3}(?:([,. \\x{202F}\\x{00A0}])\\d{3})?(?:\\1\\d{3})*$"_s);
    static const QRegularExpression plain(u"^[-+]?\\d+$"_s);
    if (plain.match(t).hasMatch() || grouped.match(t).hasMatch()) {
        static const QRegularExpression separators(u"[,. \\x{202F}\\x{00A0}]"_s);
        bool ok = false;
        const qint64 value = QString(t).remove(separators).toLongLong(&ok);
        if (ok) {
            return value;
        }
    }
    error = tr("\"%1\" is not a whole number").arg(t);
    return std::nullopt;
}

std::optional<bool> CellValues::boolean(const QVariant &cell, QString &error)
{
    if (cell.userType() == QMetaType::Bool) {
        return cell.toBool();
    }
    static const QStringList yes{u"yes"_s, u"y"_s, u"true"_s, u"1"_s, u"はい"_s, u"○"_s, u"oui"_s, u"vrai"_s};
    static const QStringList no{u"no"_s, u"n"_s, u"false"_s, u"0"_s, u"いいえ"_s, u"×"_s, u"non"_s, u"faux"_s};
    const QString t = foldText(text(cell));
    if (yes.contains(t)) {
        return true;
    }
    if (no.contains(t)) {
        return false;
    }
    error = tr("\"%1\" is neither yes nor no").arg(text(cell));
    return std::nullopt;
}

QStringList CellValues::list(const QString &text)
{
    static const QRegularExpression separators(u"[\\n;/]"_s);
    QStringList items;
    for (const QString &item : text.split(separators)) {
        const QString t = item.trimmed();
        if (!t.isEmpty() && !items.contains(t)) {
            items << t;
        }
    }
    return items;
}

} // namespace crm::interchange
