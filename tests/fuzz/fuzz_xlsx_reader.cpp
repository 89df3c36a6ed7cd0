// The .xlsx reader (XlsxReader::read) on arbitrary bytes, through its zip layer (minizip) and all
// of its XML parts. Whatever the bytes, it refuses with crm::Error or returns a table of the shape
// every reader promises: a header, rows no wider than it, a row number for each row.
#include "domain/error.h"
#include "fuzzsupport.h"
#include "interchange/xlsxreader.h"
#include "xlsxinvariants.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = crm::fuzz::bytesOf(data, size);
    try {
        crm::fuzz::checkTable(crm::interchange::XlsxReader::read(bytes, u"fuzz.xlsx"_s));
    } catch (const crm::Error &e) {
        crm::fuzz::checkRefusal(e);
    }
    return 0;
}
