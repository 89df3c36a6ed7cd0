#include "compositefieldeditors.h"

#include "childlisteditor.h"
#include "childlistmodel.h"
#include "choicecombo.h"
#include "databasesession.h"
#include "domain/dateformat.h"
#include "recordlinkedit.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
QWidget *rowWidget(QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    return row;
}
} // namespace

ZonedDateTimeFieldEditor::ZonedDateTimeFieldEditor(const FormRow &spec, const DatabaseSession &session, QWidget *parent,
                                                   QObject *owner)
    : FieldEditor(spec, owner), m_session(session), m_row(rowWidget(parent)), m_time(new QDateTimeEdit(m_row)),
      m_zone(new ChoiceCombo(timeZoneChoices(), true, true, m_row))
{
    m_time->setObjectName(spec.name);
    m_time->setTimeSpec(Qt::UTC);
    m_time->setDisplayFormat(dateTimeFormat());
    m_time->setCalendarPopup(true);
    // Room beyond the digits: the style's own hint leaves "14:00" against the arrow.
    m_time->setMinimumWidth(m_time->sizeHint().width() + 2 * m_time->fontMetrics().averageCharWidth());
    m_time->setToolTip(tr("The time where the meeting takes place, in the time zone beside"));
    m_zone->setObjectName(spec.companion);
    m_zone->setAccessibleName(spec.companionLabel);
    m_zone->setToolTip(tr("Time zone of the meeting (IANA name, such as Asia/Tokyo or Africa/Casablanca)"));
    m_row->layout()->addWidget(m_time);
    m_row->layout()->addWidget(m_zone);
    static_cast<QHBoxLayout *>(m_row->layout())->setStretch(1, 1);
    m_row->setFocusProxy(m_time);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &FieldEditor::edited);
    connect(m_zone, &ChoiceCombo::valueEdited, this, &FieldEditor::edited);
}

QWidget *ZonedDateTimeFieldEditor::editorFor(const QString &field) const
{
    return field == spec().companion ? static_cast<QWidget *>(m_zone) : m_time;
}

QDateTime ZonedDateTimeFieldEditor::wallTime(const QString &iso, const QString &zone)
{
    const QDateTime instant = QDateTime::fromString(iso, Qt::ISODateWithMs);
    const QTimeZone tz(zone.toUtf8());
    if (!instant.isValid()) {
        return {};
    }
    const QDateTime local = tz.isValid() ? instant.toTimeZone(tz) : instant;
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

QString ZonedDateTimeFieldEditor::isoInstant(const QDateTime &wall, const QString &zone)
{
    const QTimeZone tz(zone.toUtf8());
    if (!tz.isValid()) {
        // Validation names the zone; the time is kept as typed, read as UTC until then.
        return QDateTime(wall.date(), wall.time(), Qt::UTC).toString(Qt::ISODate);
    }
    const QDateTime inZone(wall.date(), wall.time(), tz);
    return inZone.toOffsetFromUtc(tz.offsetFromUtc(inZone)).toString(Qt::ISODate);
}

void ZonedDateTimeFieldEditor::read(const QVariantMap &json)
{
    QString zone = json.value(spec().companion).toString();
    if (zone.isEmpty()) {
        zone = spec().defaultValue.toString();
    }
    m_loaded = json.value(spec().name).toString();
    QDateTime wall = wallTime(m_loaded, zone);
    if (!wall.isValid()) {
        m_loaded.clear();
        // A new meeting: today at ten, the usual start, for the officer to adjust.
        wall = QDateTime(m_session.clock().today(), QTime(10, 0), Qt::UTC);
    }
    m_time->setDateTime(wall);
    m_zone->setValue(zone);
    m_loadedWall = m_time->dateTime();
    m_loadedZone = zone;
}

void ZonedDateTimeFieldEditor::write(QVariantMap &json) const
{
    const QString zone = m_zone->value().toString();
    const QDateTime wall = m_time->dateTime();
    // Untouched: written back exactly as loaded (seconds and all).
    const bool untouched = !m_loaded.isEmpty() && wall == m_loadedWall && zone == m_loadedZone;
    json.insert(spec().name, untouched ? m_loaded : isoInstant(wall, zone));
    json.insert(spec().companion, textValue(zone));
}

LinkedRecordFieldEditor::LinkedRecordFieldEditor(const FormRow &spec, DatabaseSession &session, QWidget *parent,
                                                 QObject *owner)
    : FieldEditor(spec, owner), m_row(rowWidget(parent)), m_kind(new ChoiceCombo(spec.choices, true, false, m_row)),
      m_link(new RecordLinkEdit(RecordKind::Delegate, session, m_row))
{
    m_kind->setObjectName(spec.name);
    m_kind->setAccessibleName(tr("Kind of linked record"));
    m_link->setObjectName(spec.companion);
    m_link->lineEdit()->setPlaceholderText(tr("Type part of a name to search"));
    m_row->layout()->addWidget(m_kind);
    m_row->layout()->addWidget(m_link);
    static_cast<QHBoxLayout *>(m_row->layout())->setStretch(1, 1);
    m_row->setFocusProxy(m_kind);
    connect(m_kind, &ChoiceCombo::valueEdited, this, [this] {
        applyKind();
        Q_EMIT edited();
    });
    connect(m_link, &RecordLinkEdit::valueEdited, this, &FieldEditor::edited);
    connect(m_link, &RecordLinkEdit::openRecordRequested, this, &FieldEditor::openRecordRequested);
}

QWidget *LinkedRecordFieldEditor::editorFor(const QString &field) const
{
    return field == spec().companion ? static_cast<QWidget *>(m_link) : m_kind;
}

void LinkedRecordFieldEditor::applyKind()
{
    const auto kind = kindFromName(m_kind->value().toString());
    m_link->setEnabled(kind.has_value());
    if (kind) {
        m_link->setKind(*kind);
    } else {
        m_link->setValue({});
    }
}

void LinkedRecordFieldEditor::read(const QVariantMap &json)
{
    m_kind->setValue(json.value(spec().name));
    applyKind();
    m_link->setValue(json.value(spec().companion));
}

void LinkedRecordFieldEditor::write(QVariantMap &json) const
{
    json.insert(spec().name, m_kind->value());
    json.insert(spec().companion, m_link->value());
}

ChildListFieldEditor::ChildListFieldEditor(const FormRow &spec, DatabaseSession &session, QWidget *parent,
                                           QObject *owner)
    : FieldEditor(spec, owner), m_editor(new ChildListEditor(spec, session, parent))
{
    m_editor->setObjectName(spec.name);
    connect(m_editor, &ChildListEditor::rowsEdited, this, &FieldEditor::edited);
}

QWidget *ChildListFieldEditor::widget() const
{
    return m_editor;
}

void ChildListFieldEditor::read(const QVariantMap &json)
{
    m_editor->setRows(json.value(spec().name).toList());
}

void ChildListFieldEditor::write(QVariantMap &json) const
{
    json.insert(spec().name, m_editor->rows());
}

void ChildListFieldEditor::setCellErrors(const QHash<QPair<int, QString>, QString> &errors)
{
    m_editor->model()->setCellErrors(errors);
}

} // namespace crm::ui
