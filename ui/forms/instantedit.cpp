#include "instantedit.h"

#include "dateedit.h"
#include "domain/dateformat.h"
#include "domain/officerzone.h"

using namespace Qt::StringLiterals;

namespace crm::ui {

InstantEdit::InstantEdit(QWidget *parent) : QLineEdit(parent)
{
    //: %1 is a sample date and time written the locale's way
    setPlaceholderText(tr("%1 (local time)").arg(formatDateTime(QDateTime(QDate(2026, 9, 30), QTime(14, 5)))));
    //: %1 is an IANA time zone (Asia/Tokyo), set in Edit > Preferences
    setToolTip(tr("Your local time (%1)").arg(QString::fromUtf8(officerZone().id())));
    addCalendarButton(this, [this] {
        const QDateTime current = toOfficerTime(QDateTime::fromString(isoFromText(text()), Qt::ISODateWithMs));
        popUpCalendar(this, current.date(), [this, current](const QDate &date) {
            const QTime time = current.isValid() ? current.time() : QTime(9, 0);
            setText(formatDateTime(QDateTime(date, time)));
            setFocus(Qt::PopupFocusReason);
            Q_EMIT valueEdited();
        });
    });
    connect(this, &QLineEdit::textEdited, this, &InstantEdit::valueEdited);
}

QString InstantEdit::localText(const QString &iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return dt.isValid() ? formatDateTime(toOfficerTime(dt)) : QString();
}

QString InstantEdit::isoFromText(const QString &typed)
{
    const QString text = typed.trimmed();
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime) {
        const QLocale locale;
        for (const QString &format :
             {dateTimeFormat(locale), u"yyyy-MM-dd HH:mm"_s, u"yyyy-MM-dd HH:mm:ss"_s, u"yyyy-MM-dd H:mm"_s}) {
            if (const QDateTime read = locale.toDateTime(text, format); read.isValid()) {
                dt = read;
                break;
            }
        }
        // A wall-clock time without an offset is the officer's: the same hour read in their zone.
        if (dt.isValid()) {
            dt = QDateTime(dt.date(), dt.time(), officerZone());
        }
    }
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QVariant InstantEdit::value() const
{
    const QString t = text().trimmed();
    if (t.isEmpty()) {
        return {};
    }
    if (t == m_loadedText && m_loaded.isValid()) {
        return m_loaded;
    }
    const QString iso = isoFromText(t);
    return iso.isEmpty() ? QVariant(t) : QVariant(iso);
}

void InstantEdit::setValue(const QVariant &value)
{
    const QString raw = value.isNull() ? QString() : value.toString();
    const QString local = localText(raw);
    m_loaded = raw.isEmpty() ? QVariant() : value;
    m_loadedText = local.isEmpty() ? raw : local;
    setText(m_loadedText);
}

} // namespace crm::ui
