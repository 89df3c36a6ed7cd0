#include "pipelineboard.h"

#include "commands/commandrunner.h"
#include "commands/recordcommands.h"
#include "databasesession.h"
#include "dialogs/stagemovedialog.h"
#include "domain/codelabels.h"
#include "domain/deal.h"
#include "domain/error.h"
#include "domain/referencedata.h"
#include "models/pipelinemodel.h"
#include "support/messagebox.h"
#include "support/texttone.h"
#include "views/pipelinecarddelegate.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
// A column's width in average characters: all eleven columns share the width of a 1366 px laptop
// screen at the narrowest, and stop growing at a comfortable card width on a wide monitor.
constexpr int narrowestColumnChars = 14;
constexpr int widestColumnChars = 30;

bool isAside(const QString &stage)
{
    return stage == u"on_hold"_s || stage == u"lost"_s;
}

QString moveRefusal(const FieldErrors &errors)
{
    QStringList lines;
    for (const FieldError &e : errors) {
        if (e.field == u"lost_reason"_s) {
            lines << PipelineBoard::tr("A deal moved to Lost needs a reason.");
        } else if (e.field == u"stage"_s) {
            lines << PipelineBoard::tr("Stage %1.").arg(e.message);
        } else {
            lines << PipelineBoard::tr("Date %1.").arg(e.message);
        }
    }
    return lines.join(u'\n');
}

void fillCombo(QComboBox *combo, const QString &anyText, const QList<std::pair<QString, QVariant>> &items)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText, QVariant());
    for (const auto &[text, value] : items) {
        combo->addItem(text, value);
    }
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}
} // namespace

PipelineBoard::PipelineBoard(DatabaseSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new PipelineModel(session, this)),
      m_countryFilter(new QComboBox(this)), m_sectorFilter(new QComboBox(this)), m_delegateFilter(new QComboBox(this)),
      m_yearFilter(new QComboBox(this)), m_nextStageAction(new QAction(tr("Move to &Next Stage"), this)),
      m_previousStageAction(new QAction(tr("Move to &Previous Stage"), this))
{
    setObjectName(u"pipelineBoard"_s);
    m_model->setObjectName(u"pipelineModel"_s);

    m_nextStageAction->setObjectName(u"nextStageAction"_s);
    m_nextStageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    m_nextStageAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_nextStageAction->setToolTip(tr("Move the selected deal to the next stage (Ctrl+Right)"));
    connect(m_nextStageAction, &QAction::triggered, this, [this] { moveCurrent(1); });
    m_previousStageAction->setObjectName(u"previousStageAction"_s);
    m_previousStageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
    m_previousStageAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_previousStageAction->setToolTip(tr("Move the selected deal to the previous stage (Ctrl+Left)"));
    connect(m_previousStageAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
    addAction(m_nextStageAction);
    addAction(m_previousStageAction);

    m_countryFilter->setObjectName(u"pipelineCountryFilter"_s);
    m_countryFilter->setAccessibleName(tr("Host country"));
    m_sectorFilter->setObjectName(u"pipelineSectorFilter"_s);
    m_sectorFilter->setAccessibleName(tr("Sector"));
    m_delegateFilter->setObjectName(u"pipelineDelegateFilter"_s);
    m_delegateFilter->setAccessibleName(tr("Delegate"));
    m_yearFilter->setObjectName(u"pipelineYearFilter"_s);
    m_yearFilter->setAccessibleName(tr("Year"));
    m_yearFilter->setToolTip(tr("Deals with a stage change in that year"));
    auto *filters = new QHBoxLayout;
    filters->setObjectName(u"pipelineFilterLayout"_s);
    for (QComboBox *combo : {m_countryFilter, m_sectorFilter, m_delegateFilter, m_yearFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        // As wide as its longest entry where there is room; narrower on a laptop screen.
        combo->setMinimumWidth(combo->fontMetrics().averageCharWidth() * 12);
        connect(combo, &QComboBox::currentIndexChanged, this, &PipelineBoard::applyFilters);
        filters->addWidget(combo);
    }
    auto *hint = new QLabel(tr("Drag a card, or press Ctrl+Right / Ctrl+Left, to change its stage"), this);
    hint->setObjectName(u"pipelineHint"_s);
    setTextTone(hint, Tone::Muted);
    hint->setWordWrap(true);
    filters->addWidget(hint, 1);

    auto *board = new QWidget(this);
    board->setObjectName(u"pipelineColumns"_s);
    auto *columns = new QHBoxLayout(board);
    columns->setObjectName(u"pipelineColumnsLayout"_s);
    columns->setContentsMargins(4, 4, 4, 4); // every pixel counts for eleven columns on a laptop
    columns->setSpacing(4);                  // ...and a French sidebar is 60 px wider than an English one
    auto *aside = new QFrame(board);
    aside->setObjectName(u"pipelineAside"_s);
    aside->setFrameShape(QFrame::StyledPanel);
    auto *asideLayout = new QHBoxLayout(aside);
    asideLayout->setObjectName(u"pipelineAsideLayout"_s);
    asideLayout->setContentsMargins(4, 0, 4, 0);
    asideLayout->setSpacing(4);
    for (const QString &stage : Deal::stages()) {
        const bool set = isAside(stage);
        QListView *view = createColumn(stage, set ? aside : board);
        auto *box = new QVBoxLayout;
        box->setObjectName(u"pipelineColumnLayout_"_s + stage);
        box->addWidget(m_headers.constLast());
        box->addWidget(view, 1);
        // One share of the width per column, the two set aside included.
        (set ? asideLayout : columns)->addLayout(box, 1);
    }
    columns->addSpacing(8);
    columns->addWidget(aside, int(asideLayout->count()));
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"pipelineScroll"_s);
    scroll->setWidget(board);
    scroll->setWidgetResizable(true);

    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(u"pipelineLayout"_s);
    layout->addLayout(filters);
    layout->addWidget(scroll, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &PipelineBoard::restoreRoots);
    connect(
        m_model, &PipelineModel::stageMoveRequested, this,
        [this](const QString &id, const QString &stage) { moveDeal(id, stage); }, Qt::QueuedConnection);
    connect(&m_session, &DatabaseSession::recordsChanged, this, &PipelineBoard::refresh);
    connect(&m_session, &DatabaseSession::databaseChanged, this, &PipelineBoard::refresh);
    restoreRoots();
    refillFilters();
}

QListView *PipelineBoard::createColumn(const QString &stage, QWidget *parent)
{
    auto *header = new QLabel(parent);
    header->setObjectName(u"pipelineHeader_"_s + stage);
    QFont font = header->font();
    font.setBold(true);
    header->setFont(font);
    // A long stage name wraps in a narrow column; two lines for every header keep the cards level.
    header->setWordWrap(true);
    header->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
    header->setMinimumHeight(QFontMetrics(font).lineSpacing() * 2);
    m_headers << header;

    auto *view = new QListView(parent);
    view->setObjectName(u"pipelineColumn_"_s + stage);
    view->setAccessibleName(codeLabel(stage));
    view->setModel(m_model);
    view->setItemDelegate(new PipelineCardDelegate(view));
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setDragEnabled(true);
    view->setAcceptDrops(true);
    view->setDropIndicatorShown(true);
    view->setDragDropMode(QAbstractItemView::DragDrop);
    view->setDefaultDropAction(Qt::MoveAction);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    const int charWidth = view->fontMetrics().averageCharWidth();
    view->setMinimumWidth(narrowestColumnChars * charWidth);
    view->setMaximumWidth(widestColumnChars * charWidth);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setWordWrap(true); // lays the cards out again when the column's width changes
    header->setMinimumWidth(view->minimumWidth());
    header->setMaximumWidth(view->maximumWidth());
    view->setToolTip(tr("Ctrl+Right / Ctrl+Left: move the selected deal to the next / previous stage"));
    view->installEventFilter(this);
    connect(view, &QListView::activated, this, [this](const QModelIndex &index) {
        if (const QString id = m_model->dealId(index); !id.isEmpty()) {
            Q_EMIT openRecordRequested(RecordKind::Deal, id);
        }
    });
    m_columns << view;
    return view;
}

QListView *PipelineBoard::column(const QString &stage) const
{
    const qsizetype i = Deal::stages().indexOf(stage);
    return i < 0 ? nullptr : m_columns.at(i);
}

void PipelineBoard::restoreRoots()
{
    // A reset drops each view's root; every column shows its stage's children again.
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        m_columns.at(i)->setRootIndex(m_model->index(static_cast<int>(i), 0));
        connect(m_columns.at(i)->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &PipelineBoard::updateActions, Qt::UniqueConnection);
    }
    updateHeaders();
    updateActions();
}

void PipelineBoard::updateHeaders()
{
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        const int count = m_model->index(static_cast<int>(i), 0).data(PipelineModel::CountRole).toInt();
        const QString label = codeLabel(Deal::stages().at(i));
        m_headers.at(i)->setText(tr("%1 (%2)").arg(label).arg(count));
        m_headers.at(i)->setToolTip(tr("%n deal(s) in %1", nullptr, count).arg(label));
    }
}

void PipelineBoard::refresh()
{
    const QString current = currentDealId();
    refillFilters();
    m_model->refresh();
    if (!current.isEmpty()) {
        selectDeal(current);
    }
}

void PipelineBoard::refillFilters()
{
    QList<PipelineCard> all;
    if (Database *db = m_session.database()) {
        try {
            all = Pipeline(*db).cards();
        } catch (const Error &error) {
            m_session.reportReadFailure(error); // the board, refreshed next, shows no card either
        }
    }
    QSet<QString> countries;
    QSet<QString> sectors;
    QSet<QString> delegates;
    QSet<int> years;
    for (const PipelineCard &card : std::as_const(all)) {
        countries.insert(card.hostCountry);
        sectors.insert(card.sector);
        for (const QString &id : card.delegateIds) {
            delegates.insert(id);
        }
        for (int year : card.stageYears) {
            years.insert(year);
        }
    }
    const auto sorted = [](QSet<QString> codes, const std::function<QString(const QString &)> &label) {
        QList<std::pair<QString, QVariant>> items;
        for (const QString &code : std::as_const(codes)) {
            if (!code.isEmpty()) {
                items.append({label(code), code});
            }
        }
        std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        return items;
    };
    fillCombo(m_countryFilter, tr("All host countries"),
              sorted(countries, [](const QString &code) { return reference::countryLabel(code); }));
    fillCombo(m_sectorFilter, tr("All sectors"), sorted(sectors, &codeLabel));
    RecordStore *store = m_session.store();
    fillCombo(m_delegateFilter, tr("All delegates"), sorted(delegates, [store](const QString &id) {
                  return store ? store->title(RecordKind::Delegate, id) : id;
              }));
    QList<int> yearList = years.values();
    std::sort(yearList.begin(), yearList.end(), std::greater<>());
    QList<std::pair<QString, QVariant>> yearItems;
    for (int year : std::as_const(yearList)) {
        yearItems.append({QString::number(year), year});
    }
    fillCombo(m_yearFilter, tr("All years"), yearItems);
}

void PipelineBoard::applyFilters()
{
    const QString current = currentDealId();
    PipelineFilter filter;
    filter.hostCountry = m_countryFilter->currentData().toString();
    filter.sector = m_sectorFilter->currentData().toString();
    filter.delegateId = m_delegateFilter->currentData().toString();
    filter.year = m_yearFilter->currentData().toInt();
    m_model->setFilter(filter);
    if (!current.isEmpty()) {
        selectDeal(current);
    }
}

QListView *PipelineBoard::currentColumn() const
{
    for (QListView *view : m_columns) {
        if (view->hasFocus()) {
            return view;
        }
    }
    return m_lastColumn;
}

QString PipelineBoard::currentDealId() const
{
    const QListView *view = currentColumn();
    return view ? m_model->dealId(view->currentIndex()) : QString();
}

bool PipelineBoard::selectDeal(const QString &dealId)
{
    const QModelIndex index = m_model->indexOf(dealId);
    if (!index.isValid()) {
        return false;
    }
    QListView *view = m_columns.at(index.parent().row());
    for (QListView *other : std::as_const(m_columns)) {
        if (other != view) {
            other->selectionModel()->clear();
        }
    }
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    view->scrollTo(index);
    m_lastColumn = view;
    if (isVisible()) {
        view->setFocus(Qt::OtherFocusReason);
    }
    updateActions();
    return true;
}

void PipelineBoard::focusColumn(qsizetype column, int row)
{
    QListView *view = m_columns.at(column);
    const QModelIndex root = view->rootIndex();
    const int count = m_model->rowCount(root);
    if (count == 0) {
        return;
    }
    selectDeal(m_model->dealId(m_model->index(std::min(row, count - 1), 0, root)));
    view->setFocus(Qt::OtherFocusReason);
}

bool PipelineBoard::eventFilter(QObject *watched, QEvent *event)
{
    auto *view = qobject_cast<QListView *>(watched);
    const qsizetype column = m_columns.indexOf(view);
    if (column >= 0 && event->type() == QEvent::FocusIn) {
        m_lastColumn = view;
        updateActions();
    }
    if (column >= 0 && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)) {
            // Left and Right go to the nearest column with cards, keeping the row where it can.
            const int step = key->key() == Qt::Key_Right ? 1 : -1;
            const int row = std::max(0, view->currentIndex().row());
            for (qsizetype next = column + step; next >= 0 && next < m_columns.size(); next += step) {
                if (m_model->rowCount(m_columns.at(next)->rootIndex()) > 0) {
                    focusColumn(next, row);
                    break;
                }
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PipelineBoard::updateActions()
{
    const QString id = currentDealId();
    // A database opened read-only shows the board; its cards do not move.
    const PipelineCard *card = m_session.isReadOnly() ? nullptr : m_model->card(m_model->indexOf(id));
    m_nextStageAction->setEnabled(card && !adjacentStage(card->stage, 1).isEmpty());
    m_previousStageAction->setEnabled(card && !adjacentStage(card->stage, -1).isEmpty());
}

void PipelineBoard::moveCurrent(int step)
{
    const QString id = currentDealId();
    const PipelineCard *card = m_model->card(m_model->indexOf(id));
    if (!card) {
        return;
    }
    if (const QString stage = adjacentStage(card->stage, step); !stage.isEmpty()) {
        moveDeal(id, stage);
    }
}

bool PipelineBoard::moveDeal(const QString &dealId, const QString &stage)
{
    RecordStore *store = m_session.store();
    Database *db = m_session.database();
    if (!store || !db) {
        return false;
    }
    if (m_session.isReadOnly()) {
        refresh(); // a card dropped on another stage goes back: the window's banner says why
        return false;
    }
    try {
        const QVariantMap deal = store->get(RecordKind::Deal, dealId);
        const QDate today = db->clock().today();
        const StageMoveAnswer answer = StageMoveDialog::ask(this, deal, stage, today);
        if (!answer.accepted) {
            return false;
        }
        const StageMove move = stageMove(deal, stage, answer.date, answer.lostReason, today);
        if (!move.accepted()) {
            MessageBox::critical(this, tr("Move Deal"), moveRefusal(move.errors));
            return false;
        }
        const QString text = tr("Move \u201c%1\u201d to %2").arg(deal.value(u"title"_s).toString(), codeLabel(stage));
        if (const auto error = CommandRunner::apply(
                *m_session.undoStack(),
                std::make_unique<UpdateRecordCommand>(m_session, RecordKind::Deal, dealId, move.changes, text))) {
            MessageBox::critical(this, tr("Move Deal"), error->message());
            return false;
        }
    } catch (const Error &error) {
        MessageBox::critical(this, tr("Move Deal"), error.message());
        return false;
    }
    selectDeal(dealId);
    return true;
}

} // namespace crm::ui
