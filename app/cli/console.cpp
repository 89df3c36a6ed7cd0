#include "console.h"

#include <QLocale>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace crm::cli::console {

void write(const QByteArray &utf8)
{
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stdout);
}

void line(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.append('\n');
    write(bytes);
}

void error(const QString &text)
{
    // Keep the order of interleaved output sensible when both streams go to one terminal.
    std::fflush(stdout);
    QByteArray bytes = text.toUtf8();
    bytes.append('\n');
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
}

void errorRaw(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDERR_FILENO) != 0;
#else
    return false;
#endif
}

QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r') {
            c = u' ';
        }
    }
    return text;
}

QString fileSizeLine(qint64 bytes)
{
    return u"file_size: "_s + QString::number(bytes) + u" bytes ("_s + QLocale::c().formattedDataSize(bytes) + u')';
}

} // namespace crm::cli::console
