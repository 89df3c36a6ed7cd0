// The vCard reader (VCardReader::read) on arbitrary bytes: business cards from phones and card
// apps. Whatever the bytes, it returns a table or throws crm::Error; a table has one source line
// per row, rows no longer than the header and well-formed text, and written out again as vCards it
// reads back with as many cards.
#include "domain/error.h"
#include "fuzzsupport.h"
#include "interchange/vcardreader.h"
#include "interchange/vcardwriter.h"

using crm::fuzz::require;
using namespace crm::interchange;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Table table;
    try {
        table = VCardReader::read(crm::fuzz::bytesOf(data, size));
    } catch (const crm::Error &e) {
        require(!e.message().isEmpty(), "a refusal without a message");
        crm::fuzz::note(e.message());
        return 0;
    }
    require(!table.rows.isEmpty(), "a table without a card was not refused");
    require(table.rows.size() == table.sourceRows.size(), "a row without its source line");
    QList<VCardContact> contacts;
    int previous = 0;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        require(table.sourceRows.at(i) > previous, "source lines out of order");
        previous = table.sourceRows.at(i);
        require(table.rows.at(i).size() <= table.header.size(), "a row longer than the header");
        QVariantMap record;
        for (qsizetype c = 0; c < table.rows.at(i).size(); ++c) {
            const QString text = table.rows.at(i).at(c).toString();
            require(crm::fuzz::isWellFormed(text), "a cell with a lone surrogate");
            record.insert(table.header.at(c), text);
        }
        record.insert(QStringLiteral("phones"), record.value(QStringLiteral("phones")).toString().split(u'\n'));
        contacts.append({record, record.value(QStringLiteral("investor")).toString()});
    }
    for (const QString &note : std::as_const(table.notes)) {
        require(crm::fuzz::isWellFormed(note), "a note with a lone surrogate");
    }
    for (const VCardVersion version : {VCardVersion::V3, VCardVersion::V4}) {
        const Table again = VCardReader::read(writeVCards(contacts, version));
        require(again.rows.size() == table.rows.size(), "our own vCards read back with another number of cards");
    }
    return 0;
}
