#include "syncstatuswidget.h"

#include "databasesession.h"
#include "dialogs/synctext.h"
#include "domain/error.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
const QString kSeparator = u" \u00b7 "_s;

QDateTime lastExchange(const SyncPeerStatus &peer)
{
    if (!peer.lastImportAt.isValid()) {
        return peer.lastExportAt;
    }
    return peer.lastExportAt.isValid() ? qMax(peer.lastImportAt, peer.lastExportAt) : peer.lastImportAt;
}

QString peerName(const SyncPeerStatus &peer)
{
    return peer.name.isEmpty() ? peer.replicaId : peer.name;
}
} // namespace

SyncStatusWidget::SyncStatusWidget(DatabaseSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_summary(new QLabel(this)), m_conflicts(new QLabel(this))
{
    setObjectName(u"syncStatus"_s);
    setCursor(Qt::PointingHandCursor);
    m_summary->setObjectName(u"syncSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_conflicts->setObjectName(u"syncConflictsLink"_s);
    m_conflicts->setTextFormat(Qt::RichText);
    m_conflicts->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_conflicts, &QLabel::linkActivated, this, &SyncStatusWidget::reviewRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setObjectName(u"syncStatusLayout"_s);
    layout->setContentsMargins(0, 0, 12, 0); // apart from the officer's name that follows
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(m_conflicts);
    connect(&m_session, &DatabaseSession::databaseChanged, this, &SyncStatusWidget::refresh);
    connect(&m_session, &DatabaseSession::recordsChanged, this, &SyncStatusWidget::refresh);
    refresh();
}

void SyncStatusWidget::refresh()
{
    m_status = {};
    if (Database *db = m_session.database()) {
        try {
            m_status = Synchronizer(*db).status();
        } catch (const Error &error) {
            // Hidden, it would pass for sync being off: say it cannot be read, and why in the message box.
            m_status = {};
            m_session.reportReadFailure(error);
            //: Status bar, instead of the sync status, when the database could not be read.
            m_summary->setText(tr("Sync status cannot be read"));
            m_conflicts->hide();
            setToolTip(error.message());
            show();
            return;
        }
    }
    if (!m_status.enabled) {
        hide();
        return;
    }

    QStringList parts{m_status.replicaName.isEmpty() ? tr("This replica") : m_status.replicaName};
    const SyncPeerStatus *latest = nullptr;
    for (const SyncPeerStatus &peer : std::as_const(m_status.peers)) {
        if (!latest || lastExchange(peer) > lastExchange(*latest)) {
            latest = &peer;
        }
    }
    if (!latest) {
        parts << tr("no peers yet");
    } else {
        const QDateTime at = lastExchange(*latest);
        //: Status bar: the peer this replica last exchanged a package with, and when (local time).
        parts << (at.isValid() ? tr("last sync with %1: %2").arg(peerName(*latest), syncWhenText(at))
                               : tr("not synced yet with %1").arg(peerName(*latest)));
        parts << (latest->pendingChanges > 0
                      ? tr("%n change(s) to send", nullptr, static_cast<int>(latest->pendingChanges))
                      : tr("nothing to send"));
    }
    m_summary->setText(parts.join(kSeparator));
    const int conflicts = static_cast<int>(m_status.unresolvedConflicts);
    // Rich text drops a leading space: the separator's spaces are non-breaking there.
    m_conflicts->setText(u"&nbsp;\u00b7&nbsp;<a href=\"#conflicts\">%1</a>"_s.arg(
        tr("%n conflict(s)", nullptr, conflicts).toHtmlEscaped()));
    m_conflicts->setVisible(conflicts > 0);
    setToolTip(peerToolTip());
    show();
}

QString SyncStatusWidget::text() const
{
    QString result = m_summary->text();
    if (!m_conflicts->isHidden()) {
        result += kSeparator + tr("%n conflict(s)", nullptr, static_cast<int>(m_status.unresolvedConflicts));
    }
    return result;
}

QString SyncStatusWidget::peerToolTip() const
{
    QStringList lines;
    for (const SyncPeerStatus &peer : m_status.peers) {
        //: Status bar tooltip, one line per peer: its name, the last package received from it and
        //: sent to it (local times), and the changes it has not acknowledged yet.
        lines << tr("%1: received %2, sent %3, %n change(s) to send", nullptr, static_cast<int>(peer.pendingChanges))
                     .arg(peerName(peer), syncWhenText(peer.lastImportAt), syncWhenText(peer.lastExportAt));
    }
    if (lines.isEmpty()) {
        lines << tr("No mission laptop prepared from this database yet.");
    }
    if (m_status.unresolvedConflicts > 0) {
        lines << tr("Click to review the conflicts.");
    }
    return lines.join(u'\n');
}

void SyncStatusWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT reviewRequested();
    }
    QWidget::mouseReleaseEvent(event);
}

} // namespace crm::ui
