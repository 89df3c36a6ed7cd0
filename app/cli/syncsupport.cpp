#include "syncsupport.h"

#include "console.h"
#include "domain/fieldmap.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace crm::cli::syncsupport {
namespace {
struct SyncSupportTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::SyncSupport)
};

const QString kPassphraseFile = u"passphrase-file"_s;
// A passphrase is a line someone typed, not a file to slurp: a key file given by mistake stops here.
constexpr qint64 kMaxPassphraseLine = 4096;
} // namespace

QString passphrase(const Invocation &invocation)
{
    if (!invocation.has(kPassphraseFile)) {
        return {};
    }
    const QString source = invocation.value(kPassphraseFile);
    QFile file;
    bool opened = false;
    if (source == u"-"_s) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else if (!QFileInfo(source).isDir()) {
        file.setFileName(source);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        const QString reason = QFileInfo(source).isDir() ? SyncSupportTr::tr("it is a folder") : file.errorString();
        throw UsageError(SyncSupportTr::tr("--%1: cannot read %2: %3")
                             .arg(kPassphraseFile, QDir::toNativeSeparators(source), reason));
    }
    QByteArray line = file.readLine(kMaxPassphraseLine);
    if (line.startsWith("\xEF\xBB\xBF")) {
        line.remove(0, 3); // a byte order mark some editors write
    }
    // Only the line end goes: spaces are part of a passphrase.
    if (line.endsWith('\n')) {
        line.chop(1);
    }
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    if (line.isEmpty()) {
        const QString name = source == u"-"_s ? SyncSupportTr::tr("standard input") : QDir::toNativeSeparators(source);
        throw UsageError(
            SyncSupportTr::tr("--%1: %2 is empty; its first line must hold the passphrase").arg(kPassphraseFile, name));
    }
    return QString::fromUtf8(line);
}

void checkReadable(const QString &path)
{
    const QFileInfo info(path);
    QString reason;
    if (!info.exists()) {
        reason = SyncSupportTr::tr("no such file");
    } else if (info.isDir()) {
        reason = SyncSupportTr::tr("it is a folder");
    } else if (!info.isReadable()) {
        reason = SyncSupportTr::tr("permission denied");
    }
    if (!reason.isEmpty()) {
        throw UsageError(SyncSupportTr::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), reason));
    }
}

QStringList listOption(const Invocation &invocation, const QString &option)
{
    QStringList values;
    for (const QString &value : invocation.values(option)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty()) {
                values << part.trimmed();
            }
        }
    }
    return values;
}

ProgressPrinter::ProgressPrinter(QString action) : m_action(std::move(action)), m_terminal(console::stderrIsTerminal())
{}

SyncProgress ProgressPrinter::callback()
{
    if (!m_terminal) {
        return {};
    }
    return [this](qint64 done, qint64 total) { return report(done, total); };
}

bool ProgressPrinter::report(qint64 done, qint64 total)
{
    const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
    if (percent <= m_shown) {
        return true;
    }
    m_shown = percent;
    // Percent only: prepare reports steps of 100, import counts changes.
    console::errorRaw(u'\r' + SyncSupportTr::tr("%1: %2%").arg(m_action).arg(percent));
    return true;
}

void ProgressPrinter::finish()
{
    if (m_shown >= 0) {
        console::errorRaw(u"\n"_s);
        m_shown = -1;
    }
}

QString humanTime(const QDateTime &utc)
{
    if (!utc.isValid()) {
        return SyncSupportTr::tr("never");
    }
    return utc.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
}

QVariant isoOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(mapvalue::isoInstant(utc)) : QVariant();
}

} // namespace crm::cli::syncsupport
