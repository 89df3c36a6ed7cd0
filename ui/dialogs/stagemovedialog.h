#pragma once

#include <QDate>
#include <QDialog>
#include <QVariantMap>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace crm::ui {

class DateEdit;

// What the officer answered when moving a deal to another stage.
struct StageMoveAnswer
{
    bool accepted = true;
    QDate date;
    QString lostReason;
};

// Asks the date of a stage change (today by default; an earlier day records the past), typed the
// locale's way or as ISO, and, for Lost, the reason; without a date, or the reason, OK stays
// disabled. A date before the deal was recorded or after today is shown as a warning under the
// date. Tests queue the answer with setNextAnswer() so that the dialog never blocks them (the
// MessageBox seam).
class StageMoveDialog final : public QDialog
{
    Q_OBJECT

public:
    StageMoveDialog(const QVariantMap &deal, const QString &stage, const QDate &today, QWidget *parent = nullptr);

    QDate date() const;
    void setDate(const QDate &date);
    QString lostReason() const;
    QString warningText() const;
    bool canAccept() const;

    static StageMoveAnswer ask(QWidget *parent, const QVariantMap &deal, const QString &stage, const QDate &today);
    static void setNextAnswer(const StageMoveAnswer &answer);

private:
    void update();

    QVariantMap m_deal;
    QString m_stage;
    QDate m_today;
    DateEdit *m_date;
    QLabel *m_warning;
    QLineEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons;

    static std::optional<StageMoveAnswer> s_nextAnswer;
};

} // namespace crm::ui
