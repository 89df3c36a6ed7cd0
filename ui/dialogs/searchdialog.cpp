#include "searchdialog.h"

#include "databasesession.h"
#include "domain/error.h"
#include "models/searchresultsmodel.h"
#include "services/search.h"
#include "support/screenfit.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
// Long enough to skip the searches of a word typed fast, short enough to feel instant.
constexpr int kTypingPauseMs = 90;
constexpr int kHitsPerKind = 8;
} // namespace

SearchDialog::SearchDialog(DatabaseSession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_box(new QLineEdit(this)), m_results(new QTreeView(this)),
      m_model(new SearchResultsModel(this)), m_status(new QLabel(this)), m_typingPause(new QTimer(this))
{
    setWindowTitle(tr("Search Everything"));
    m_box->setObjectName(u"searchBox"_s);
    m_box->setPlaceholderText(tr("Names in any script, aliases, places, words from notes…"));
    m_box->setClearButtonEnabled(true);
    m_box->setAccessibleName(tr("Search for"));
    m_box->installEventFilter(this);

    m_results->setObjectName(u"searchResults"_s);
    m_results->setAccessibleName(tr("Results"));
    m_results->setModel(m_model);
    m_results->setRootIsDecorated(false);
    m_results->setItemsExpandable(false);
    m_results->setUniformRowHeights(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->header()->setSectionResizeMode(SearchResultsModel::TitleColumn, QHeaderView::Interactive);
    m_results->header()->setStretchLastSection(true);
    m_results->setColumnWidth(SearchResultsModel::TitleColumn, 340);
    m_status->setObjectName(u"searchStatus"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_box);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    fitToScreen(this, QSize(760, 460));

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(kTypingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &SearchDialog::searchNow);
    connect(m_box, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_results, &QTreeView::activated, this, &SearchDialog::openCurrent);
    m_status->setText(tr("Type a part of any name or text."));
    m_box->setFocus(); // the box keeps the keyboard: Up, Down and Enter reach the results from it
    // A click leaves the keyboard in the box; Tab still reaches the results, so a screen reader reads them.
    m_results->setFocusPolicy(Qt::TabFocus);
}

void SearchDialog::searchNow()
{
    m_typingPause->stop();
    const QString text = m_box->text().trimmed();
    QList<SearchHit> hits;
    if (!text.isEmpty() && m_session.database()) {
        try {
            hits = Search(*m_session.database()).search({text, {}, kHitsPerKind});
        } catch (const Error &error) {
            hits.clear(); // nothing rather than the hits of the kinds read before the damage
            m_status->setText(error.message());
            m_session.reportReadFailure(error);
        }
    }
    m_model->setHits(hits);
    m_results->expandAll();
    if (text.isEmpty()) {
        m_status->setText(tr("Type a part of any name or text."));
    } else if (hits.isEmpty()) {
        m_status->setText(tr("Nothing found for “%1”.").arg(text));
    } else {
        m_status->setText(tr("%n found; Enter opens the chosen one.", "", m_model->hitCount()));
        m_results->setCurrentIndex(m_model->firstHit());
    }
}

void SearchDialog::openCurrent()
{
    if (m_typingPause->isActive()) {
        searchNow(); // Enter typed before the pause: search what is there first
    }
    QModelIndex current = m_results->currentIndex();
    if (!m_model->hitAt(current)) {
        current = m_model->firstHit();
    }
    if (const std::optional<SearchHit> hit = m_model->hitAt(current)) {
        accept();
        Q_EMIT openRequested(hit->kind, hit->id);
    }
}

// The next or previous hit in display order, across groups; group headings are skipped.
void SearchDialog::moveSelection(int step)
{
    QList<QModelIndex> hits;
    for (int group = 0; group < m_model->rowCount(); ++group) {
        const QModelIndex parent = m_model->index(group, 0);
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            hits << m_model->index(row, 0, parent);
        }
    }
    if (hits.isEmpty()) {
        return;
    }
    const qsizetype at = hits.indexOf(m_results->currentIndex().siblingAtColumn(0));
    const qsizetype next = at < 0 ? 0 : std::clamp<qsizetype>(at + step, 0, hits.size() - 1);
    m_results->setCurrentIndex(hits.at(next));
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_box && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrent();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace crm::ui
