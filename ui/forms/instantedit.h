#pragma once

#include <QDateTime>
#include <QLineEdit>

namespace crm::ui {

// An optional instant (a follow-up done at, a note written at, an agenda item): shown and typed
// on the officer's clock (officerZone(): this computer's zone unless Preferences say otherwise),
// the locale's way or as "YYYY-MM-DD HH:MM", written back as ISO 8601 UTC. An instant
// that was loaded and not touched is written back exactly, seconds and all.
class InstantEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit InstantEdit(QWidget *parent = nullptr);

    QVariant value() const; // ISO 8601 UTC, the text as typed when it does not read, null when empty
    void setValue(const QVariant &value);

    // "2024-05-10T01:00:00.000Z" -> "2024-05-10 10:00" in Tokyo; empty when it does not read.
    static QString localText(const QString &iso);
    // Typed local text (or an ISO instant with an offset) -> ISO UTC; empty when it does not read.
    static QString isoFromText(const QString &text);

Q_SIGNALS:
    void valueEdited();

private:
    QVariant m_loaded;
    QString m_loadedText;
};

} // namespace crm::ui
