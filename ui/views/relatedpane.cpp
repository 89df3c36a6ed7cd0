#include "relatedpane.h"

#include "databasesession.h"
#include "domain/error.h"
#include "forms/errorlabel.h"
#include "models/listcolumns.h"
#include "models/recordkindlabel.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;

QString viaLabel(const RelatedGroup &group)
{
    const QString kinds = recordKindPluralLabel(group.kind);
    if (group.outgoing) {
        return group.records.size() == 1 ? recordKindLabel(group.kind) : kinds;
    }
    // "Meetings (attendees)": which list or field of theirs names this record.
    QString via = group.via;
    via.remove(u"_id"_s).replace(u'_', u' ');
    return RelatedPane::tr("%1 (%2)").arg(kinds, via);
}
} // namespace

RelatedPane::RelatedPane(DatabaseSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_tree(new QTreeWidget(this)), m_error(new ErrorLabel(this))
{
    m_error->setObjectName(u"relatedErrorLabel"_s);
    m_error->hide();
    m_tree->setObjectName(u"relatedList"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Related records"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, IdRole).toString();
        if (!id.isEmpty()) {
            Q_EMIT openRecordRequested(static_cast<RecordKind>(item->data(0, KindRole).toInt()), id);
        }
    });
}

void RelatedPane::showRecord(RecordKind kind, const QString &id)
{
    m_tree->clear();
    m_error->hide();
    if (id.isEmpty() || !m_session.query()) {
        return;
    }
    QList<RelatedGroup> groups;
    try {
        groups = m_session.query()->related(kind, id);
    } catch (const Error &error) {
        // A record that is gone has nothing related (no error); this one could not be read: say so
        // rather than show an empty pane, or some of the groups as if they were all.
        //: Instead of the related records when the database could not be read.
        m_error->setText(tr("The related records cannot be read: %1").arg(error.message()));
        m_error->show();
        m_session.reportReadFailure(error);
        return;
    }
    for (const RelatedGroup &group : groups) {
        const QLocale locale;
        const QString count = group.total > group.records.size()
                                  ? tr("first %1 of %2", "related records listed of all there are")
                                        .arg(locale.toString(group.records.size()), locale.toString(group.total))
                                  : locale.toString(group.records.size());
        auto *heading = new QTreeWidgetItem(m_tree, {viaLabel(group) + u" · "_s + count});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        for (const RecordRef &ref : group.records) {
            auto *item = new QTreeWidgetItem(heading, {ref.title});
            item->setData(0, KindRole, static_cast<int>(ref.kind));
            item->setData(0, IdRole, ref.id);
        }
        heading->setExpanded(true);
    }
}

} // namespace crm::ui
