#pragma once

#include "fieldeditor.h"

#include <QDateTime>

class QDateTimeEdit;

namespace crm::ui {

class ChildListEditor;
class DatabaseSession;
class ChoiceCombo;
class RecordLinkEdit;

// meeting.starts_at with time_zone: the officer enters the wall-clock time where the meeting
// happens ("10:00" in Asia/Tokyo); the JSON gets the ISO instant with that zone's offset then.
class ZonedDateTimeFieldEditor final : public FieldEditor
{
    Q_OBJECT

public:
    ZonedDateTimeFieldEditor(const FormRow &spec, const DatabaseSession &session, QWidget *parent, QObject *owner);

    QWidget *widget() const override { return m_row; }
    QWidget *editorFor(const QString &field) const override;
    void read(const QVariantMap &json) override;
    void write(QVariantMap &json) const override;

    // The wall-clock time in zone, carried as a UTC QDateTime so no local DST rule touches it.
    static QDateTime wallTime(const QString &iso, const QString &zone);
    static QString isoInstant(const QDateTime &wall, const QString &zone);

private:
    const DatabaseSession &m_session;
    QWidget *m_row;
    QDateTimeEdit *m_time;
    ChoiceCombo *m_zone;
    QString m_loaded;
    QDateTime m_loadedWall;
    QString m_loadedZone;
};

// linked_kind + linked_id: which kind of record, then which record of it.
class LinkedRecordFieldEditor final : public FieldEditor
{
    Q_OBJECT

public:
    LinkedRecordFieldEditor(const FormRow &spec, DatabaseSession &session, QWidget *parent, QObject *owner);

    QWidget *widget() const override { return m_row; }
    QWidget *editorFor(const QString &field) const override;
    void read(const QVariantMap &json) override;
    void write(QVariantMap &json) const override;

private:
    void applyKind();

    QWidget *m_row;
    ChoiceCombo *m_kind;
    RecordLinkEdit *m_link;
};

// A list of objects (stays, impact figures) in a ChildListEditor.
class ChildListFieldEditor final : public FieldEditor
{
    Q_OBJECT

public:
    ChildListFieldEditor(const FormRow &spec, DatabaseSession &session, QWidget *parent, QObject *owner);

    QWidget *widget() const override;
    void read(const QVariantMap &json) override;
    void write(QVariantMap &json) const override;
    void setCellErrors(const QHash<QPair<int, QString>, QString> &errors) override;

private:
    ChildListEditor *m_editor;
};

} // namespace crm::ui
