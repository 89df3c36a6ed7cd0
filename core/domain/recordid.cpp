#include "recordid.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>
#include <array>

namespace crm {

QString newRecordId()
{
    // RFC 9562 UUIDv7: 48-bit Unix milliseconds, version 7, 74 random bits, variant 10.
    const quint64 ms = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    std::array<quint32, 3> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());

    std::array<quint8, 16> bytes{};
    for (int i = 0; i < 6; ++i) {
        bytes[i] = static_cast<quint8>(ms >> (40 - 8 * i));
    }
    for (int i = 6; i < 16; ++i) {
        bytes[i] = static_cast<quint8>(random[static_cast<size_t>((i - 6) / 4)] >> (8 * ((i - 6) % 4)));
    }
    bytes[6] = static_cast<quint8>(0x70 | (bytes[6] & 0x0F));
    bytes[8] = static_cast<quint8>(0x80 | (bytes[8] & 0x3F));
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())))
        .toString(QUuid::WithoutBraces);
}

bool isValidRecordId(const QString &text)
{
    if (text.size() != 36) {
        return false;
    }
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

} // namespace crm
