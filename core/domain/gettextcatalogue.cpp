#include "gettextcatalogue.h"

#include <QtEndian>

namespace crm {
namespace {

constexpr quint32 kMagic = 0x950412de;

class MoReader
{
public:
    explicit MoReader(const QByteArray &data) : m_data(data) {}

    bool valid() const { return m_data.size() >= 28 && (magic() == kMagic || qbswap(magic()) == kMagic); }

    quint32 word(qsizetype at) const
    {
        if (at < 0 || at + 4 > m_data.size()) {
            m_broken = true;
            return 0;
        }
        const quint32 raw = qFromLittleEndian<quint32>(m_data.constData() + at);
        return magic() == kMagic ? raw : qbswap(raw);
    }

    // The string described by the (length, offset) pair at table entry at; up to the first NUL,
    // which ends the singular of a plural entry.
    QString text(qsizetype at) const
    {
        const qsizetype length = word(at);
        const qsizetype offset = word(at + 4);
        if (m_broken || offset < 0 || length < 0 || offset + length > m_data.size()) {
            m_broken = true;
            return {};
        }
        QByteArray bytes = m_data.mid(offset, length);
        bytes.truncate(bytes.indexOf('\0') < 0 ? bytes.size() : bytes.indexOf('\0'));
        return QString::fromUtf8(bytes);
    }

    bool broken() const { return m_broken; }

private:
    quint32 magic() const { return qFromLittleEndian<quint32>(m_data.constData()); }

    const QByteArray &m_data;
    mutable bool m_broken = false;
};

} // namespace

QHash<QString, QString> readGettextCatalogue(const QByteArray &data)
{
    const MoReader mo(data);
    if (!mo.valid()) {
        return {};
    }
    const quint32 count = mo.word(8);
    const qsizetype originals = mo.word(12);
    const qsizetype translations = mo.word(16);
    if (count > static_cast<quint32>(data.size() / 8)) {
        return {};
    }
    QHash<QString, QString> messages;
    messages.reserve(count);
    for (quint32 i = 0; i < count && !mo.broken(); ++i) {
        QString original = mo.text(originals + 8 * qsizetype(i));
        const QString translation = mo.text(translations + 8 * qsizetype(i));
        if (const qsizetype context = original.indexOf(u'\x04'); context >= 0) {
            original.remove(0, context + 1);
        }
        if (!original.isEmpty() && !translation.isEmpty()) {
            messages.insert(original, translation);
        }
    }
    return mo.broken() ? QHash<QString, QString>() : messages;
}

} // namespace crm
