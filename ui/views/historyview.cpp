#include "historyview.h"

#include "commands/recordcommands.h"
#include "databasesession.h"
#include "domain/error.h"
#include "models/historymodel.h"
#include "models/recordkindlabel.h"
#include "models/recordtitle.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {

HistoryView::HistoryView(DatabaseSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new HistoryModel(this)), m_titleLabel(new QLabel(this)),
      m_table(new QTableView(this))
{
    setObjectName(u"historyView"_s);
    m_model->setObjectName(u"historyModel"_s);
    m_titleLabel->setObjectName(u"historyTitleLabel"_s);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_table->setObjectName(u"historyTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(u"historyLayout"_s);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_table, 1);

    connect(&m_session, &DatabaseSession::recordsChanged, this, &HistoryView::changed);
    connect(&m_session, &DatabaseSession::databaseChanged, this, [this] { setRecord(m_kind, {}); });
}

HistoryView::RefreshHold::~RefreshHold()
{
    m_view.m_held = false;
    if (std::exchange(m_view.m_stale, false)) {
        m_view.refresh();
    }
}

void HistoryView::setRecord(RecordKind kind, const QString &id)
{
    m_kind = kind;
    m_id = id;
    refresh();
}

void HistoryView::setRecord(RecordKind kind, const QString &id, const QString &title)
{
    m_kind = kind;
    m_id = id;
    refresh(title);
}

void HistoryView::changed()
{
    if (m_held) {
        m_stale = true;
    } else {
        refresh();
    }
}

void HistoryView::refresh(const std::optional<QString> &knownTitle)
{
    m_stale = false;
    QString title;
    std::optional<Error> failure;
    if (!m_id.isEmpty() && m_session.store()) {
        try {
            const std::optional<QString> name =
                knownTitle ? knownTitle : titleIfExists(*m_session.store(), m_kind, m_id);
            if (name) {
                title = tr("History of %1 \u201c%2\u201d").arg(recordKindLabel(m_kind), *name);
            } else {
                m_id.clear(); // purged: nothing is left to show
            }
        } catch (const Error &error) {
            failure = error; // m_id kept: the next refresh tries again
        }
    }
    const std::optional<Records> records =
        failure || !m_session.store() ? std::nullopt : std::optional<Records>(recordsOf(m_session));
    m_model->setRecord(records ? &*records : nullptr, m_kind, m_id);
    if (!failure) {
        failure = m_model->readFailure();
    }
    if (failure) {
        //: Above the empty history of a record when the database could not be read.
        title = tr("The history cannot be read: %1").arg(failure->message());
        m_session.reportReadFailure(*failure);
    }
    m_titleLabel->setText(title);
    m_table->resizeColumnsToContents();
}

} // namespace crm::ui
