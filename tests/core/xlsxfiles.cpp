#include "xlsxfiles.h"

#include <QtEndian>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace crm::test {
namespace {

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1U) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            }
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : data) {
        crc = table[(crc ^ static_cast<quint8>(byte)) & 0xFFU] ^ (crc >> 8);
    }
    return crc ^ 0xFFFFFFFFU;
}

void put16(QByteArray &to, quint32 value)
{
    char bytes[2];
    qToLittleEndian(static_cast<quint16>(value), bytes);
    to.append(bytes, 2);
}

void put32(QByteArray &to, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    to.append(bytes, 4);
}

} // namespace

QByteArray makeZip(const QList<ZipEntry> &entries)
{
    QByteArray zip;
    QByteArray directory;
    for (const ZipEntry &entry : entries) {
        const QByteArray name = entry.name.toUtf8();
        // qCompress is a 4-byte length, then a zlib stream: a 2-byte header, raw deflate, an Adler-32.
        const QByteArray stored = entry.deflate ? qCompress(entry.data, 1).mid(6).chopped(4) : entry.data;
        const auto size = static_cast<quint32>(entry.declaredSize >= 0 ? entry.declaredSize : entry.data.size());
        const quint32 crc = crc32(entry.data);
        const auto offset = static_cast<quint32>(zip.size());
        const quint32 method = entry.deflate ? 8 : 0;

        put32(zip, 0x04034b50);
        put16(zip, 20);
        put16(zip, 0x0800); // UTF-8 names
        put16(zip, method);
        put32(zip, 0); // time and date
        put32(zip, crc);
        put32(zip, static_cast<quint32>(stored.size()));
        put32(zip, size);
        put16(zip, static_cast<quint32>(name.size()));
        put16(zip, 0);
        zip += name + stored;

        put32(directory, 0x02014b50);
        put16(directory, 20);
        put16(directory, 20);
        put16(directory, 0x0800);
        put16(directory, method);
        put32(directory, 0);
        put32(directory, crc);
        put32(directory, static_cast<quint32>(stored.size()));
        put32(directory, size);
        put16(directory, static_cast<quint32>(name.size()));
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory += name;
    }
    const auto directoryOffset = static_cast<quint32>(zip.size());
    zip += directory;
    put32(zip, 0x06054b50);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, static_cast<quint32>(entries.size()));
    put16(zip, static_cast<quint32>(entries.size()));
    put32(zip, static_cast<quint32>(directory.size()));
    put32(zip, directoryOffset);
    put16(zip, 0);
    return zip;
}

QHash<QString, QByteArray> workbookParts(const QByteArray &sheetData, const QByteArray &sharedStrings,
                                         const QByteArray &styles, const QString &sheetName)
{
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    QHash<QString, QByteArray> parts;
    parts.insert(u"_rels/.rels"_s,
                 "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                 "<Relationship Id=\"rId1\" Type=\"" +
                     rel +
                     "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                     "</Relationships>");
    parts.insert(u"xl/workbook.xml"_s, "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel +
                                           "\"><sheets>"
                                           "<sheet name=\"" +
                                           sheetName.toHtmlEscaped().toUtf8() +
                                           "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    parts.insert(u"xl/_rels/workbook.xml.rels"_s,
                 "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                 "<Relationship Id=\"rId1\" Type=\"" +
                     rel +
                     "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                     "<Relationship Id=\"rId2\" Type=\"" +
                     rel +
                     "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                     "<Relationship Id=\"rId3\" Type=\"" +
                     rel +
                     "/styles\" Target=\"styles.xml\"/>"
                     "</Relationships>");
    parts.insert(u"xl/worksheets/sheet1.xml"_s,
                 "<worksheet xmlns=\"" + main + "\"><sheetData>" + sheetData + "</sheetData></worksheet>");
    if (!sharedStrings.isNull()) {
        parts.insert(u"xl/sharedStrings.xml"_s, "<sst xmlns=\"" + main + "\">" + sharedStrings + "</sst>");
    }
    if (!styles.isNull()) {
        parts.insert(u"xl/styles.xml"_s, "<styleSheet xmlns=\"" + main + "\">" + styles + "</styleSheet>");
    }
    return parts;
}

QByteArray zipOf(const QHash<QString, QByteArray> &parts)
{
    QList<ZipEntry> entries;
    QStringList names = parts.keys();
    std::sort(names.begin(), names.end());
    for (const QString &name : names) {
        entries.append({name, parts.value(name), true, -1});
    }
    return makeZip(entries);
}

QString interchangeFile(const QString &name)
{
    return QStringLiteral(CRM_SOURCE_DIR "/tests/data/interchange/") + name;
}

} // namespace crm::test
