#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// Hand-made .xlsx packages for the reader's refusals: a zip writer small enough to read (stored or
// deflated entries, a declared size that can lie) and the few parts a minimal workbook needs.
namespace crm::test {

struct ZipEntry
{
    QString name;
    QByteArray data;
    bool deflate = false;
    // The uncompressed size the headers declare; -1 for the true one (a zip bomb lies here).
    qint64 declaredSize = -1;
};

QByteArray makeZip(const QList<ZipEntry> &entries);

// The parts of a one-sheet workbook named sheetName around sheetXml's <sheetData> content, with
// optional shared strings (<si> items) and styles (a <styleSheet> body).
QHash<QString, QByteArray> workbookParts(const QByteArray &sheetData, const QByteArray &sharedStrings = {},
                                         const QByteArray &styles = {},
                                         const QString &sheetName = QStringLiteral("Sheet1"));
QByteArray zipOf(const QHash<QString, QByteArray> &parts);

// The path of a file in tests/data/interchange.
QString interchangeFile(const QString &name);

} // namespace crm::test
