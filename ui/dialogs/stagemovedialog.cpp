#include "stagemovedialog.h"

#include "domain/bidi.h"
#include "domain/codelabels.h"
#include "domain/dateformat.h"
#include "forms/dateedit.h"
#include "reports/pipeline.h"
#include "support/taborder.h"
#include "support/texttone.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {

std::optional<StageMoveAnswer> StageMoveDialog::s_nextAnswer;

StageMoveDialog::StageMoveDialog(const QVariantMap &deal, const QString &stage, const QDate &today, QWidget *parent)
    : QDialog(parent), m_deal(deal), m_stage(stage), m_today(today), m_date(new DateEdit(this)),
      m_warning(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"stageMoveDialog"_s);
    setWindowTitle(tr("Move to %1").arg(codeLabel(stage)));
    auto *intro = new QLabel(tr("Move \u201c%1\u201d from %2 to %3.")
                                 .arg(isolate(deal.value(u"title"_s).toString()),
                                      codeLabel(deal.value(u"stage"_s).toString()), codeLabel(stage)),
                             this);
    intro->setObjectName(u"stageMoveIntro"_s);
    intro->setWordWrap(true);

    m_date->setObjectName(u"stageDateEdit"_s);
    m_date->setValue(today.toString(Qt::ISODate));
    m_date->setToolTip(tr("The day the deal reached this stage; an earlier day records the past"));
    m_warning->setObjectName(u"stageDateWarning"_s);
    m_warning->setWordWrap(true);
    setTextTone(m_warning, Tone::Warning);

    auto *form = new QFormLayout;
    form->setObjectName(u"stageMoveForm"_s);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_warning);
    if (stage == u"lost"_s) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(u"lostReasonEdit"_s);
        m_reason->setPlaceholderText(tr("Why the investor did not go ahead"));
        form->addRow(tr("&Reason:"), m_reason);
        connect(m_reason, &QLineEdit::textChanged, this, &StageMoveDialog::update);
    }
    m_buttons->setObjectName(u"stageMoveButtons"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &DateEdit::valueEdited, this, &StageMoveDialog::update);
    connect(m_date, &QLineEdit::textChanged, this, &StageMoveDialog::update);

    // Made first, the buttons would come before the reason on Tab.
    moveToEndOfTabOrder(*this, {m_buttons});

    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(u"stageMoveLayout"_s);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    update();
}

QDate StageMoveDialog::date() const
{
    return parseTypedDate(m_date->text());
}

void StageMoveDialog::setDate(const QDate &date)
{
    m_date->setValue(date.toString(Qt::ISODate));
}

QString StageMoveDialog::lostReason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

QString StageMoveDialog::warningText() const
{
    return m_warning->text();
}

bool StageMoveDialog::canAccept() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void StageMoveDialog::update()
{
    const bool dated = date().isValid();
    //: %1 is a sample day written the locale's way (9/30/2026)
    const QStringList warnings =
        dated ? stageDateWarnings(m_deal, date(), m_today)
              : QStringList{tr("Not a date: type it as %1 or YYYY-MM-DD.").arg(formatDate(QDate(2026, 9, 30)))};
    m_warning->setText(warnings.join(u'\n'));
    m_warning->setVisible(!warnings.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(dated && (!m_reason || !lostReason().isEmpty()));
}

StageMoveAnswer StageMoveDialog::ask(QWidget *parent, const QVariantMap &deal, const QString &stage, const QDate &today)
{
    if (s_nextAnswer) {
        const StageMoveAnswer answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    StageMoveDialog dialog(deal, stage, today, parent);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    return {accepted, dialog.date(), dialog.lostReason()};
}

void StageMoveDialog::setNextAnswer(const StageMoveAnswer &answer)
{
    s_nextAnswer = answer;
}

} // namespace crm::ui
