#include "dealimpactpanel.h"

#include "databasesession.h"
#include "domain/codelabels.h"
#include "domain/dateformat.h"
#include "domain/deal.h"
#include "domain/error.h"
#include "domain/partialdate.h"
#include "domain/recordcodec.h"
#include "models/recordtitle.h"
#include "reports/dealimpact.h"
#include "support/themecolours.h"
#include "support/timelinestyle.h"

#include <QEvent>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
QLabel *summaryLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                   Qt::LinksAccessibleByKeyboard);
    return label;
}

// A span of rich text in colour.
QString coloured(const QColor &colour, const QString &html)
{
    return u"<span style='color:"_s + colour.name() + u"'>"_s + html + u"</span>"_s;
}

QTableWidgetItem *item(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    cell->setTextAlignment(alignment);
    return cell;
}

QString cellToolTip(const QString &status, const ImpactCell &cell, const QLocale &locale)
{
    if (cell.isEmpty()) {
        return {};
    }
    const QString value = impactValueText(cell, locale);
    if (!cell.asOf) {
        return DealImpactPanel::tr("%1: %2, undated").arg(codeLabel(status), value);
    }
    return DealImpactPanel::tr("%1: %2 as of %3").arg(codeLabel(status), value, formatDate(*cell.asOf, locale));
}
} // namespace

DealImpactPanel::DealImpactPanel(DatabaseSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_stages(summaryLabel(u"dealStages"_s, this)),
      m_credits(summaryLabel(u"dealCredits"_s, this)), m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(u"dealImpactPanel"_s);
    m_stages->setToolTip(tr("The deal's stage history; ↩ marks a setback (back to an earlier stage, on hold or lost)"));
    m_table->setObjectName(u"dealImpactTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Impact"), codeLabel(u"planned"_s), codeLabel(u"announced"_s),
                                        codeLabel(u"realised"_s), tr("Realised /\nannounced")});
    m_table->horizontalHeaderItem(RatioColumn)
        ->setToolTip(tr("The latest realised figure as a share of the latest announced one"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->hide();
    // Two lines a row, the value above its as-of month: the table fits beside the deal's form.
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RatioColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(2 * fontMetrics().lineSpacing() + 8);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stages);
    layout->addWidget(m_credits);
    layout->addWidget(m_table);

    connect(m_credits, &QLabel::linkActivated, this, &DealImpactPanel::openLink);
    connect(&m_session, &DatabaseSession::recordsChanged, this, &DealImpactPanel::reload);
    reload();
}

void DealImpactPanel::showDeal(const QString &dealId)
{
    m_dealId = dealId;
    reload();
}

void DealImpactPanel::reload()
{
    Deal deal;
    if (RecordStore *store = m_session.store(); store && !m_dealId.isEmpty()) {
        try {
            deal = readStoredRecord<Deal>(store->get(RecordKind::Deal, m_dealId, MapFormat::Storage));
        } catch (const Error &error) {
            deal = Deal(); // gone (purged), which the record pane says, or not read: reported too
            if (error.kind() != Error::Kind::NotFound) {
                m_session.reportReadFailure(error);
            }
        }
    }
    const QLocale locale;
    // Picked for the palette the labels are drawn on, light or dark (and again when it changes).
    const QColor background = drawnBackground(m_stages);
    const QColor grey = toneColour(Tone::Muted, background, m_stages->palette());
    const QColor setback = timelineSetbackColour(background);
    const auto heading = [&grey](const QString &text) -> QString {
        return coloured(grey, text.toHtmlEscaped()) + u' ';
    };

    QStringList steps;
    for (const StageStep &step : stagePath(deal.stageHistory)) {
        // Non-breaking inside a step: the line wraps between steps only.
        QString text = codeLabel(step.stage).toHtmlEscaped().replace(u' ', u"&nbsp;"_s);
        if (step.date) {
            text += u"&nbsp;"_s + PartialDate::ofMonth(step.date->year(), step.date->month())
                                      .toDisplay()
                                      .toHtmlEscaped()
                                      .replace(u' ', u"&nbsp;"_s);
        }
        if (step.setback) {
            text = coloured(setback, u"↩&nbsp;"_s + text);
        }
        steps << text;
    }
    m_stages->setText(steps.isEmpty() ? QString() : heading(tr("Stages")) + steps.join(u" → "_s));
    m_stages->setVisible(!steps.isEmpty());

    QStringList parties;
    for (const CreditedParty &party : creditedParties(deal.credits)) {
        const std::optional<RecordKind> kind = kindFromName(party.kind);
        const QString name = kind ? recordTitle(*kind, party.id) : party.id;
        QStringList roles;
        for (const QString &role : party.roles) {
            roles << codeLabel(role);
        }
        QString text = u"<a href='"_s + party.kind + u'/' + party.id + u"'>"_s + name.toHtmlEscaped() + u"</a>"_s;
        if (!roles.isEmpty()) {
            text += u' ' + coloured(grey, u'(' + roles.join(u", "_s).toHtmlEscaped() + u')');
        }
        parties << text;
    }
    m_credits->setText(parties.isEmpty() ? QString() : heading(tr("Credited")) + parties.join(u" · "_s));
    m_credits->setVisible(!parties.isEmpty());

    const QList<DealImpactRow> rows = dealImpact(deal.impact);
    m_table->clearContents();
    m_table->setRowCount(int(rows.size()));
    const Qt::Alignment number = Qt::AlignRight | Qt::AlignVCenter;
    for (int r = 0; r < int(rows.size()); ++r) {
        const DealImpactRow &row = rows[r];
        m_table->setItem(r, IndicatorColumn, item(codeLabel(row.indicator)));
        const QList<std::pair<int, QString>> cells{
            {PlannedColumn, u"planned"_s}, {AnnouncedColumn, u"announced"_s}, {RealisedColumn, u"realised"_s}};
        for (const auto &[column, status] : cells) {
            const ImpactCell &figure = row.cell(status);
            QTableWidgetItem *cell =
                item(figure.isEmpty() ? QString() : impactValueText(figure, locale) + u'\n' + impactAsOfText(figure),
                     number);
            cell->setToolTip(cellToolTip(status, figure, locale));
            m_table->setItem(r, column, cell);
        }
        QTableWidgetItem *ratio = item(comparisonText(row, locale), number);
        if (row.comparison.outcome != ImpactComparison::Outcome::Compared) {
            // A reason, not a figure: quieter than the numbers.
            ratio->setForeground(listToneColour(Tone::Muted, m_table->palette()));
            QFont font = ratio->font();
            font.setItalic(true);
            ratio->setFont(font);
        }
        m_table->setItem(r, RatioColumn, ratio);
    }
    // Every indicator in view without scrolling: there are six at most.
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + int(rows.size()) * rowHeight +
                            2 * m_table->frameWidth() + 2);
    m_table->setVisible(!rows.isEmpty());
}

void DealImpactPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        reload(); // the muted and setback colours for the new palette
    }
}

QString DealImpactPanel::stagesText() const
{
    return m_stages->isHidden() ? QString() : QTextDocumentFragment::fromHtml(m_stages->text()).toPlainText();
}

QString DealImpactPanel::creditsText() const
{
    return m_credits->isHidden() ? QString() : QTextDocumentFragment::fromHtml(m_credits->text()).toPlainText();
}

bool DealImpactPanel::isEmpty() const
{
    return m_stages->isHidden() && m_credits->isHidden() && m_table->isHidden();
}

void DealImpactPanel::openLink(const QString &link)
{
    const std::optional<RecordKind> kind = kindFromName(link.section(u'/', 0, 0));
    const QString id = link.section(u'/', 1);
    if (kind && !id.isEmpty()) {
        Q_EMIT openRecordRequested(*kind, id);
    }
}

QString DealImpactPanel::recordTitle(RecordKind kind, const QString &id) const
{
    try {
        return titleIfExists(*m_session.store(), kind, id).value_or(tr("(record not found)"));
    } catch (const Error &error) {
        m_session.reportReadFailure(error);
        //: A credited delegate, agency or mission whose record the damaged database could not give.
        return tr("(cannot be read)");
    }
}

} // namespace crm::ui
