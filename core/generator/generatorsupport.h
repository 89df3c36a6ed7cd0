#pragma once

// Private to the dataset generator: a portable seeded random source and deterministic record ids.

#include <QString>
#include <algorithm>
#include <random>

namespace crm::gen {

// std::mt19937_64 is fully specified by the standard, but std::uniform_int_distribution and friends
// are not: libstdc++ and MSVC would give different datasets for the same seed. So the few
// distributions the generator needs are written out here on top of the raw engine.
class Random final
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}

    quint64 next() { return m_engine(); }
    // 0 <= result < n; the modulo bias is far below anything a benchmark could notice.
    qint64 below(qint64 n) { return n <= 1 ? 0 : static_cast<qint64>(m_engine() % static_cast<quint64>(n)); }
    // lo <= result <= hi
    qint64 between(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); }
    int betweenInt(int lo, int hi) { return static_cast<int>(between(lo, hi)); }
    double unit() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    bool percent(int p) { return below(100) < p; }
    // Heavily skewed towards 0, so that a few investors carry long histories like real key accounts.
    qint64 skewed(qint64 n)
    {
        return std::min<qint64>(n - 1, static_cast<qint64>(unit() * unit() * static_cast<double>(n)));
    }

    template<class List>
    const auto &pick(const List &list)
    {
        return list[static_cast<qsizetype>(below(static_cast<qint64>(list.size())))];
    }

private:
    std::mt19937_64 m_engine;
};

// A UUIDv7 kept as two integers: formatting on demand keeps a million meeting ids in 16 MB.
struct RawId
{
    quint64 hi = 0;
    quint64 lo = 0;

    QString text() const
    {
        static constexpr char16_t digits[] = u"0123456789abcdef";
        QString s(36, Qt::Uninitialized);
        QChar *out = s.data();
        const auto put = [&out](quint64 value, int nibbles) {
            for (int i = nibbles - 1; i >= 0; --i) {
                *out++ = QChar(digits[(value >> (4 * i)) & 0xF]);
            }
        };
        put(hi >> 32, 8);
        *out++ = u'-';
        put((hi >> 16) & 0xFFFF, 4);
        *out++ = u'-';
        put(hi & 0xFFFF, 4);
        *out++ = u'-';
        put(lo >> 48, 4);
        *out++ = u'-';
        put(lo & 0xFFFFFFFFFFFFULL, 12);
        return s;
    }
};

// RFC 9562 UUIDv7 ids from a fixed base time plus a counter (so they sort in creation order, as
// real ids do) and random bits from the seeded engine (so the same seed gives the same ids).
class IdSequence final
{
public:
    IdSequence(quint64 seed, qint64 baseMs) : m_random(seed), m_ms(static_cast<quint64>(baseMs)) {}

    RawId next()
    {
        const quint64 ms = m_ms++ & 0xFFFFFFFFFFFFULL;
        const quint64 a = m_random.next();
        const quint64 b = m_random.next();
        return {(ms << 16) | 0x7000 | (a & 0x0FFF), 0x8000000000000000ULL | (b & 0x3FFFFFFFFFFFFFFFULL)};
    }
    QString nextText() { return next().text(); }

private:
    Random m_random;
    quint64 m_ms;
};

// Integer powers: std::pow may round differently between C libraries, and the dataset must not.
inline qint64 powerOfTen(qint64 exponent)
{
    qint64 value = 1;
    while (exponent-- > 0) {
        value *= 10;
    }
    return value;
}

// Lowercase ASCII letters and digits only ("Traoré" -> "traore"), for e-mail addresses and web sites.
inline QString asciiSlug(const QString &text)
{
    QString slug;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            slug += c.toLower();
        }
    }
    return slug;
}

} // namespace crm::gen
