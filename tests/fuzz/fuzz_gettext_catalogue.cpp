// The gettext catalogue reader (readGettextCatalogue) on arbitrary bytes: the .mo files of
// iso-codes that print country names. Whatever the bytes, it returns a table (empty when they are
// not a catalogue), and a table it returns, written as a .mo again, reads back the same.
#include "domain/gettextcatalogue.h"
#include "fuzzsupport.h"

#include <QtEndian>

using crm::fuzz::require;

namespace {

// A little-endian .mo with the messages in the table (no hash table: readers do not need one).
QByteArray writeCatalogue(const QHash<QString, QString> &messages)
{
    QList<QByteArray> originals;
    QList<QByteArray> translations;
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        originals << it.key().toUtf8();
        translations << it.value().toUtf8();
    }
    const auto count = static_cast<quint32>(originals.size());
    const quint32 originalTable = 28;
    const quint32 translationTable = originalTable + 8 * count;
    quint32 offset = translationTable + 8 * count;
    QByteArray tables;
    QByteArray strings;
    const auto append = [&](QByteArray &to, quint32 value) {
        char word[4];
        qToLittleEndian(value, word);
        to.append(word, 4);
    };
    for (const QList<QByteArray> *list : {&originals, &translations}) {
        for (const QByteArray &text : *list) {
            append(tables, static_cast<quint32>(text.size()));
            append(tables, offset);
            strings += text + '\0';
            offset += static_cast<quint32>(text.size()) + 1;
        }
    }
    QByteArray header;
    for (const quint32 word : {0x950412deU, 0U, count, originalTable, translationTable, 0U, offset}) {
        append(header, word);
    }
    return header + tables + strings;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QHash<QString, QString> messages = crm::readGettextCatalogue(crm::fuzz::bytesOf(data, size));
    QHash<QString, QString> plain; // a context prefix is dropped once, so two of them do not read back alike
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        require(!it.key().isEmpty() && !it.value().isEmpty(), "an empty message or translation is kept");
        require(!it.key().contains(QChar(u'\0')) && !it.value().contains(QChar(u'\0')), "a message keeps a NUL");
        if (!it.key().contains(u'\x04')) {
            plain.insert(it.key(), it.value());
        }
    }
    require(crm::readGettextCatalogue(writeCatalogue(plain)) == plain, "a catalogue written again reads differently");
    return 0;
}
