// The .xlsx reader's XML layer (XlsxReader::readParts) without the zip around it: a valid zip
// rarely survives a mutation, so fuzz_xlsx_reader spends most runs in minizip. Here the input is
// the parts themselves, cut at "\n--part--\n": the sheet, the shared strings, the styles, then the
// workbook (a one-sheet workbook when the input has no fourth part).
#include "domain/error.h"
#include "fuzzsupport.h"
#include "interchange/xlsxreader.h"
#include "xlsxinvariants.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QList<QByteArray> pieces = crm::fuzz::bytesOf(data, size).split('\n');
    QList<QByteArray> parts{QByteArray()};
    for (const QByteArray &line : pieces) {
        if (line == "--part--") {
            parts.append(QByteArray());
        } else {
            parts.last() += parts.last().isEmpty() ? line : '\n' + line;
        }
    }
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    QHash<QString, QByteArray> package{
        {u"xl/workbook.xml"_s, "<workbook xmlns:r=\"" + rel +
                                   "\"><workbookPr/><sheets><sheet name=\"Fuzz\" r:id=\"rId1\"/></sheets></workbook>"},
        {u"xl/_rels/workbook.xml.rels"_s, "<Relationships><Relationship Id=\"rId1\" Type=\"" + rel +
                                              "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                                              "<Relationship Id=\"rId2\" Type=\"" +
                                              rel +
                                              "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                                              "<Relationship Id=\"rId3\" Type=\"" +
                                              rel + "/styles\" Target=\"/xl/styles.xml\"/></Relationships>"},
    };
    const QStringList names{u"xl/worksheets/sheet1.xml"_s, u"xl/sharedStrings.xml"_s, u"xl/styles.xml"_s,
                            u"xl/workbook.xml"_s};
    for (qsizetype i = 0; i < parts.size() && i < names.size(); ++i) {
        package.insert(names.at(i), parts.at(i));
    }
    try {
        crm::fuzz::checkTable(crm::interchange::XlsxReader::readParts(package, u"fuzz.xlsx"_s));
    } catch (const crm::Error &e) {
        crm::fuzz::checkRefusal(e);
    }
    return 0;
}
