// Sync packages as an attacker would handle them (issue 16): whoever alters, forges, redirects or
// replays a package gets a refusal naming what is wrong, and the receiving file is left as it was.

#include "domain/recordid.h"
#include "domain/validation.h"
#include "fixtures.h"
#include "sync/syncpackageformat.h"
#include "sync/syncsigning.h"
#include "sync/syncstore.h"
#include "syncfixture.h"
#include "testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace crm;
using test::Laptop;
using test::send;

namespace {
using test::readAll;
using test::writeAll;

// A plain package's header and changes as JSON, to be altered and framed again.
struct Opened
{
    QJsonObject header;
    QJsonObject body;
};

Opened open(const QByteArray &bytes)
{
    const auto headerBytes = qFromBigEndian<quint32>(bytes.constData() + 12);
    const auto bodyBytes = qFromBigEndian<quint64>(bytes.constData() + 16);
    return {QJsonDocument::fromJson(bytes.sliced(kSyncPrefixBytes, headerBytes)).object(),
            QJsonDocument::fromJson(bytes.sliced(kSyncPrefixBytes + headerBytes, qsizetype(bodyBytes))).object()};
}

// Frames the altered package again and signs it with signer: what a forger can do. Without a
// signer the original signature is kept, as a forger who cannot sign would leave it.
QByteArray reframe(const Opened &opened, const QByteArray &original, const SyncSigner *signer)
{
    const QByteArray header = QJsonDocument(opened.header).toJson(QJsonDocument::Compact);
    const QByteArray body = QJsonDocument(opened.body).toJson(QJsonDocument::Compact);
    const QByteArray bytes = syncPackagePrefix(header.size(), body.size()) + header + body;
    return bytes + (signer ? syncPackageTrailer(bytes, *signer) : original.right(kSyncTrailerBytes));
}

qint64 syncRows(Database &db)
{
    return test::sqlValue(db, u"SELECT (SELECT count(*) FROM sync_change) * 1000 + (SELECT count(*) FROM "
                              "sync_peer)"_s)
        .toLongLong();
}

// An office with a laptop that changed the investor's city, and the laptop's genuine package.
struct Scene
{
    test::TestDatabase office;
    test::Graph g = test::makeGraph(office);
    Laptop laptop{office, u"Casablanca"_s};
    QString path = office.dir() + u"/to-office.dcrmsync"_s;
    QString forged = office.dir() + u"/forged.dcrmsync"_s;
    QByteArray genuine;
    QString before;

    Scene()
    {
        laptop.store().update(RecordKind::Investor, g.investor, {{u"hq_city"_s, u"Tanger"_s}});
        laptop.sync().exportTo(u"Office"_s, path);
        genuine = readAll(path);
        before = snapshot();
    }

    QString snapshot()
    {
        return test::contentOf(office.db()) + test::tableCounts(office) + QString::number(syncRows(office.db()));
    }

    // The message the office's import of the forged file is refused with; fails when it is accepted.
    std::string refusal(const QString &file)
    {
        const std::optional<Error> error = test::errorFrom([&] { Synchronizer(office.db()).importFile(file); });
        if (!error) {
            FAIL_CHECK("the package was accepted");
            return {};
        }
        return error->message().toStdString();
    }
};
} // namespace

TEST_CASE("a genuine signed package imports, and the office learns the laptop's city", "[sync][auth]")
{
    Scene s;
    CHECK(Synchronizer(s.office.db()).importFile(s.path).applied == 1);
    CHECK(s.office.store().get(RecordKind::Investor, s.g.investor).value(u"hq_city"_s) == u"Tanger"_s);
}

TEST_CASE("a package altered and signed again by anyone but its sender is refused, nothing written", "[sync][auth]")
{
    Scene s;
    Opened o = open(s.genuine);
    QJsonArray changes = o.body[u"changes"_s].toArray();
    QJsonObject change = changes.at(0).toObject();
    SECTION("a value rewritten")
    {
        change[u"fields"_s] = QJsonObject{{u"hq_city"_s, u"Lyon"_s}};
    }
    SECTION("a change turned into a delete")
    {
        change[u"op"_s] = u"delete"_s;
        change[u"fields"_s] = QJsonObject{{u"deleted"_s, true}};
    }
    SECTION("the acknowledgement inflated to 10^15")
    {
        QJsonObject acknowledged = o.header[u"acknowledged"_s].toObject();
        acknowledged[s.office.db().replicaId()] = 1e15;
        o.header[u"acknowledged"_s] = acknowledged;
    }
    changes[0] = change;
    o.body[u"changes"_s] = changes;
    const SyncSigner attacker = SyncSigner::generate();
    writeAll(s.forged, reframe(o, s.genuine, &attacker));
    const std::string message = s.refusal(s.forged);
    CHECK_THAT(message, Catch::Contains("says it comes from \"Casablanca\""));
    CHECK_THAT(message, Catch::Contains("is not signed with its key"));
    CHECK(s.snapshot() == s.before);

    // Left with the genuine signature, the same alteration is refused as altered.
    writeAll(s.forged, reframe(o, s.genuine, nullptr));
    CHECK_THAT(s.refusal(s.forged), Catch::Contains("its signature does not match its contents"));
    CHECK(s.snapshot() == s.before);
}

TEST_CASE("a spoofed sender is refused: known, unknown, or with a certificate nobody gave", "[sync][auth]")
{
    Scene s;
    Laptop other(s.office, u"Rabat"_s);
    s.before = s.snapshot();
    const SyncSigner attacker = SyncSigner::generate();
    Opened o = open(s.genuine);
    SECTION("another known laptop")
    {
        o.header[u"senderReplicaId"_s] = other.replicaId();
        o.header[u"senderReplicaName"_s] = u"Rabat"_s;
        writeAll(s.forged, reframe(o, s.genuine, &attacker));
        CHECK_THAT(s.refusal(s.forged), Catch::Contains("says it comes from \"Rabat\""));
    }
    SECTION("a replica nobody prepared")
    {
        o.header[u"senderReplicaId"_s] = newRecordId();
        o.header[u"senderReplicaName"_s] = u"Stranger"_s;
        o.header.remove(u"certificate"_s);
        writeAll(s.forged, reframe(o, s.genuine, &attacker));
        CHECK_THAT(s.refusal(s.forged), Catch::Contains("holds no key for \"Stranger\""));
    }
    SECTION("a replica with a certificate the office never signed")
    {
        o.header[u"senderReplicaId"_s] = newRecordId();
        o.header[u"senderReplicaName"_s] = u"Stranger"_s;
        o.header[u"certificate"_s] =
            QJsonObject{{u"issuer"_s, s.office.db().replicaId()},
                        {u"signature"_s, QString::fromLatin1(attacker.sign("anything").toBase64())}};
        writeAll(s.forged, reframe(o, s.genuine, &attacker));
        CHECK_THAT(s.refusal(s.forged), Catch::Contains("whose key was not given to it by"));
    }
    CHECK(s.snapshot() == s.before);
}

TEST_CASE("a package is imported only by the replica it is addressed to", "[sync][auth]")
{
    Scene s;
    Laptop other(s.office, u"Rabat"_s);
    s.before = s.snapshot();
    const QString otherBefore = test::contentOf(other.db());
    // Replayed, unaltered, to another replica: Rabat knows Casablanca's key from the office's copy.
    std::optional<Error> error = test::errorFrom([&] { other.sync().importFile(s.path); });
    REQUIRE(error);
    CHECK(error->message().contains(u"is addressed to \"Office\""_s));
    CHECK(error->message().contains(u"not to this replica, \"Rabat\""_s));
    // The receiver changed or removed (re-signed, or not).
    const SyncSigner attacker = SyncSigner::generate();
    Opened o = open(s.genuine);
    o.header[u"receiverReplicaId"_s] = other.replicaId();
    writeAll(s.forged, reframe(o, s.genuine, nullptr));
    error = test::errorFrom([&] { other.sync().importFile(s.forged); });
    REQUIRE(error);
    CHECK(error->message().contains(u"signature does not match"_s));
    writeAll(s.forged, reframe(o, s.genuine, &attacker));
    error = test::errorFrom([&] { other.sync().importFile(s.forged); });
    REQUIRE(error);
    CHECK(error->message().contains(u"is not signed with its key"_s));
    o.header.remove(u"receiverReplicaId"_s);
    writeAll(s.forged, reframe(o, s.genuine, &attacker));
    CHECK_THAT(s.refusal(s.forged), Catch::Contains("receiverReplicaId: is missing"));
    // In memory too: the package built for the office is refused by Rabat.
    error = test::errorFrom([&] { other.sync().import(s.laptop.sync().buildPackage(u"Office"_s)); });
    REQUIRE(error);
    CHECK(error->message().contains(u"is addressed to"_s));
    CHECK(test::contentOf(other.db()) == otherBefore);
    CHECK(s.snapshot() == s.before);
}

TEST_CASE("an acknowledgement counts only for changes this replica holds", "[sync][auth]")
{
    Scene s;
    Synchronizer office(s.office.db());
    SyncPackage package = s.laptop.sync().buildPackage(u"Office"_s);
    package.header.acknowledged[s.office.db().replicaId()] = 1000000000000000;
    package.header.acknowledged[newRecordId()] = 5; // an origin the office never saw
    office.import(package);
    const SyncKnowledge held = SyncStore(s.office.db()).knowledge();
    const SyncPeerRow peer = *SyncStore(s.office.db()).peer(s.laptop.replicaId());
    CHECK(peer.acknowledged.value(s.office.db().replicaId()) == held.value(s.office.db().replicaId()));
    CHECK(peer.acknowledged.size() <= held.size());
    // The office's next edit still goes to the laptop.
    s.office.store().update(RecordKind::Investor, s.g.investor, {{u"employees"_s, 12}});
    CHECK(office.buildPackage(u"Casablanca"_s).changes.size() == 1);
    CHECK(send(s.office.db(), s.laptop.db()).applied == 1);
}

TEST_CASE("a laptop's file holds its own signing key, never the office's", "[sync][auth]")
{
    test::TestDatabase office;
    Laptop first(office, u"First"_s);
    const QString officeSecret = test::sqlValue(office.db(), u"SELECT value FROM database_info WHERE key = "
                                                             "'sync_signing_key'"_s)
                                     .toString();
    REQUIRE(officeSecret.size() > 40);
    Laptop second(office, u"Second"_s); // its copy started with the office's key in it
    const QString secondSecret = test::sqlValue(second.db(), u"SELECT value FROM database_info WHERE key = "
                                                             "'sync_signing_key'"_s)
                                     .toString();
    CHECK(secondSecret.size() == officeSecret.size());
    CHECK(secondSecret != officeSecret);
    QByteArray file = readAll(second.path());
    if (QFile::exists(second.path() + u"-wal"_s)) {
        file += readAll(second.path() + u"-wal"_s);
    }
    CHECK_FALSE(file.contains(officeSecret.toLatin1()));
    CHECK_FALSE(file.contains(QByteArray::fromBase64(officeSecret.toLatin1())));
    // Each laptop knows the office's public key; the office knows theirs.
    const QByteArray officeKey = SyncSigner::fromStored(officeSecret).publicKey();
    CHECK(SyncStore(second.db()).peer(office.db().replicaId())->publicKey == officeKey);
    CHECK(SyncStore(office.db()).peer(second.replicaId())->publicKey ==
          SyncSigner::fromStored(secondSecret).publicKey());
}

TEST_CASE("laptops prepared by one office trust each other's packages through its certificate", "[sync][auth]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    Laptop a(office, u"A"_s);
    Laptop b(office, u"B"_s); // b knows a's key from the office's copy; a has never heard of b
    b.store().update(RecordKind::Investor, g.investor, {{u"hq_city"_s, u"Oujda"_s}});
    const QString path = office.dir() + u"/b-to-a.dcrmsync"_s;
    b.sync().exportTo(u"A"_s, path);
    CHECK(a.sync().importFile(path).applied == 1);
    CHECK(SyncStore(a.db()).peer(b.replicaId())->publicKey.size() == kSyncPublicKeyBytes);
    // b's certificate, altered, is refused by a replica that does not know b yet.
    Laptop c(office, u"C"_s);
    c.sync().exportTo(u"A"_s, path);
    Opened o = open(readAll(path));
    QJsonObject certificate = o.header[u"certificate"_s].toObject();
    QByteArray signature = QByteArray::fromBase64(certificate[u"signature"_s].toString().toLatin1());
    signature[3] = char(signature[3] ^ 1);
    certificate[u"signature"_s] = QString::fromLatin1(signature.toBase64());
    o.header[u"certificate"_s] = certificate;
    const SyncSigner attacker = SyncSigner::generate();
    writeAll(path, reframe(o, {}, &attacker));
    const std::optional<Error> error = test::errorFrom([&] { a.sync().importFile(path); });
    REQUIRE(error);
    CHECK(error->message().contains(u"whose key was not given to it by \"Office\""_s));
}

TEST_CASE("a peer prepared before packages were signed is refused until its key is entered", "[sync][auth]")
{
    Scene s;
    // What schema 12 leaves of a laptop prepared before it: no key for it here, no certificate there.
    SyncStore store(s.office.db());
    SyncPeerRow row = *store.peer(s.laptop.replicaId());
    row.publicKey.clear();
    store.savePeer(row);
    SyncStore(s.laptop.db()).setCertificate({}, {});
    s.laptop.sync().exportTo(u"Office"_s, s.path);
    const std::string message = s.refusal(s.path);
    CHECK_THAT(message, Catch::Contains("holds no key for \"Casablanca\""));
    CHECK_THAT(message, Catch::Contains("sync trust"));
    Synchronizer office(s.office.db());
    CHECK(test::invalidFields([&] { office.trustPeerKey(u"Casablanca"_s, u"not a key"_s); }) == QStringList{u"key"_s});
    office.trustPeerKey(u"Casablanca"_s, s.laptop.sync().publicKey());
    CHECK(office.importFile(s.path).applied == 1);
    // A key once held is never replaced by another.
    CHECK(test::errorFrom(
        [&] { office.trustPeerKey(u"Casablanca"_s, syncKeyText(SyncSigner::generate().publicKey())); }));
}

TEST_CASE("peer names are unique on every replica", "[sync][auth]")
{
    Scene s;
    Laptop other(s.office, u"Rabat"_s);
    s.before = s.snapshot();
    Synchronizer office(s.office.db());
    // Renaming this replica to a peer's name.
    std::optional<Error> error = test::errorFrom([&] { office.setReplicaName(u"rabat"_s); });
    REQUIRE(error);
    CHECK(error->message().contains(other.replicaId()));
    CHECK(error->message().contains(u"\"rabat\""_s));
    // A package whose sender took another peer's name.
    SyncPackage package = s.laptop.sync().buildPackage(u"Office"_s);
    package.header.senderReplicaName = u"Rabat"_s;
    error = test::errorFrom([&] { office.import(package); });
    REQUIRE(error);
    CHECK(error->message().contains(s.laptop.replicaId()));
    CHECK(error->message().contains(other.replicaId()));
    package.header.senderReplicaName = u"OFFICE"_s;
    CHECK(test::errorFrom([&] { office.import(package); }));
    CHECK(s.snapshot() == s.before);
    // Two peers that share a name (a file from before): export names both instead of picking one.
    SyncStore store(s.office.db());
    SyncPeerRow row = *store.peer(other.replicaId());
    row.name = u"Casablanca"_s;
    store.savePeer(row);
    error = test::errorFrom([&] { office.exportTo(u"Casablanca"_s, s.forged); });
    REQUIRE(error);
    CHECK(error->message().contains(s.laptop.replicaId()));
    CHECK(error->message().contains(other.replicaId()));
    CHECK_FALSE(QFile::exists(s.forged));
}

TEST_CASE("one text limit for edits and for sync: what a replica saves, every replica takes", "[sync][auth]")
{
    test::TestDatabase office;
    const test::Graph g = test::makeGraph(office);
    Laptop laptop(office, u"Casablanca"_s);
    QVariantMap note = test::noteJson(g);
    note.insert(u"body"_s, QString(kMaxTextLength + 1, u'x'));
    CHECK(test::invalidFields([&] { laptop.store().create(RecordKind::Note, note); }) == QStringList{u"body"_s});
    note.insert(u"body"_s, QString(kMaxTextLength, u'x'));
    const QString id = laptop.store().create(RecordKind::Note, note);
    // An update and a list element are held to the same limit.
    CHECK(test::invalidFields([&] {
              laptop.store().update(RecordKind::Note, id, {{u"body"_s, QString(kMaxTextLength + 1, u'y')}});
          }) == QStringList{u"body"_s});
    CHECK(test::invalidFields([&] {
              laptop.store().update(RecordKind::Investor, g.investor,
                                    {{u"aliases"_s, QStringList{QString(kMaxTextLength + 1, u'z')}}});
          }) == QStringList{u"aliases[0]"_s});
    const QString path = office.dir() + u"/long.dcrmsync"_s;
    laptop.sync().exportTo(u"Office"_s, path);
    CHECK(Synchronizer(office.db()).importFile(path).applied == 1);
    CHECK(office.store().get(RecordKind::Note, id).value(u"body"_s).toString().size() == kMaxTextLength);
}

TEST_CASE("a package its sender signed but whose JSON Qt would read leniently is refused, nothing written",
          "[sync][auth][strictjson]")
{
    Scene s;
    // The laptop's own key: the signature is genuine, only the JSON inside is not strict.
    const SyncSigner laptopKey = SyncSigner::fromStored(
        test::sqlValue(s.laptop.db(), u"SELECT value FROM database_info WHERE key = 'sync_signing_key'"_s).toString());
    const auto headerBytes = qFromBigEndian<quint32>(s.genuine.constData() + 12);
    const auto bodyBytes = qFromBigEndian<quint64>(s.genuine.constData() + 16);
    const QByteArray header = s.genuine.sliced(kSyncPrefixBytes, headerBytes);
    QByteArray body = s.genuine.sliced(kSyncPrefixBytes + headerBytes, qsizetype(bodyBytes));
    REQUIRE(body.contains("\"Tanger\""));
    body.replace("\"Tanger\"", "\"Tan\\qger\"");
    const QByteArray bytes = syncPackagePrefix(header.size(), body.size()) + header + body;
    writeAll(s.forged, bytes + syncPackageTrailer(bytes, laptopKey));
    const std::string message = s.refusal(s.forged);
    CHECK_THAT(message, Catch::Contains("its changes are not valid JSON"));
    CHECK_THAT(message, Catch::Contains("fields.hq_city: invalid escape \\q"));
    CHECK(s.snapshot() == s.before);
}

TEST_CASE("sync data altered in the database file is reported as damaged, not read leniently",
          "[sync][auth][strictjson]")
{
    Scene s;
    REQUIRE(Synchronizer(s.office.db()).importFile(s.path).applied == 1);
    test::sqlValue(s.office.db(), u"UPDATE sync_head SET value = ? WHERE record_id = ? AND field = 'hq_city'"_s,
                   {u"\"Tan\\qger\""_s, s.g.investor});
    const std::optional<Error> error = test::errorFrom([&] { SyncStore(s.office.db()).heads(s.g.investor); });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::Database);
    CHECK(error->message().contains(u"invalid escape \\q"_s));
}
