#pragma once

#include <QByteArray>
#include <QString>

// Standard output and error as UTF-8 whatever the locale, so Japanese and Arabic names survive
// pipes and redirections. stdout stays buffered by stdio: listing a million records must not
// cost a system call per line.
namespace crm::cli::console {

void write(const QByteArray &utf8);
void line(const QString &text);
void error(const QString &text);
// Writes to stderr without a newline (progress that rewrites itself with '\r').
void errorRaw(const QString &text);
bool stderrIsTerminal();
// "file_size: 2345 bytes (2.29 KiB)": the last result line of the commands that write a file.
QString fileSizeLine(qint64 bytes);
// Text that must fit on one line of plain output: tabs and line breaks become spaces.
QString oneLine(QString text);

} // namespace crm::cli::console
