#include "syncexportdialog.h"

#include "databasesession.h"
#include "domain/error.h"
#include "support/filedialog.h"
#include "support/screenfit.h"
#include "support/texttone.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {

SyncExportDialog::SyncExportDialog(DatabaseSession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_peer(new QComboBox(this)), m_pending(new QLabel(this)),
      m_passphrase(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_file(new QLineEdit(this)),
      m_error(new QLabel(this)), m_exportButton(new QPushButton(tr("&Export"), this))
{
    setObjectName(u"syncExportDialog"_s);
    setWindowTitle(tr("Export Changes"));
    auto *intro = new QLabel(tr("Writes the changes made or received here that the chosen replica does not have "
                                "yet into one package file. Take the file there and import it with Sync › Import "
                                "Changes."),
                             this);
    intro->setObjectName(u"exportIntro"_s);
    intro->setWordWrap(true);

    m_peer->setObjectName(u"peerCombo"_s);
    connect(m_peer, &QComboBox::currentIndexChanged, this, &SyncExportDialog::updatePending);
    m_pending->setObjectName(u"pendingLabel"_s);
    m_passphrase->setObjectName(u"passphraseEdit"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Optional"));
    m_repeat->setObjectName(u"passphraseRepeatEdit"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    auto *passphraseHint = new QLabel(tr("With a passphrase the package is encrypted: it cannot be opened, nor "
                                         "imported, without it. Give it to the other side separately from the file."),
                                      this);
    passphraseHint->setObjectName(u"passphraseHint"_s);
    passphraseHint->setWordWrap(true);
    passphraseHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_file->setObjectName(u"exportFileEdit"_s);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"browseButton"_s);
    connect(browse, &QPushButton::clicked, this, &SyncExportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->setObjectName(u"exportForm"_s);
    form->addRow(tr("&For:"), m_peer);
    form->addRow(QString(), m_pending);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat passphrase:"), m_repeat);
    form->addRow(QString(), passphraseHint);
    form->addRow(tr("&File:"), fileRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(fileRow))) {
        label->setBuddy(m_file);
    }

    m_error->setObjectName(u"exportError"_s);
    m_error->setWordWrap(true);
    setTextTone(m_error, Tone::Error);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"buttonBox"_s);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setDefault(true);
    buttons->addButton(m_exportButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &SyncExportDialog::exportChanges);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setObjectName(u"exportLayout"_s);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    loadPeers();
    // Tall enough for the wrapped explanations at this width: a top-level window does not ask its
    // layout's height for width by itself.
    const int width = 560;
    fitToScreen(this, QSize(width, layout->heightForWidth(width)));
}

void SyncExportDialog::loadPeers()
{
    m_peer->clear();
    if (Database *db = m_session.database()) {
        try {
            m_status = Synchronizer(*db).status();
        } catch (const Error &error) {
            showError(error.message());
        }
    }
    for (const SyncPeerStatus &peer : std::as_const(m_status.peers)) {
        m_peer->addItem(peer.name.isEmpty() ? peer.replicaId : peer.name, peer.replicaId);
    }
    if (m_status.peers.isEmpty()) {
        showError(tr("This database has no replica to send changes to yet. Prepare a mission laptop first "
                     "(Sync › Prepare Mission Laptop), or import a package from one."));
    }
    m_exportButton->setEnabled(!m_status.peers.isEmpty());
    updatePending();
}

void SyncExportDialog::updatePending()
{
    const int index = m_peer->currentIndex();
    if (index < 0 || index >= m_status.peers.size()) {
        m_pending->clear();
        return;
    }
    const qint64 pending = m_status.peers.at(index).pendingChanges;
    m_pending->setText(pending > 0 ? tr("%n change(s) to send.", nullptr, static_cast<int>(pending))
                                   : tr("Nothing new to send."));
}

void SyncExportDialog::chooseFile()
{
    const QString peer = m_peer->currentText().isEmpty() ? tr("changes") : m_peer->currentText();
    //: The suggested file name of a sync package: the peer's name and today's date.
    const QString title = tr("%1 %2").arg(peer, m_session.clock().today().toString(Qt::ISODate));
    const QString start = m_file->text().isEmpty()
                              ? FileDialog::suggestedPath(QStandardPaths::DocumentsLocation, title, u".crmsync"_s)
                              : m_file->text();
    const QString path = FileDialog::saveFileName(this, tr("Export Changes"), start,
                                                  tr("Delegates CRM sync packages (*.crmsync);;All files (*)"));
    if (!path.isEmpty()) {
        m_file->setText(QDir::toNativeSeparators(path));
    }
}

bool SyncExportDialog::exportChanges()
{
    m_error->hide();
    Database *db = m_session.database();
    const int index = m_peer->currentIndex();
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (!db || index < 0) {
        return false;
    }
    if (m_passphrase->text() != m_repeat->text()) {
        showError(tr("The two passphrases differ. Type the same passphrase twice, or leave both empty."));
        m_repeat->setFocus();
        return false;
    }
    if (path.isEmpty()) {
        showError(tr("Choose the file to write."));
        m_file->setFocus();
        return false;
    }
    try {
        m_result = Synchronizer(*db).exportTo(m_peer->currentData().toString(), path, m_passphrase->text());
    } catch (const Error &error) {
        m_result.reset();
        showError(error.message());
        return false;
    }
    accept();
    return true;
}

QString SyncExportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SyncExportDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace crm::ui
