#include "delegateimpactpanel.h"

#include "databasesession.h"
#include "domain/error.h"
#include "models/crediteddealsmodel.h"
#include "reports/creditsummary.h"
#include "support/themecolours.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QTableView>
#include <QVBoxLayout>
#include <optional>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
QLabel *tile(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// The heading and detail in the muted text colour, so they stay readable in a dark theme.
QString tileText(const QColor &mutedColour, const QString &heading, const QString &value, const QString &detail = {})
{
    const QString muted = u"<span style='color:"_s + mutedColour.name() + u"'>"_s;
    QString html = muted + heading.toHtmlEscaped() + u"</span><br><b style='font-size:large'>"_s +
                   value.toHtmlEscaped() + u"</b>"_s;
    if (!detail.isEmpty()) {
        html += u"<br>"_s + muted + detail.toHtmlEscaped() + u"</span>"_s;
    }
    return html;
}

} // namespace

DelegateImpactPanel::DelegateImpactPanel(DatabaseSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new CreditedDealsModel(this)), m_table(new QTableView(this)),
      m_deals(tile(u"impactDeals"_s, this)), m_jobs(tile(u"impactJobs"_s, this)), m_capex(tile(u"impactCapex"_s, this))
{
    setObjectName(u"delegateImpactPanel"_s);
    m_table->setObjectName(u"creditedDeals"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CreditedDealsModel::DealColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Investor, country and the delegate's part are in each row's tooltip: the figures stay in view.
    for (int column :
         {CreditedDealsModel::InvestorColumn, CreditedDealsModel::CountryColumn, CreditedDealsModel::RolesColumn}) {
        m_table->setColumnHidden(column, true);
    }
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *tiles = new QHBoxLayout;
    tiles->addWidget(m_deals, 1);
    tiles->addWidget(m_jobs, 2);
    tiles->addWidget(m_capex, 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tiles);
    layout->addWidget(m_table, 1);

    // Double-click and Enter both activate.
    connect(m_table, &QTableView::activated, this, &DelegateImpactPanel::openDeal);
    connect(&m_session, &DatabaseSession::recordsChanged, this, &DelegateImpactPanel::reload);
}

void DelegateImpactPanel::showDelegate(const QString &delegateId)
{
    m_delegateId = delegateId;
    reload();
}

void DelegateImpactPanel::reload()
{
    QList<CreditedDeal> deals;
    std::optional<Error> failure;
    if (Database *db = m_session.database(); db && !m_delegateId.isEmpty()) {
        try {
            deals = CreditSummary(*db).dealsOf(m_delegateId);
        } catch (const Error &error) {
            deals.clear(); // no figures rather than figures short of the deals that could not be read
            failure = error;
        }
    }
    m_model->setDeals(deals);
    // Every credited deal in view without scrolling, up to five; the timeline gets the rest.
    const int rows = int(std::min<qsizetype>(deals.size(), 5));
    const QColor muted = toneColour(Tone::Muted, drawnBackground(m_deals), m_deals->palette());
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * rowHeight +
                            2 * m_table->frameWidth() + 2);
    if (failure) {
        //: In a delegate's impact panel, in place of the number of credited deals.
        m_deals->setText(tileText(muted, tr("Credited deals"), tr("cannot be read"), failure->message()));
        m_jobs->clear();
        m_capex->clear();
        m_table->hide();
        m_session.reportReadFailure(*failure);
        return;
    }
    const ImpactTotals totals = CreditSummary::totals(deals);
    const QLocale locale;
    const QString lost = totals.lostDeals > 0 ? tr("%n lost", nullptr, totals.lostDeals) : QString();
    m_deals->setText(tileText(muted, tr("Credited deals"), locale.toString(totals.deals), lost));
    const auto orNone = [](const QString &text) -> QString { return text.isEmpty() ? tr("none") : text; };
    m_jobs->setText(tileText(muted, tr("Direct jobs realised"), locale.toString(totals.jobsRealised),
                             tr("announced: %1").arg(locale.toString(totals.jobsAnnounced))));
    m_capex->setText(tileText(muted, tr("Capex realised"), orNone(formatAmounts(totals.capexRealised)),
                              tr("announced: %1").arg(orNone(formatAmounts(totals.capexAnnounced)))));
    m_table->setVisible(!deals.isEmpty());
}

QString DelegateImpactPanel::summaryText() const
{
    return QStringList{m_deals->text(), m_jobs->text(), m_capex->text()}.join(u'\n');
}

void DelegateImpactPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_delegateId.isEmpty()) {
        reload(); // the tiles' muted colour for the new palette
    }
}

void DelegateImpactPanel::openDeal(const QModelIndex &index)
{
    const QString id = m_model->dealId(index);
    if (!id.isEmpty()) {
        Q_EMIT openRecordRequested(RecordKind::Deal, id);
    }
}

} // namespace crm::ui
