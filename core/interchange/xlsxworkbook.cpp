#include "xlsxworkbook.h"

#include "domain/error.h"
#include "interchange/xlsxdates.h"
#include "interchange/xlsxreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace crm::interchange::xlsx {
namespace {

// lupdate cannot resolve XlsxReader::tr() from a free function: this files the texts under the right context.
struct XlsxReaderTr final
{
    Q_DECLARE_TR_FUNCTIONS(crm::interchange::XlsxReader)
};

struct Relationship
{
    QString type;   // the last segment of the type URI: "worksheet", "sharedStrings", "officeDocument"
    QString target; // a part name, resolved
};

QString directoryOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

// A relationship's target as a part name: relative to the source part's folder, or absolute with a
// leading slash; ".." segments resolved and never above the package root.
QString resolve(const QString &sourceDirectory, const QString &target)
{
    const QString path = target.startsWith(u'/') ? target.mid(1) : sourceDirectory + target;
    QStringList segments;
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == "."_L1) {
            continue;
        }
        if (segment == ".."_L1) {
            if (!segments.isEmpty()) {
                segments.removeLast();
            }
            continue;
        }
        segments << segment;
    }
    return segments.join(u'/');
}

QString attribute(const QXmlStreamReader &xml, QLatin1StringView name)
{
    return xml.attributes().value(name).toString();
}

// The r:id of a <sheet>: an attribute named id in the relationships namespace (transitional or strict).
QString relationshipId(const QXmlStreamReader &xml)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == "id"_L1 && !a.namespaceUri().isEmpty()) {
            return a.value().toString();
        }
    }
    return {};
}

QHash<QString, Relationship> readRelationships(const QString &displayName, const QString &relsPart,
                                               const QByteArray &bytes, const QString &sourceDirectory)
{
    QHash<QString, Relationship> relationships;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == "Relationship"_L1 &&
            attribute(xml, "TargetMode"_L1) != "External"_L1) {
            const QString type = attribute(xml, "Type"_L1);
            relationships.insert(attribute(xml, "Id"_L1),
                                 {type.section(u'/', -1), resolve(sourceDirectory, attribute(xml, "Target"_L1))});
        }
    }
    if (xml.hasError()) {
        refuseBrokenXml(displayName, relsPart, xml);
    }
    return relationships;
}

bool isTrue(QStringView value)
{
    return value == "1"_L1 || value == "true"_L1;
}

// _xHHHH_ is how OOXML writes a character XML cannot carry (a carriage return is _x000D_); _x005F_
// is a literal underscore, so "_x005F_x000D_" reads as the text "_x000D_".
QString decodeEscapes(const QString &text)
{
    if (!text.contains("_x"_L1)) {
        return text;
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            bool ok = false;
            const uint code = QStringView(text).mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out += QChar(static_cast<char16_t>(code));
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    // _xD800_ alone is half a character: shown as U+FFFD rather than kept as broken UTF-16.
    if (!QStringView(out).isValidUtf16()) {
        for (qsizetype i = 0; i < out.size(); ++i) {
            const bool paired = out.at(i).isHighSurrogate() && i + 1 < out.size() && out.at(i + 1).isLowSurrogate();
            if (paired) {
                ++i;
            } else if (out.at(i).isSurrogate()) {
                out[i] = QChar::ReplacementCharacter;
            }
        }
    }
    return out;
}

} // namespace

void refuse(const QString &message)
{
    throw Error(Error::Kind::Invalid, message);
}

void refuseBrokenXml(const QString &displayName, const QString &part, const QXmlStreamReader &xml)
{
    refuse(XlsxReaderTr::tr("%1 is damaged: its part %2 is not well-formed XML at line %3 (%4).")
               .arg(displayName, part)
               .arg(xml.lineNumber())
               .arg(xml.errorString()));
}

QString readStringItem(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            --depth;
        } else if (xml.isStartElement()) {
            if (xml.name() == "t"_L1) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (text.size() > XlsxReader::kMaxCellChars) {
                    return text; // the caller refuses it, naming the cell
                }
            } else if (xml.name() == "rPh"_L1 || xml.name() == "rPr"_L1 || xml.name() == "phoneticPr"_L1) {
                xml.skipCurrentElement();
            } else {
                ++depth; // a run <r>: its <t> is part of the text
            }
        }
    }
    return decodeEscapes(text);
}

Workbook readWorkbook(const PartSource &parts, const QString &displayName)
{
    Workbook workbook;
    workbook.displayName = displayName;
    // The package's root relationships name the workbook part; every writer puts it at xl/workbook.xml.
    if (const std::optional<QByteArray> root = parts(u"_rels/.rels"_s)) {
        for (const Relationship &r : readRelationships(displayName, u"_rels/.rels"_s, *root, QString())) {
            if (r.type == "officeDocument"_L1) {
                workbook.part = r.target;
            }
        }
    }
    if (workbook.part.isEmpty()) {
        workbook.part = u"xl/workbook.xml"_s;
    }
    const std::optional<QByteArray> bytes = parts(workbook.part);
    if (!bytes) {
        refuse(XlsxReaderTr::tr("%1 is not an Excel workbook: it is a zip archive without a workbook part (%2).")
                   .arg(displayName, workbook.part));
    }

    const QString directory = directoryOf(workbook.part);
    const QString relsPart = directory + "_rels/"_L1 + workbook.part.mid(directory.size()) + ".rels"_L1;
    QHash<QString, Relationship> relationships;
    if (const std::optional<QByteArray> rels = parts(relsPart)) {
        relationships = readRelationships(displayName, relsPart, *rels, directory);
    }
    for (const Relationship &r : std::as_const(relationships)) {
        if (r.type == "sharedStrings"_L1) {
            workbook.sharedStringsPart = r.target;
        } else if (r.type == "styles"_L1) {
            workbook.stylesPart = r.target;
        }
    }

    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == "workbookPr"_L1) {
            workbook.date1904 = isTrue(xml.attributes().value("date1904"_L1));
        } else if (xml.name() == "sheet"_L1) {
            const Relationship r = relationships.value(relationshipId(xml));
            workbook.sheets.append(
                {attribute(xml, "name"_L1), r.target, r.type != "chartsheet"_L1 && r.type != "dialogsheet"_L1});
        }
    }
    if (xml.hasError()) {
        refuseBrokenXml(displayName, workbook.part, xml);
    }
    return workbook;
}

QStringList readSharedStrings(const Workbook &workbook, const PartSource &parts)
{
    QStringList strings;
    if (workbook.sharedStringsPart.isEmpty()) {
        return strings;
    }
    const std::optional<QByteArray> bytes = parts(workbook.sharedStringsPart);
    if (!bytes) {
        return strings; // a sheet that refers to one is refused, naming the cell
    }
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == "si"_L1) {
            strings << readStringItem(xml);
        }
    }
    if (xml.hasError()) {
        refuseBrokenXml(workbook.displayName, workbook.sharedStringsPart, xml);
    }
    return strings;
}

QList<bool> readDateStyles(const Workbook &workbook, const PartSource &parts)
{
    QList<bool> dateStyles;
    if (workbook.stylesPart.isEmpty()) {
        return dateStyles;
    }
    const std::optional<QByteArray> bytes = parts(workbook.stylesPart);
    if (!bytes) {
        return dateStyles;
    }
    QHash<int, bool> customIsDate;
    QXmlStreamReader xml(*bytes);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == "cellXfs"_L1) {
            inCellXfs = false;
        }
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == "numFmt"_L1) {
            customIsDate.insert(xml.attributes().value("numFmtId"_L1).toInt(),
                                isDateFormatCode(attribute(xml, "formatCode"_L1)));
        } else if (xml.name() == "cellXfs"_L1) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == "xf"_L1) {
            const int id = xml.attributes().value("numFmtId"_L1).toInt();
            dateStyles << customIsDate.value(id, isBuiltInDateFormat(id));
        }
    }
    if (xml.hasError()) {
        refuseBrokenXml(workbook.displayName, workbook.stylesPart, xml);
    }
    return dateStyles;
}

} // namespace crm::interchange::xlsx
