#include "domain/recordid.h"
#include "fixtures.h"

#include <QDateTime>
#include <QSet>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
// The 48-bit Unix time in milliseconds at the start of a UUIDv7.
qint64 millisecondsOf(const QString &id)
{
    bool ok = false;
    const QString hex = id.left(8) + id.mid(9, 4);
    const qint64 ms = hex.toLongLong(&ok, 16);
    REQUIRE(ok);
    return ms;
}
} // namespace

TEST_CASE("a new record id is a lowercase UUID of version 7", "[recordid]")
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QString id = newRecordId();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    CHECK(id.size() == 36);
    CHECK(id == id.toLower());
    CHECK(isValidRecordId(id));
    const QUuid uuid = QUuid::fromString(id);
    CHECK_FALSE(uuid.isNull());
    // QUuid::version() knows versions up to 5 only, so read the version nibble itself.
    CHECK(static_cast<quint8>(uuid.toRfc4122().at(6)) >> 4 == 7);
    CHECK(uuid.variant() == QUuid::DCE);
    CHECK(id[14] == u'7');
    CHECK(QStringView(u"89ab").contains(id[19]));
    CHECK(millisecondsOf(id) >= before);
    CHECK(millisecondsOf(id) <= after);
}

TEST_CASE("record ids are ordered by the time they were made", "[recordid]")
{
    const QString first = newRecordId();
    QThread::msleep(3);
    const QString second = newRecordId();
    CHECK(first < second);
    CHECK(millisecondsOf(first) < millisecondsOf(second));
}

TEST_CASE("ten thousand record ids are unique and never go back in time", "[recordid]")
{
    QStringList ids;
    ids.reserve(10000);
    for (int i = 0; i < 10000; ++i) {
        ids << newRecordId();
    }
    CHECK(QSet<QString>(ids.cbegin(), ids.cend()).size() == 10000);
    int valid = 0;
    int backwards = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        valid += isValidRecordId(ids[i]) ? 1 : 0;
        if (i > 0 && millisecondsOf(ids[i]) < millisecondsOf(ids[i - 1])) {
            ++backwards;
        }
    }
    CHECK(valid == 10000);
    CHECK(backwards == 0);
    // Sorting the text sorts by time: ids of different milliseconds keep their order.
    QStringList sorted = ids;
    sorted.sort();
    for (qsizetype i = 1; i < sorted.size(); ++i) {
        REQUIRE(millisecondsOf(sorted[i - 1]) <= millisecondsOf(sorted[i]));
    }
}

TEST_CASE("only a lowercase UUID without braces is a record id", "[recordid]")
{
    CHECK(isValidRecordId(u"0190a3f4-8c2e-7cc1-9e36-2a56f5f0c3d1"_s));
    // Ids made elsewhere (other UUID versions) are accepted: records may come from other tools.
    CHECK(isValidRecordId(u"f47ac10b-58cc-4372-a567-0e02b2c3d479"_s));
    CHECK_FALSE(isValidRecordId(u"0190A3F4-8C2E-7CC1-9E36-2A56F5F0C3D1"_s));
    CHECK_FALSE(isValidRecordId(u"{0190a3f4-8c2e-7cc1-9e36-2a56f5f0c3d1}"_s));
    CHECK_FALSE(isValidRecordId(u"0190a3f48c2e7cc19e362a56f5f0c3d1"_s));
    CHECK_FALSE(isValidRecordId(u"00000000-0000-0000-0000-000000000000"_s));
    CHECK_FALSE(isValidRecordId(u"0190a3f4-8c2e-7cc1-9e36-2a56f5f0c3dz"_s));
    CHECK_FALSE(isValidRecordId(u"not-a-uuid"_s));
    CHECK_FALSE(isValidRecordId(QString()));
}
