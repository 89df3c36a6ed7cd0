#include "domain/error.h"
#include "domain/recordid.h"
#include "sqlite/sqlitedatabase.h"
#include "storage/database.h"
#include "sync/syncpackage.h"
#include "sync/syncpackageformat.h"
#include "sync/syncsigning.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtEndian>
#include <functional>
#include <thread>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace crm;
using Catch::Matchers::Contains;

namespace {
const QString kDatabaseId = u"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"_s;
const QString kLaptopId = u"0190a1b2-c3d4-7e5f-8a9b-111111111111"_s;
const QString kOfficeId = u"0190a1b2-c3d4-7e5f-8a9b-222222222222"_s;
const QString kPassphrase = u"矢崎 wire harness 2026"_s;

// The laptop's signing key: a forger in these tests holds it, so what they test is the reader's
// checks of the content (tests/core/syncauth_test.cpp tests the signature's trust).
const SyncSigner &laptopKey()
{
    static const SyncSigner key = SyncSigner::generate();
    return key;
}

SyncPackageHeader laptopHeader()
{
    SyncPackageHeader header;
    header.schemaVersion = SqliteDatabase::latestSchemaVersion();
    header.databaseId = kDatabaseId;
    header.senderReplicaId = kLaptopId;
    header.senderReplicaName = u"Mission laptop (Tangier)"_s;
    header.receiverReplicaId = kOfficeId;
    header.createdAt = QDateTime(QDate(2026, 11, 29), QTime(19, 5, 30, 250), Qt::UTC);
    return header;
}

SyncPackageExpectations office()
{
    return {kDatabaseId, SqliteDatabase::latestSchemaVersion(), {}};
}

SyncChange change(const QString &id, SyncOperation operation, QJsonObject fields)
{
    static QHash<QString, qint64> sequences;
    SyncChange c;
    c.changeId = id;
    c.originReplicaId = kLaptopId;
    c.originSequence = sequences.value(id, sequences.size() + 1);
    sequences.insert(id, c.originSequence);
    c.recordKind = u"investor"_s;
    c.recordId = u"0190a1b2-c3d4-7e5f-8a9b-333333333333"_s;
    c.operation = operation;
    c.fields = std::move(fields);
    c.supersedes = {{u"employees"_s, QJsonArray{id}}};
    c.author = u"山田 太郎"_s;
    return c;
}

QList<SyncChange> multilingualChanges()
{
    return {
        change(u"2026-11-29T10:00:00.000Z-0000-laptop"_s, SyncOperation::Create,
               {{u"name_ja"_s, u"矢崎総業株式会社"_s},
                {u"name_en"_s, u"Yazaki Corporation"_s},
                {u"employees"_s, 29000},
                {u"listed"_s, false},
                {u"note"_s, QJsonValue::Null},
                {u"aliases"_s, QJsonArray{u"Yazaki"_s, u"ヤザキ"_s}}}),
        change(u"2026-11-29T10:05:00.000Z-0001-laptop"_s, SyncOperation::Update,
               {{u"contact_name"_s, u"محمد عارف الحسني"_s}, {u"title"_s, u"Directeur général"_s}}),
        change(u"2026-11-29T11:00:00.000Z-0000-laptop"_s, SyncOperation::Delete, {}),
        change(u"2026-11-29T11:30:00.000Z-0000-laptop"_s, SyncOperation::Restore, {}),
    };
}

using test::readAll;
using test::writeAll;

// The message of the crm::Error that reading path throws.
std::string refusal(const QString &path, const SyncPackageExpectations &expectations = office(),
                    const QString &passphrase = {})
{
    try {
        readSyncPackage(path, expectations, passphrase);
    } catch (const Error &e) {
        return e.message().toStdString();
    }
    FAIL("the package was accepted");
    return {};
}

// A package's header (as JSON) and body, split along the lengths its prefix announces.
struct Parts
{
    QJsonObject header;
    QByteArray body;
};

Parts split(const QByteArray &bytes)
{
    const auto headerBytes = qFromBigEndian<quint32>(bytes.constData() + 12);
    const auto bodyBytes = qFromBigEndian<quint64>(bytes.constData() + 16);
    return {QJsonDocument::fromJson(bytes.sliced(kSyncPrefixBytes, headerBytes)).object(),
            bytes.sliced(kSyncPrefixBytes + headerBytes, static_cast<qsizetype>(bodyBytes))};
}

// A package as a forger holding the laptop's key would build it: well framed and signed.
QByteArray forge(const QJsonObject &header, const QByteArray &body)
{
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray bytes = syncPackagePrefix(json.size(), body.size()) + json + body;
    return bytes + syncPackageTrailer(bytes, laptopKey());
}

// The same with the header's JSON given as bytes, for text QJsonDocument would never write.
QByteArray forgeRaw(const QByteArray &header, const QByteArray &body)
{
    QByteArray bytes = syncPackagePrefix(header.size(), body.size()) + header + body;
    return bytes + syncPackageTrailer(bytes, laptopKey());
}

QByteArray withChecksumRecomputed(QByteArray bytes)
{
    bytes.chop(kSyncTrailerBytes);
    return bytes + syncPackageTrailer(bytes, laptopKey());
}

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(u"laptop.dcrmsync"_s);
    QString forged = dir.filePath(u"forged.dcrmsync"_s);

    Fixture() { REQUIRE(dir.isValid()); }

    QByteArray writePlain(const QList<SyncChange> &changes = multilingualChanges())
    {
        writeSyncPackage(path, laptopHeader(), changes, laptopKey());
        return readAll(path);
    }

    // Reading a package whose changes are this JSON (framed and signed correctly).
    Error readChanges(const QJsonValue &changes, qsizetype count)
    {
        Parts parts = split(writePlain());
        parts.header[u"changeCount"_s] = count;
        writeAll(forged, forge(parts.header, QJsonDocument(QJsonObject{{u"changes"_s, changes}}).toJson()));
        try {
            readSyncPackage(forged, office());
        } catch (const Error &e) {
            return e;
        }
        FAIL("the package was accepted");
        return Error(Error::Kind::Invalid, {});
    }
};

QJsonObject validChangeJson()
{
    return QJsonObject{{u"id"_s, u"2026-11-29T10:00:00.000Z-0000-laptop"_s},
                       {u"origin"_s, kLaptopId},
                       {u"kind"_s, u"delegate"_s},
                       {u"recordId"_s, newRecordId()},
                       {u"seq"_s, 7},
                       {u"op"_s, u"update"_s},
                       {u"fields"_s, QJsonObject{{u"family_name"_s, u"Hassani"_s}}},
                       {u"supersedes"_s, QJsonObject{}},
                       {u"author"_s, u"officer"_s}};
}
} // namespace

TEST_CASE("a package without changes is written and read back as a valid empty package", "[sync]")
{
    Fixture f;
    const SyncPackageHeader written = writeSyncPackage(f.path, laptopHeader(), {}, laptopKey());
    CHECK(written.changeCount == 0);
    CHECK(written.firstChangeId.isEmpty());
    CHECK(written.formatName == u"delegates-crm-sync"_s);

    const SyncPackage package = readSyncPackage(f.path, office());
    CHECK(package.changes.isEmpty());
    CHECK(package.header == written);
}

TEST_CASE("changes travel with their Japanese and Arabic values intact", "[sync]")
{
    Fixture f;
    const SyncPackageHeader written = writeSyncPackage(f.path, laptopHeader(), multilingualChanges(), laptopKey());
    CHECK(written.changeCount == 4);
    CHECK(written.firstChangeId == u"2026-11-29T10:00:00.000Z-0000-laptop"_s);
    CHECK(written.lastChangeId == u"2026-11-29T11:30:00.000Z-0000-laptop"_s);
    CHECK_FALSE(written.encrypted);

    const SyncPackage package = readSyncPackage(f.path, office());
    CHECK(package.header == written);
    CHECK(package.header.senderReplicaName == u"Mission laptop (Tangier)"_s);
    CHECK(package.header.createdAt == laptopHeader().createdAt);
    REQUIRE(package.changes == multilingualChanges());
    CHECK(package.changes[0].fields[u"name_ja"_s].toString() == u"矢崎総業株式会社"_s);
    CHECK(package.changes[1].fields[u"contact_name"_s].toString() == u"محمد عارف الحسني"_s);
    CHECK(package.changes[2].operation == SyncOperation::Delete);
}

TEST_CASE("the header describes the package in readable JSON", "[sync]")
{
    Fixture f;
    const Parts parts = split(f.writePlain());
    CHECK(readAll(f.path).startsWith("DCRMSYNC"));
    CHECK(parts.header[u"format"_s] == u"delegates-crm-sync"_s);
    CHECK(parts.header[u"formatVersion"_s] == 2);
    CHECK(parts.header[u"schemaVersion"_s] == SqliteDatabase::latestSchemaVersion());
    CHECK(parts.header[u"databaseId"_s] == kDatabaseId);
    CHECK(parts.header[u"createdAt"_s] == u"2026-11-29T19:05:30.250Z"_s);
    CHECK(parts.header[u"changeCount"_s] == 4);
}

TEST_CASE("an encrypted package is read back with its passphrase and hides its contents", "[sync]")
{
    Fixture f;
    const SyncPackageHeader written =
        writeSyncPackage(f.path, laptopHeader(), multilingualChanges(), laptopKey(), kPassphrase);
    CHECK(written.encrypted);
    const QByteArray bytes = readAll(f.path);
    CHECK_FALSE(bytes.contains(u"矢崎総業"_s.toUtf8()));
    CHECK_FALSE(bytes.contains("Yazaki"));

    const SyncPackage package = readSyncPackage(f.path, office(), kPassphrase);
    CHECK(package.header == written);
    CHECK(package.changes == multilingualChanges());
}

TEST_CASE("an encrypted package opens with the passphrase typed in another Unicode form", "[sync]")
{
    Fixture f;
    writeSyncPackage(f.path, laptopHeader(), {}, laptopKey(), u"caf\u00e9"_s);
    CHECK(readSyncPackage(f.path, office(), u"cafe\u0301"_s).header.encrypted);
}

TEST_CASE("reading a package writes nothing, whether it is accepted or refused", "[sync]")
{
    Fixture f;
    f.writePlain();
    const QByteArray before = readAll(f.path);
    const QDateTime modified = QFileInfo(f.path).lastModified();
    const QStringList entries = QDir(f.dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

    readSyncPackage(f.path, office());
    CHECK_THROWS_AS(readSyncPackage(f.path, {newRecordId(), SqliteDatabase::latestSchemaVersion(), {}}), Error);

    CHECK(readAll(f.path) == before);
    CHECK(QFileInfo(f.path).lastModified() == modified);
    CHECK(QDir(f.dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) == entries);
}

TEST_CASE("a file that is not a sync package is refused as such", "[sync][refusal]")
{
    Fixture f;
    writeAll(f.path, "family_name,given_name\nHassani,Mohamed\n");
    CHECK_THAT(refusal(f.path), Contains("is not a Delegates CRM sync package"));
    writeAll(f.path, {});
    CHECK_THAT(refusal(f.path), Contains("is not a Delegates CRM sync package"));
}

#ifdef Q_OS_UNIX
TEST_CASE("a package written into a FIFO is read until its writer closes it", "[sync]")
{
    Fixture f;
    writeSyncPackage(f.path, laptopHeader(), multilingualChanges(), laptopKey());
    QFile written(f.path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    const QString fifo = f.dir.filePath(u"package.fifo"_s);
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);

    // The writer opens the FIFO only after the reader waits on it, and writes in two parts.
    std::thread writer([&] {
        QFile out(fifo);
        if (out.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            out.write(bytes.first(bytes.size() / 2));
            out.write(bytes.sliced(bytes.size() / 2));
        }
    });
    QByteArray read;
    try {
        read = readSyncPackageFile(fifo, std::chrono::seconds(60));
    } catch (...) {
        writer.join();
        throw;
    }
    writer.join();
    CHECK(read == bytes);
}

TEST_CASE("a FIFO nobody writes into is given up with a message instead of waiting forever", "[sync][refusal]")
{
    Fixture f;
    const QString fifo = f.dir.filePath(u"nobody.fifo"_s);
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    try {
        readSyncPackageFile(fifo, std::chrono::milliseconds(200));
        FAIL("a FIFO without a writer was read");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Invalid);
        CHECK_THAT(e.message().toStdString(), Contains("Nothing arrived through") && Contains("nobody.fifo"));
    }
}
#endif

TEST_CASE("a missing package is reported as not found", "[sync][refusal]")
{
    Fixture f;
    try {
        readSyncPackage(f.path, office());
        FAIL("a missing file was read");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::NotFound);
        CHECK_THAT(e.message().toStdString(), Contains("does not exist"));
    }
}

TEST_CASE("a package of an unknown format version or name is refused", "[sync][refusal]")
{
    Fixture f;
    QByteArray bytes = f.writePlain();
    qToBigEndian<quint32>(0, bytes.data() + 8);
    writeAll(f.forged, withChecksumRecomputed(bytes));
    CHECK_THAT(refusal(f.forged), Contains("unknown sync package format"));

    Parts parts = split(f.writePlain());
    parts.header[u"format"_s] = u"keepass-sync"_s;
    writeAll(f.forged, forge(parts.header, parts.body));
    CHECK_THAT(refusal(f.forged), Contains("unknown sync package format (keepass-sync, version 2)"));
}

TEST_CASE("a package of a newer format is refused with advice to update", "[sync][refusal]")
{
    Fixture f;
    QByteArray bytes = f.writePlain();
    qToBigEndian<quint32>(3, bytes.data() + 8);
    writeAll(f.forged, withChecksumRecomputed(bytes));
    CHECK_THAT(refusal(f.forged), Contains("newer version of Delegates CRM (package format 3"));
}

TEST_CASE("a package from a newer database schema is refused", "[sync][refusal]")
{
    Fixture f;
    SyncPackageHeader header = laptopHeader();
    header.schemaVersion = SqliteDatabase::latestSchemaVersion() + 1;
    writeSyncPackage(f.path, header, multilingualChanges(), laptopKey());
    CHECK_THAT(refusal(f.path), Contains("comes from a database with a newer schema"));
    // An older schema is for the merge engine to handle, not a refusal.
    header.schemaVersion = 1;
    writeSyncPackage(f.path, header, {}, laptopKey());
    CHECK(readSyncPackage(f.path, office()).header.schemaVersion == 1);
}

TEST_CASE("a truncated package is refused as incomplete at any length", "[sync][refusal]")
{
    Fixture f;
    const QByteArray bytes = f.writePlain();
    for (const qsizetype length : {qsizetype(3), qsizetype(8), qsizetype(20), qsizetype(24), qsizetype(100),
                                   bytes.size() / 2, bytes.size() - 32, bytes.size() - 1}) {
        INFO("length " << length);
        writeAll(f.forged, bytes.first(length));
        CHECK_THAT(refusal(f.forged), Contains("is incomplete"));
    }
}

TEST_CASE("a package with bytes after its end is refused", "[sync][refusal]")
{
    Fixture f;
    writeAll(f.forged, f.writePlain() + "extra");
    CHECK_THAT(refusal(f.forged), Contains("has 5 bytes after the end of the package"));
}

TEST_CASE("absurd announced lengths are refused before anything is allocated", "[sync][refusal]")
{
    Fixture f;
    QByteArray bytes = f.writePlain();
    qToBigEndian<quint32>(0xFFFFFFFF, bytes.data() + 12);
    writeAll(f.forged, bytes);
    CHECK_THAT(refusal(f.forged), Contains("announces a header of 4294967295 bytes"));

    bytes = f.writePlain();
    qToBigEndian<quint64>(Q_UINT64_C(1) << 62, bytes.data() + 16);
    writeAll(f.forged, bytes);
    CHECK_THAT(refusal(f.forged), Contains("announces contents of 4611686018427387904 bytes"));
}

TEST_CASE("a flipped byte anywhere in a package is refused", "[sync][refusal]")
{
    Fixture f;
    for (const QString &passphrase : {QString(), kPassphrase}) {
        writeSyncPackage(f.path, laptopHeader(), multilingualChanges(), laptopKey(), passphrase);
        const QByteArray bytes = readAll(f.path);
        // Every byte of the prefix and the checksum, and a sample of the header and body between them.
        for (qsizetype i = 0; i < bytes.size(); i += (i < kSyncPrefixBytes || i >= bytes.size() - 40) ? 1 : 11) {
            QByteArray damaged = bytes;
            damaged[i] = static_cast<char>(damaged[i] ^ 0x01);
            writeAll(f.forged, damaged);
            INFO("encrypted " << !passphrase.isEmpty() << ", byte " << i);
            CHECK_THROWS_AS(readSyncPackage(f.forged, office(), passphrase), Error);
            if (i >= kSyncPrefixBytes) {
                CHECK_THAT(refusal(f.forged, office(), passphrase), Contains("damaged or was altered"));
            }
        }
    }
}

TEST_CASE("an altered header whose signature was not recomputed is refused", "[sync][refusal]")
{
    Fixture f;
    const QByteArray bytes = f.writePlain();
    QByteArray tampered = bytes;
    const qsizetype at = tampered.indexOf("\"changeCount\":4");
    REQUIRE(at > 0);
    tampered[at + 14] = '3';
    writeAll(f.forged, tampered);
    CHECK_THAT(refusal(f.forged), Contains("its signature does not match its contents"));

    // A signature that looks recomputed, but over the header alone.
    const Parts parts = split(tampered);
    const QByteArray header = QJsonDocument(parts.header).toJson(QJsonDocument::Compact);
    tampered.chop(kSyncTrailerBytes);
    writeAll(f.forged,
             tampered + syncPackageTrailer(header, laptopKey()).first(kSyncPublicKeyBytes) + laptopKey().sign(header));
    CHECK_THAT(refusal(f.forged), Contains("its signature does not match its contents"));
}

TEST_CASE("an encrypted package altered with a recomputed checksum fails authentication", "[sync][refusal]")
{
    Fixture f;
    writeSyncPackage(f.path, laptopHeader(), multilingualChanges(), laptopKey(), kPassphrase);
    const QByteArray bytes = readAll(f.path);

    SECTION("in its header")
    {
        Parts parts = split(bytes);
        parts.header[u"senderReplicaName"_s] = u"Tokyo office"_s;
        writeAll(f.forged, forge(parts.header, parts.body));
    }
    SECTION("in its body")
    {
        QByteArray tampered = bytes;
        tampered[bytes.size() - kSyncTrailerBytes - 20] ^= 0x40;
        writeAll(f.forged, withChecksumRecomputed(tampered));
    }
    CHECK_THAT(refusal(f.forged, office(), kPassphrase), Contains("was altered after it was exported"));
}

TEST_CASE("a plain package whose header disagrees with its changes is refused", "[sync][refusal]")
{
    Fixture f;
    Parts parts = split(f.writePlain());
    parts.header[u"changeCount"_s] = 3;
    writeAll(f.forged, forge(parts.header, parts.body));
    CHECK_THAT(refusal(f.forged), Contains("its header announces 3 changes"));

    parts = split(f.writePlain());
    parts.header[u"lastChangeId"_s] = u"2099-01-01T00:00:00.000Z-0000-laptop"_s;
    writeAll(f.forged, forge(parts.header, parts.body));
    CHECK_THAT(refusal(f.forged), Contains("is inconsistent"));
}

TEST_CASE("an encrypted package is refused with a wrong passphrase or without one", "[sync][refusal]")
{
    Fixture f;
    writeSyncPackage(f.path, laptopHeader(), multilingualChanges(), laptopKey(), kPassphrase);
    CHECK_THAT(refusal(f.path, office(), u"yazaki"_s), Contains("The passphrase is wrong"));
    CHECK_THAT(refusal(f.path, office()), Contains("is encrypted. Enter the passphrase"));
}

TEST_CASE("an encrypted header cannot make the reader spend gigabytes on the key", "[sync][refusal]")
{
    Fixture f;
    writeSyncPackage(f.path, laptopHeader(), {}, laptopKey(), kPassphrase);
    Parts parts = split(readAll(f.path));
    QJsonObject encryption = parts.header[u"encryption"_s].toObject();
    encryption[u"memLimit"_s] = 64.0 * 1024 * 1024 * 1024;
    parts.header[u"encryption"_s] = encryption;
    writeAll(f.forged, forge(parts.header, parts.body));
    CHECK_THAT(refusal(f.forged, office(), kPassphrase), Contains("has settings this version does not accept"));
}

TEST_CASE("a package from another office's database is refused", "[sync][refusal]")
{
    Fixture f;
    f.writePlain();
    const std::string message = refusal(f.path, {newRecordId(), SqliteDatabase::latestSchemaVersion(), {}});
    CHECK_THAT(message, Contains("belongs to another database"));
    CHECK_THAT(message, Contains("sent by Mission laptop (Tangier)"));
}

TEST_CASE("a header with values of the wrong type is refused naming each field", "[sync][refusal]")
{
    Fixture f;
    Parts parts = split(f.writePlain());
    parts.header[u"schemaVersion"_s] = u"9"_s;
    parts.header[u"encrypted"_s] = u"no"_s;
    parts.header.remove(u"databaseId"_s);
    writeAll(f.forged, forge(parts.header, parts.body));
    const std::string message = refusal(f.forged);
    CHECK_THAT(message, Contains("has an invalid header"));
    CHECK_THAT(message, Contains("schemaVersion: must be a whole number"));
    CHECK_THAT(message, Contains("encrypted: must be true or false"));
    CHECK_THAT(message, Contains("databaseId: is missing"));

    QByteArray bytes = f.writePlain();
    bytes.replace(kSyncPrefixBytes, 1, "[");
    writeAll(f.forged, withChecksumRecomputed(bytes));
    // Not JSON at all now ("[" opens an array that holds "key": value): the problem is named.
    CHECK_THAT(refusal(f.forged), Contains("its header is not valid JSON (unexpected \":\""));
}

TEST_CASE("malformed changes are refused naming the change and the field", "[sync][refusal]")
{
    Fixture f;
    QJsonObject change = validChangeJson();

    SECTION("a missing record id")
    {
        change.remove(u"recordId"_s);
        const Error e = f.readChanges(QJsonArray{validChangeJson(), change}, 2);
        CHECK_THAT(e.message().toStdString(), Contains("holds invalid changes"));
        CHECK_THAT(e.message().toStdString(), Contains("changes[1].recordId: is missing"));
        REQUIRE(e.fieldErrors().size() == 1);
        CHECK(e.fieldErrors()[0].field == u"changes[1].recordId"_s);
    }
    SECTION("an unknown operation")
    {
        change[u"op"_s] = u"merge"_s;
        CHECK_THAT(f.readChanges(QJsonArray{change}, 1).message().toStdString(),
                   Contains("changes[0].op: must be create, update, delete or restore, not \"merge\""));
    }
    SECTION("values of the wrong JSON type")
    {
        change[u"recordId"_s] = 42;
        change[u"fields"_s] = QJsonArray{u"family_name"_s};
        const std::string message = f.readChanges(QJsonArray{change}, 1).message().toStdString();
        CHECK_THAT(message, Contains("changes[0].recordId: must be text"));
        CHECK_THAT(message, Contains("changes[0].fields: must be an object"));
    }
    SECTION("ids that are not UUIDs and a kind that is not a name")
    {
        change[u"recordId"_s] = u"'; DROP TABLE delegate; --"_s;
        change[u"kind"_s] = u"Delegate Table"_s;
        const std::string message = f.readChanges(QJsonArray{change}, 1).message().toStdString();
        CHECK_THAT(message, Contains("changes[0].recordId: must be a lowercase UUID"));
        CHECK_THAT(message, Contains("changes[0].kind: must be a record kind name"));
    }
    SECTION("a change that is not an object, and changes that are not a list")
    {
        CHECK_THAT(f.readChanges(QJsonArray{u"create"_s}, 1).message().toStdString(),
                   Contains("changes[0]: must be an object"));
        CHECK_THAT(f.readChanges(QJsonObject{}, 4).message().toStdString(), Contains("changes: must be a list"));
    }
}

TEST_CASE("correctly signed changes in JSON Qt would read leniently are refused naming the problem",
          "[sync][refusal][strictjson]")
{
    Fixture f;
    const Parts parts = split(f.writePlain());
    QByteArray body = parts.body;
    REQUIRE(body.contains("\"Yazaki Corporation\""));
    std::string problem;
    SECTION("an invalid escape, which Qt reads as the letter")
    {
        body.replace("\"Yazaki Corporation\"", "\"Yazaki\\q Corporation\"");
        problem = "invalid escape \\q";
    }
    SECTION("a raw control character inside a string")
    {
        body.replace("\"Yazaki Corporation\"", "\"Yazaki\tCorporation\"");
        problem = "U+0009";
    }
    SECTION("a lone surrogate, which Qt stores as invalid UTF-8")
    {
        body.replace("\"Yazaki Corporation\"", "\"Yazaki \\ud800\"");
        problem = "first half of a surrogate pair";
    }
    SECTION("a member given twice, of which Qt keeps the last")
    {
        body.replace("\"Yazaki Corporation\"", "\"Yazaki Corporation\",\"name_en\":\"Forged\"");
        problem = "given twice";
    }
    writeAll(f.forged, forge(parts.header, body));
    const std::string message = refusal(f.forged);
    CHECK_THAT(message, Contains("its changes are not valid JSON"));
    CHECK_THAT(message, Contains(problem));
    CHECK_THAT(message, Contains("changes[0].fields.name_en"));
}

TEST_CASE("a correctly signed header in JSON Qt would read leniently is refused naming the problem",
          "[sync][refusal][strictjson]")
{
    Fixture f;
    const Parts parts = split(f.writePlain());
    QByteArray header = QJsonDocument(parts.header).toJson(QJsonDocument::Compact);
    REQUIRE(header.contains("\"Mission laptop (Tangier)\""));
    std::string problem;
    SECTION("an invalid escape")
    {
        header.replace("\"Mission laptop (Tangier)\"", "\"Mission\\q laptop (Tangier)\"");
        problem = "senderReplicaName: invalid escape \\q";
    }
    SECTION("a member given twice")
    {
        header.replace("\"Mission laptop (Tangier)\"", "\"Mission laptop (Tangier)\",\"senderReplicaName\":\"Office\"");
        problem = "senderReplicaName: given twice";
    }
    writeAll(f.forged, forgeRaw(header, parts.body));
    const std::string message = refusal(f.forged);
    CHECK_THAT(message, Contains("its header is not valid JSON"));
    CHECK_THAT(message, Contains(problem));
}

TEST_CASE("the writer refuses what the reader would refuse", "[sync]")
{
    Fixture f;
    SyncPackageHeader header = laptopHeader();
    header.databaseId = u"tokyo office"_s;
    QList<SyncChange> changes = multilingualChanges();
    changes[1].recordId = u"42"_s;
    try {
        writeSyncPackage(f.path, header, changes, laptopKey());
        FAIL("an invalid package was written");
    } catch (const Error &e) {
        CHECK_THAT(e.message().toStdString(), Contains("cannot be written"));
        CHECK_THAT(e.message().toStdString(), Contains("databaseId: must be a lowercase UUID"));
        CHECK_THAT(e.message().toStdString(), Contains("changes[1].recordId: must be a lowercase UUID"));
    }
    CHECK_FALSE(QFile::exists(f.path));
}

TEST_CASE("a package that cannot be written is reported with its path", "[sync]")
{
    Fixture f;
    const QString path = f.dir.filePath(u"no such folder/laptop.dcrmsync"_s);
    try {
        writeSyncPackage(path, laptopHeader(), {}, laptopKey());
        FAIL("a package was written into a missing folder");
    } catch (const Error &e) {
        CHECK_THAT(e.message().toStdString(), Contains("Cannot write"));
        CHECK_THAT(e.message().toStdString(), Contains("laptop.dcrmsync"));
    }
    CHECK_THROWS_AS(writeSyncPackage(f.dir.path(), laptopHeader(), {}, laptopKey()), Error);
}
