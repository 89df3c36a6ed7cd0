// sync and replica through the real binary: a mission laptop prepared from the office database, both
// edited, packages carried both ways, conflicts listed and resolved (issue 8).
#include "clirunner.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using crm::test::Cli;
using crm::test::CliResult;

namespace {
const QString kAgency = u"agency"_s;
const QString kAcronym = u"acronym"_s;

// "key: value" lines of export, import and prepare.
QString summaryValue(const CliResult &result, const QString &key)
{
    for (const QString &line : result.outLines()) {
        if (line.startsWith(key + u": "_s)) {
            return line.section(u": "_s, 1);
        }
    }
    FAIL("no \"" << key.toStdString() << "\" line in: " << result.outText().toStdString());
    return {};
}

qint64 summaryNumber(const CliResult &result, const QString &key)
{
    return summaryValue(result, key).section(u' ', 0, 0).toLongLong();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// The office database (the test's own) with one agency, and a mission laptop's copy prepared from it.
class OfficeAndLaptop
{
public:
    OfficeAndLaptop() : m_laptop(cli.filePath(u"laptop.sqlite"_s))
    {
        cli.init();
        agencyId = cli.add(kAgency, crm::test::agencyJson());
        cli.add(u"officer"_s, {{u"name"_s, u"佐藤 花子"_s}, {u"initials"_s, u"HS"_s}});
        const CliResult prepared =
            cli.run({u"replica"_s, u"prepare"_s, u"--out"_s, m_laptop, u"--name"_s, u"Laptop"_s});
        INFO("stderr: " << prepared.errText().toStdString());
        REQUIRE(prepared.exitCode == 0);
        laptopId = summaryValue(prepared, u"replica_id"_s);
        officeId = status(office()).value(u"replica_id"_s).toString();
        REQUIRE_FALSE(officeId.isEmpty());
    }

    QString office() const { return cli.dbPath(); }
    QString laptop() const { return m_laptop; }

    CliResult on(const QString &db, const QStringList &arguments, const QByteArray &input = {}) const
    {
        return cli.runRaw(QStringList{u"--db"_s, db} + arguments, input);
    }

    // Runs and expects success.
    CliResult ok(const QString &db, const QStringList &arguments, const QByteArray &input = {}) const
    {
        const CliResult result = on(db, arguments, input);
        INFO(arguments.join(u' ').toStdString());
        INFO("stderr: " << result.errText().toStdString());
        REQUIRE(result.exitCode == 0);
        return result;
    }

    void setAcronym(const QString &db, const QString &acronym, const QStringList &officer = {}) const
    {
        const CliResult result = ok(db, officer + QStringList{u"update"_s, kAgency, agencyId, u"--json"_s, u"-"_s},
                                    crm::test::toJson({{kAcronym, acronym}}));
        REQUIRE(result.outText() == u"updated\n"_s);
    }

    QJsonObject agency(const QString &db) const
    {
        return ok(db, {u"show"_s, kAgency, agencyId, u"--json"_s}).jsonObject();
    }

    QJsonObject status(const QString &db) const { return ok(db, {u"sync"_s, u"status"_s, u"--json"_s}).jsonObject(); }
    QJsonArray conflicts(const QString &db) const
    {
        return ok(db, {u"sync"_s, u"conflicts"_s, u"--json"_s}).jsonArray();
    }

    // Exports from one database to the other's replica and imports it there; returns the import.
    CliResult carry(const QString &from, const QString &to, const QString &peer, const QString &name) const
    {
        const QString package = cli.filePath(name);
        ok(from, {u"sync"_s, u"export"_s, u"--to"_s, peer, u"--out"_s, package});
        return ok(to, {u"sync"_s, u"import"_s, package});
    }
    CliResult officeToLaptop(const QString &name) const { return carry(office(), laptop(), laptopId, name); }
    CliResult laptopToOffice(const QString &name) const { return carry(laptop(), office(), officeId, name); }

    Cli cli;
    QString agencyId;
    QString officeId;
    QString laptopId;

private:
    QString m_laptop;
};

bool inTrash(const QJsonObject &record)
{
    return !record.value(u"deleted_at"_s).toString().isEmpty();
}

QStringList valuesOf(const QJsonObject &conflict)
{
    QStringList values;
    for (const QJsonValue &value : conflict.value(u"values"_s).toArray()) {
        values << value.toObject().value(u"value"_s).toString();
    }
    return values;
}
} // namespace

TEST_CASE("replica prepare copies the database for a laptop and prints the counts and the size", "[cli][sync]")
{
    Cli cli;
    cli.init();
    cli.add(kAgency, crm::test::agencyJson());
    cli.add(u"investor"_s, crm::test::investorJson());
    const QString laptop = cli.filePath(u"laptop.sqlite"_s);
    const CliResult result = cli.run({u"replica"_s, u"prepare"_s, u"--out"_s, laptop, u"--name"_s, u"Laptop"_s});
    INFO("stderr: " << result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(summaryNumber(result, u"agency"_s) == 1);
    CHECK(summaryNumber(result, u"investor"_s) == 1);
    CHECK(summaryNumber(result, u"total"_s) >= 2);
    CHECK(summaryNumber(result, u"file_size"_s) == QFile(laptop).size());
    CHECK(result.err.isEmpty()); // no progress when stderr is not a terminal

    const CliResult listed = cli.runRaw({u"--db"_s, laptop, u"list"_s, kAgency});
    CHECK(listed.outLines().size() == 1);
    CHECK(cli.runRaw({u"--db"_s, laptop, u"replica"_s, u"name"_s}).outText() == u"Laptop\n"_s);

    SECTION("without --name the laptop is called after its file")
    {
        const QString casablanca = cli.filePath(u"casablanca.sqlite"_s);
        REQUIRE(cli.run({u"replica"_s, u"prepare"_s, u"--out"_s, casablanca}).exitCode == 0);
        CHECK(cli.runRaw({u"--db"_s, casablanca, u"replica"_s, u"name"_s}).outText() == u"casablanca\n"_s);
    }
    SECTION("an existing file is never replaced")
    {
        const QByteArray before = crm::test::fileBytes(laptop);
        const CliResult again = cli.run({u"replica"_s, u"prepare"_s, u"--out"_s, laptop, u"--name"_s, u"Other"_s});
        CHECK(again.exitCode == 1);
        CHECK(again.errText().contains(u"already exists"_s));
        CHECK(crm::test::fileBytes(laptop) == before);
    }
}

TEST_CASE("replica prepare with a scope takes the chosen records and what they need; an unknown id is refused",
          "[cli][sync]")
{
    Cli cli;
    REQUIRE(cli.run({u"demo"_s}).exitCode == 0);
    const QString hassani =
        cli.run({u"list"_s, u"delegate"_s}).outText().section(u"\tMohamed Aref Hassani"_s, 0, 0).section(u'\n', -1);
    REQUIRE(hassani.size() == 36);
    const qint64 delegates = cli.run({u"list"_s, u"delegate"_s}).outLines().size();
    const QString scoped = cli.filePath(u"hassani.sqlite"_s);
    const CliResult result =
        cli.run({u"replica"_s, u"prepare"_s, u"--out"_s, scoped, u"--name"_s, u"Rabat"_s, u"--delegate"_s, hassani});
    INFO("stderr: " << result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    const QStringList copied = cli.runRaw({u"--db"_s, scoped, u"list"_s, u"delegate"_s}).outLines();
    CHECK(summaryNumber(result, u"delegate"_s) == copied.size());
    CHECK(copied.size() < delegates);
    CHECK(copied.join(u'\n').contains(hassani));
    CHECK(summaryNumber(result, u"agency"_s) >= 1); // his agency comes with him

    const QString refusedPath = cli.filePath(u"refused.sqlite"_s);
    const CliResult refused =
        cli.run({u"replica"_s, u"prepare"_s, u"--out"_s, refusedPath, u"--name"_s, u"Other"_s, u"--mission"_s,
                 u"01a2269b-0000-7000-8000-000000000000"_s, u"--country"_s, u"Morocco"_s});
    CHECK(refused.exitCode == 2);
    CHECK(refused.errText().contains(u"mission: "_s));
    CHECK(refused.errText().contains(u"country: "_s));
    CHECK_FALSE(QFile::exists(refusedPath));
    const CliResult taken = cli.run({u"replica"_s, u"prepare"_s, u"--out"_s, refusedPath, u"--name"_s, u"rabat"_s});
    CHECK(taken.exitCode == 2);
    CHECK(taken.errText().contains(u"already names a replica"_s));
}

TEST_CASE("a field edited differently on both sides becomes one conflict, the same winner on both, then one "
          "decision everywhere",
          "[cli][sync]")
{
    OfficeAndLaptop setup;
    setup.setAcronym(setup.office(), u"OFFICE"_s);
    setup.setAcronym(setup.laptop(), u"LAPTOP"_s, {u"--officer"_s, u"hs"_s});

    const CliResult toLaptop = setup.officeToLaptop(u"office-to-laptop.crmsync"_s);
    const CliResult toOffice = setup.laptopToOffice(u"laptop-to-office.crmsync"_s);
    CHECK(summaryNumber(toLaptop, u"conflicts"_s) == 1);
    CHECK(summaryNumber(toOffice, u"conflicts"_s) == 1);
    CHECK(summaryValue(toOffice, u"from"_s) == u"Laptop"_s);
    CHECK(summaryNumber(toOffice, u"records_changed"_s) <= 1);
    CHECK(toOffice.errText().contains(u"sync conflicts"_s));

    // Both replicas pick the same value until someone decides.
    const QString officeValue = setup.agency(setup.office()).value(kAcronym).toString();
    CHECK(setup.agency(setup.laptop()).value(kAcronym).toString() == officeValue);
    CHECK((officeValue == u"OFFICE"_s || officeValue == u"LAPTOP"_s));

    for (const QString &db : {setup.office(), setup.laptop()}) {
        const QJsonArray conflicts = setup.conflicts(db);
        REQUIRE(conflicts.size() == 1);
        const QJsonObject conflict = conflicts.at(0).toObject();
        CHECK(conflict.value(u"type"_s).toString() == u"same_field"_s);
        CHECK(conflict.value(u"kind"_s).toString() == kAgency);
        CHECK(conflict.value(u"record_id"_s).toString() == setup.agencyId);
        CHECK(conflict.value(u"title"_s).toString().contains(u"Moroccan"_s));
        CHECK(conflict.value(u"field"_s).toString() == kAcronym);
        CHECK(conflict.value(u"deletion"_s).isNull());
        const QStringList values = valuesOf(conflict);
        CHECK(values.size() == 2);
        CHECK(values.contains(u"OFFICE"_s));
        CHECK(values.contains(u"LAPTOP"_s));
        CHECK(values.value(0) == officeValue); // the current value first
        QStringList replicas;
        for (const QJsonValue &value : conflict.value(u"values"_s).toArray()) {
            const QJsonObject object = value.toObject();
            replicas << object.value(u"replica_name"_s).toString();
            // The officer by name where this database has them; no officer on the office's edit.
            const bool laptopEdit = object.value(u"value"_s).toString() == u"LAPTOP"_s;
            CHECK(object.value(u"replica_id"_s).toString() == (laptopEdit ? setup.laptopId : setup.officeId));
            CHECK(object.value(u"author"_s) == (laptopEdit ? QJsonValue(u"佐藤 花子"_s) : QJsonValue()));
            CHECK(QDateTime::fromString(object.value(u"at"_s).toString(), Qt::ISODateWithMs).isValid());
            CHECK_FALSE(object.value(u"change_id"_s).toString().isEmpty());
        }
        CHECK(replicas.contains(u"Laptop"_s));
        CHECK(replicas.contains(u"Office"_s));
    }
    const CliResult text = setup.ok(setup.office(), {u"sync"_s, u"conflicts"_s});
    CHECK(text.outText().contains(setup.agencyId));
    CHECK(text.outText().contains(u"\"OFFICE\""_s));
    CHECK(text.outText().contains(u"\"LAPTOP\""_s));
    CHECK(text.outText().contains(u"(current)"_s));
    CHECK(setup.status(setup.office()).value(u"unresolved_conflicts"_s).toInteger() == 1);

    // The officer keeps the value that did not win, at the office; the laptop learns it by package.
    const QString loser = officeValue == u"OFFICE"_s ? u"LAPTOP"_s : u"OFFICE"_s;
    const CliResult resolved = setup.ok(setup.office(), {u"sync"_s, u"resolve"_s, u"--record"_s, setup.agencyId,
                                                         u"--field"_s, kAcronym, u"--keep"_s, u"2"_s});
    CHECK(resolved.outText().contains(loser));
    CHECK(setup.agency(setup.office()).value(kAcronym).toString() == loser);
    CHECK(setup.conflicts(setup.office()).isEmpty());

    setup.officeToLaptop(u"resolution.crmsync"_s);
    setup.laptopToOffice(u"acknowledgement.crmsync"_s);
    for (const QString &db : {setup.office(), setup.laptop()}) {
        INFO(db.toStdString());
        CHECK(setup.agency(db).value(kAcronym).toString() == loser);
        CHECK(setup.conflicts(db).isEmpty());
        CHECK(setup.status(db).value(u"unresolved_conflicts"_s).toInteger() == 0);
    }
    CHECK(setup.agency(setup.office()).value(u"name"_s) == setup.agency(setup.laptop()).value(u"name"_s));
}

TEST_CASE("sync resolve --value sets a new value on every replica", "[cli][sync]")
{
    OfficeAndLaptop setup;
    setup.setAcronym(setup.office(), u"OFFICE"_s);
    setup.setAcronym(setup.laptop(), u"LAPTOP"_s);
    setup.officeToLaptop(u"1.crmsync"_s);
    setup.laptopToOffice(u"2.crmsync"_s);

    setup.ok(setup.laptop(), {u"sync"_s, u"resolve"_s, u"--record"_s, setup.agencyId, u"--field"_s, kAcronym,
                              u"--value"_s, u"\"AMDIE\""_s});
    setup.laptopToOffice(u"3.crmsync"_s);
    for (const QString &db : {setup.office(), setup.laptop()}) {
        CHECK(setup.agency(db).value(kAcronym).toString() == u"AMDIE"_s);
        CHECK(setup.conflicts(db).isEmpty());
    }
}

TEST_CASE("sync resolve refuses a decision for a conflict that does not exist", "[cli][sync]")
{
    OfficeAndLaptop setup;
    const QStringList resolve{u"sync"_s, u"resolve"_s, u"--record"_s, setup.agencyId};
    const CliResult none = setup.on(setup.office(), resolve + QStringList{u"--field"_s, kAcronym, u"--keep"_s, u"1"_s});
    CHECK(none.exitCode == 1);
    CHECK(none.errText().contains(setup.agencyId));
    CHECK(none.errText().contains(u"no unresolved conflict"_s));

    setup.setAcronym(setup.office(), u"OFFICE"_s);
    setup.setAcronym(setup.laptop(), u"LAPTOP"_s);
    setup.laptopToOffice(u"1.crmsync"_s);
    SECTION("another field of the record")
    {
        const CliResult other =
            setup.on(setup.office(), resolve + QStringList{u"--field"_s, u"name"_s, u"--keep"_s, u"1"_s});
        CHECK(other.exitCode == 1);
        CHECK(other.errText().contains(u"name"_s));
        CHECK(other.errText().contains(kAcronym)); // what there is to resolve
    }
    SECTION("a deletion decision for an edit conflict")
    {
        CHECK(setup.on(setup.office(), resolve + QStringList{u"--restore"_s}).exitCode == 1);
    }
    SECTION("--keep out of range")
    {
        const CliResult out =
            setup.on(setup.office(), resolve + QStringList{u"--field"_s, kAcronym, u"--keep"_s, u"3"_s});
        CHECK(out.exitCode == 1);
        CHECK(out.errText().contains(u"--keep"_s));
    }
    CHECK(setup.conflicts(setup.office()).size() == 1);
}

TEST_CASE("a record moved to the Trash on one side and edited on the other is restored by sync resolve --restore",
          "[cli][sync]")
{
    OfficeAndLaptop setup;
    setup.ok(setup.office(), {u"delete"_s, kAgency, setup.agencyId});
    setup.setAcronym(setup.laptop(), u"LAPTOP"_s);
    setup.officeToLaptop(u"1.crmsync"_s);
    setup.laptopToOffice(u"2.crmsync"_s);

    const QJsonArray conflicts = setup.conflicts(setup.office());
    REQUIRE(conflicts.size() == 1);
    const QJsonObject conflict = conflicts.at(0).toObject();
    CHECK(conflict.value(u"type"_s).toString() == u"deleted_while_edited"_s);
    CHECK(conflict.value(u"record_id"_s).toString() == setup.agencyId);
    CHECK(conflict.value(u"field"_s).toString().contains(kAcronym));
    CHECK(conflict.value(u"deletion"_s).toObject().value(u"replica_id"_s).toString() == setup.officeId);

    // Until someone decides, the record stays in the Trash on both sides.
    CHECK(inTrash(setup.agency(setup.office())));
    CHECK(inTrash(setup.agency(setup.laptop())));

    setup.ok(setup.office(), {u"sync"_s, u"resolve"_s, u"--record"_s, setup.agencyId, u"--restore"_s});
    setup.officeToLaptop(u"3.crmsync"_s);
    for (const QString &db : {setup.office(), setup.laptop()}) {
        INFO(db.toStdString());
        const QJsonObject agency = setup.agency(db);
        CHECK_FALSE(inTrash(agency));
        CHECK(agency.value(kAcronym).toString() == u"LAPTOP"_s);
        CHECK(setup.conflicts(db).isEmpty());
    }
}

TEST_CASE("importing the same package twice reports every change as a duplicate and changes nothing", "[cli][sync]")
{
    OfficeAndLaptop setup;
    setup.setAcronym(setup.office(), u"OFFICE"_s);
    setup.cli.add(u"investor"_s, crm::test::investorJson());
    const QString package = setup.cli.filePath(u"office.crmsync"_s);
    const CliResult exported =
        setup.ok(setup.office(), {u"sync"_s, u"export"_s, u"--to"_s, u"Laptop"_s, u"--out"_s, package});
    const qint64 changes = summaryNumber(exported, u"changes"_s);
    CHECK(changes >= 2);
    CHECK(summaryValue(exported, u"peer"_s) == u"Laptop"_s);
    CHECK(summaryValue(exported, u"file"_s).endsWith(u"office.crmsync"_s));
    CHECK(summaryValue(exported, u"encrypted"_s) == u"false"_s);
    CHECK(summaryNumber(exported, u"file_size"_s) == QFile(package).size());

    const CliResult first = setup.ok(setup.laptop(), {u"sync"_s, u"import"_s, package});
    CHECK(summaryNumber(first, u"received"_s) == changes);
    CHECK(summaryNumber(first, u"new"_s) == changes);
    CHECK(summaryNumber(first, u"duplicates"_s) == 0);
    CHECK(summaryNumber(first, u"records_changed"_s) == 2);
    CHECK(summaryNumber(first, u"conflicts"_s) == 0);
    CHECK(setup.agency(setup.laptop()).value(kAcronym).toString() == u"OFFICE"_s);
    const QByteArray investors = setup.ok(setup.laptop(), {u"list"_s, u"investor"_s, u"--json"_s}).out;

    const CliResult second = setup.ok(setup.laptop(), {u"sync"_s, u"import"_s, package});
    CHECK(summaryNumber(second, u"received"_s) == changes);
    CHECK(summaryNumber(second, u"new"_s) == 0);
    CHECK(summaryNumber(second, u"duplicates"_s) == changes);
    CHECK(summaryNumber(second, u"records_changed"_s) == 0);
    CHECK(setup.ok(setup.laptop(), {u"list"_s, u"investor"_s, u"--json"_s}).out == investors);
}

TEST_CASE("a package given through a pipe as /dev/stdin is imported like a file", "[cli][sync]")
{
    OfficeAndLaptop setup;
    setup.setAcronym(setup.office(), u"PIPED"_s);
    const QString package = setup.cli.filePath(u"piped.crmsync"_s);
    const CliResult exported =
        setup.ok(setup.office(), {u"sync"_s, u"export"_s, u"--to"_s, u"Laptop"_s, u"--out"_s, package});
    QFile file(package);
    REQUIRE(file.open(QIODevice::ReadOnly));

    const CliResult imported = setup.ok(setup.laptop(), {u"sync"_s, u"import"_s, u"/dev/stdin"_s}, file.readAll());
    CHECK(summaryNumber(imported, u"received"_s) == summaryNumber(exported, u"changes"_s));
    CHECK(setup.agency(setup.laptop()).value(kAcronym).toString() == u"PIPED"_s);
}

TEST_CASE("an encrypted package needs the passphrase from its file; a wrong one is refused", "[cli][sync]")
{
    OfficeAndLaptop setup;
    setup.setAcronym(setup.office(), u"SECRETACRONYM"_s);
    const QString passphraseFile = setup.cli.filePath(u"passphrase.txt"_s);
    writeFile(passphraseFile, "correct horse battery staple\n");
    const QString package = setup.cli.filePath(u"office.crmsync"_s);
    const CliResult exported = setup.ok(setup.office(), {u"sync"_s, u"export"_s, u"--to"_s, setup.laptopId, u"--out"_s,
                                                         package, u"--passphrase-file"_s, passphraseFile});
    CHECK(summaryValue(exported, u"encrypted"_s) == u"true"_s);
    CHECK_FALSE(crm::test::fileBytes(package).contains("SECRETACRONYM"));

    const CliResult without = setup.on(setup.laptop(), {u"sync"_s, u"import"_s, package});
    CHECK(without.exitCode == 2);
    CHECK(without.errText().contains(u"encrypted"_s));

    const QString wrongFile = setup.cli.filePath(u"wrong.txt"_s);
    writeFile(wrongFile, "correct horse battery stapler\n");
    const CliResult wrong =
        setup.on(setup.laptop(), {u"sync"_s, u"import"_s, package, u"--passphrase-file"_s, wrongFile});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.errText().contains(u"passphrase is wrong"_s));
    CHECK(wrong.out.isEmpty());
    CHECK(setup.agency(setup.laptop()).value(kAcronym).toString() == u"AMDIE"_s);

    CliResult right;
    SECTION("from its file: the line end is not part of the passphrase, CRLF included")
    {
        writeFile(passphraseFile, "correct horse battery staple\r\nsecond line is ignored\n");
        right = setup.ok(setup.laptop(), {u"sync"_s, u"import"_s, package, u"--passphrase-file"_s, passphraseFile});
    }
    SECTION("from standard input")
    {
        right = setup.ok(setup.laptop(), {u"sync"_s, u"import"_s, package, u"--passphrase-file"_s, u"-"_s},
                         "correct horse battery staple");
    }
    CHECK(summaryNumber(right, u"new"_s) >= 1);
    CHECK(setup.agency(setup.laptop()).value(kAcronym).toString() == u"SECRETACRONYM"_s);
}

TEST_CASE("a passphrase file that is missing or empty is a usage error naming the option", "[cli][sync]")
{
    Cli cli;
    const QString empty = cli.filePath(u"empty.txt"_s);
    writeFile(empty, "\n");
    for (const QString &file : {cli.filePath(u"missing.txt"_s), empty}) {
        INFO(file.toStdString());
        const CliResult exported = cli.run({u"sync"_s, u"export"_s, u"--to"_s, u"Laptop"_s, u"--out"_s,
                                            cli.filePath(u"p.crmsync"_s), u"--passphrase-file"_s, file});
        CHECK(exported.exitCode == 1);
        CHECK(exported.errText().contains(u"--passphrase-file"_s));
        const CliResult imported = cli.run({u"sync"_s, u"import"_s, empty, u"--passphrase-file"_s, file});
        CHECK(imported.exitCode == 1);
        CHECK(imported.errText().contains(u"--passphrase-file"_s));
    }
    CHECK_FALSE(QFile::exists(cli.dbPath())); // checked before the database is opened
    CHECK_FALSE(QFile::exists(cli.filePath(u"p.crmsync"_s)));
}

TEST_CASE("a package from another database is refused with a message naming the problem", "[cli][sync]")
{
    OfficeAndLaptop setup;
    setup.setAcronym(setup.office(), u"OFFICE"_s);
    const QString package = setup.cli.filePath(u"office.crmsync"_s);
    setup.ok(setup.office(), {u"sync"_s, u"export"_s, u"--to"_s, u"Laptop"_s, u"--out"_s, package});

    Cli other;
    other.init();
    const CliResult refused = other.run({u"sync"_s, u"import"_s, package});
    CHECK(refused.exitCode == 2);
    CHECK(refused.errText().contains(u"another database"_s));
    CHECK(refused.out.isEmpty());
    CHECK(other.run({u"list"_s, kAgency}).out.isEmpty());

    SECTION("a damaged package is refused too")
    {
        QByteArray bytes = crm::test::fileBytes(package);
        bytes[bytes.size() / 2] = static_cast<char>(bytes.at(bytes.size() / 2) ^ 0x20);
        const QString damaged = setup.cli.filePath(u"damaged.crmsync"_s);
        writeFile(damaged, bytes);
        const CliResult result = setup.on(setup.laptop(), {u"sync"_s, u"import"_s, damaged});
        CHECK(result.exitCode == 2);
        CHECK(result.errText().contains(u"damaged.crmsync"_s));
        CHECK(setup.agency(setup.laptop()).value(kAcronym).toString() == u"AMDIE"_s);
    }
}

TEST_CASE("sync status --json shows this replica, its peers and what they have not acknowledged", "[cli][sync]")
{
    OfficeAndLaptop setup;
    const QJsonObject office = setup.status(setup.office());
    const QJsonObject laptop = setup.status(setup.laptop());
    CHECK(office.value(u"enabled"_s).toBool());
    CHECK(office.value(u"replica_name"_s).toString() == u"Office"_s);
    CHECK(laptop.value(u"replica_name"_s).toString() == u"Laptop"_s);
    CHECK(laptop.value(u"replica_id"_s).toString() == setup.laptopId);
    CHECK(office.value(u"replica_id"_s).toString() != setup.laptopId);
    CHECK_FALSE(office.value(u"database_id"_s).toString().isEmpty());
    CHECK(laptop.value(u"database_id"_s) == office.value(u"database_id"_s));
    CHECK(office.value(u"unresolved_conflicts"_s).toInteger() == 0);

    const QJsonArray peers = office.value(u"peers"_s).toArray();
    REQUIRE(peers.size() == 1);
    const QJsonObject peer = peers.at(0).toObject();
    CHECK(peer.value(u"replica_id"_s).toString() == setup.laptopId);
    CHECK(peer.value(u"name"_s).toString() == u"Laptop"_s);
    CHECK(peer.value(u"last_import_at"_s).isNull());
    // Preparing the copy counts as the first export to it.
    CHECK(QDateTime::fromString(peer.value(u"last_export_at"_s).toString(), Qt::ISODateWithMs).isValid());
    CHECK(peer.value(u"pending_changes"_s).toInteger() == 0);

    setup.setAcronym(setup.office(), u"OFFICE"_s);
    const QJsonObject edited = setup.status(setup.office()).value(u"peers"_s).toArray().at(0).toObject();
    CHECK(edited.value(u"pending_changes"_s).toInteger() >= 1);

    setup.officeToLaptop(u"1.crmsync"_s);
    setup.laptopToOffice(u"2.crmsync"_s); // carries the laptop's acknowledgement
    const QJsonObject after = setup.status(setup.office()).value(u"peers"_s).toArray().at(0).toObject();
    CHECK(after.value(u"pending_changes"_s).toInteger() == 0);
    for (const QString &key : {u"last_import_at"_s, u"last_export_at"_s}) {
        const QString at = after.value(key).toString();
        INFO(key.toStdString() << ": " << at.toStdString());
        CHECK(at.endsWith(u'Z'));
        CHECK(QDateTime::fromString(at, Qt::ISODateWithMs).isValid());
    }

    const CliResult text = setup.ok(setup.office(), {u"sync"_s, u"status"_s});
    CHECK(text.outText().contains(u"Laptop ("_s + setup.laptopId + u')'));
    CHECK(text.outText().contains(u" UTC"_s));
}

TEST_CASE("replica name shows this replica's name and --set changes it", "[cli][sync]")
{
    OfficeAndLaptop setup;
    CHECK(setup.ok(setup.office(), {u"replica"_s, u"name"_s}).outText() == u"Office\n"_s);
    CHECK(setup.ok(setup.laptop(), {u"replica"_s, u"name"_s, u"--set"_s, u"Mission laptop 2"_s}).outText() ==
          u"Mission laptop 2\n"_s);
    CHECK(setup.status(setup.laptop()).value(u"replica_name"_s).toString() == u"Mission laptop 2"_s);
    CHECK(setup.on(setup.laptop(), {u"replica"_s, u"name"_s, u"--set"_s, u" "_s}).exitCode == 1);

    // The office learns the new name from the laptop's next package, and exports to it by that name.
    setup.laptopToOffice(u"1.crmsync"_s);
    const QJsonArray peers = setup.status(setup.office()).value(u"peers"_s).toArray();
    REQUIRE(peers.size() == 1);
    CHECK(peers.at(0).toObject().value(u"name"_s).toString() == u"Mission laptop 2"_s);
    setup.ok(setup.office(), {u"sync"_s, u"export"_s, u"--to"_s, u"mission laptop 2"_s, u"--out"_s,
                              setup.cli.filePath(u"2.crmsync"_s)});
    const CliResult unknown = setup.on(setup.office(), {u"sync"_s, u"export"_s, u"--to"_s, u"Laptop"_s, u"--out"_s,
                                                        setup.cli.filePath(u"3.crmsync"_s)});
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.errText().contains(u"Mission laptop 2"_s)); // the known peers
}

TEST_CASE("sync mistakes on the command line exit 1 before the database is opened", "[cli][sync][usage]")
{
    Cli cli;
    const QStringList resolve{u"sync"_s, u"resolve"_s, u"--record"_s, u"01a2269b-0000-7000-8000-000000000000"_s};
    const QList<QStringList> mistakes{
        {u"sync"_s},
        {u"sync"_s, u"export"_s, u"--out"_s, cli.filePath(u"p"_s)},
        {u"sync"_s, u"export"_s, u"--to"_s, u"Laptop"_s, u"--out"_s, cli.filePath(u"missing/p"_s)},
        {u"sync"_s, u"import"_s},
        {u"sync"_s, u"import"_s, cli.filePath(u"missing.crmsync"_s)},
        {u"sync"_s, u"import"_s, u"p"_s, u"--passphrase"_s, u"secret"_s},
        resolve,
        resolve + QStringList{u"--field"_s, kAcronym},
        resolve + QStringList{u"--field"_s, kAcronym, u"--keep"_s, u"1"_s, u"--value"_s, u"1"_s},
        resolve + QStringList{u"--restore"_s, u"--keep-deleted"_s},
        resolve + QStringList{u"--restore"_s, u"--keep"_s, u"1"_s},
        {u"replica"_s, u"prepare"_s, u"--name"_s, u"Laptop"_s},
    };
    for (const QStringList &arguments : mistakes) {
        INFO(arguments.join(u' ').toStdString());
        const CliResult result = cli.run(arguments);
        CHECK(result.exitCode == 1);
        CHECK(result.out.isEmpty());
    }
    const CliResult badValue = cli.run(resolve + QStringList{u"--field"_s, kAcronym, u"--value"_s, u"Rabat"_s});
    CHECK(badValue.exitCode == 2);
    CHECK(badValue.errText().contains(u"--value"_s));
    CHECK_FALSE(QFile::exists(cli.dbPath()));
    // Strict JSON: Qt alone would have taken "x\q" as "xq" and a lone surrogate as invalid UTF-8.
    for (const QString &value : {uR"("x\q")"_s, uR"("\ud800")"_s, u"\"x\ty\""_s}) {
        INFO(value.toStdString());
        const CliResult notStrict = cli.run(resolve + QStringList{u"--field"_s, kAcronym, u"--value"_s, value});
        CHECK(notStrict.exitCode == 2);
        CHECK(notStrict.errText().contains(u"--value is not one JSON value"_s));
        CHECK_FALSE(QFile::exists(cli.dbPath()));
    }
    CHECK(cli.run(resolve + QStringList{u"--field"_s, kAcronym, u"--value"_s, uR"("x\q")"_s})
              .errText()
              .contains(u"invalid escape \\q"_s));

    const CliResult help = cli.runRaw({u"--help"_s});
    for (const QString &command : {u"sync export"_s, u"sync import"_s, u"sync status"_s, u"sync conflicts"_s,
                                   u"sync resolve"_s, u"replica prepare"_s, u"replica name"_s}) {
        CHECK(help.outText().contains(u"  "_s + command + u' '));
    }
}

TEST_CASE("a package replayed to another replica is refused naming both, and nothing is written", "[cli][sync]")
{
    OfficeAndLaptop setup;
    const QString rabat = setup.cli.filePath(u"rabat.sqlite"_s);
    setup.ok(setup.office(), {u"replica"_s, u"prepare"_s, u"--out"_s, rabat, u"--name"_s, u"Rabat"_s});
    setup.setAcronym(setup.laptop(), u"AMD"_s);
    const QString package = setup.cli.filePath(u"to-office.crmsync"_s);
    setup.ok(setup.laptop(), {u"sync"_s, u"export"_s, u"--to"_s, u"Office"_s, u"--out"_s, package});
    const CliResult refused = setup.on(rabat, {u"sync"_s, u"import"_s, package});
    CHECK(refused.exitCode != 0);
    CHECK(refused.errText().contains(u"is addressed to \"Office\""_s));
    CHECK(refused.errText().contains(u"\"Rabat\""_s));
    CHECK(setup.agency(rabat).value(kAcronym).toString() != u"AMD"_s);
    setup.ok(setup.office(), {u"sync"_s, u"import"_s, package});
    CHECK(setup.agency(setup.office()).value(kAcronym).toString() == u"AMD"_s);
}

TEST_CASE("replica name --set refuses a peer's name, naming it", "[cli][sync]")
{
    OfficeAndLaptop setup;
    const CliResult clash = setup.on(setup.office(), {u"replica"_s, u"name"_s, u"--set"_s, u"laptop"_s});
    CHECK(clash.exitCode != 0);
    CHECK(clash.errText().contains(setup.laptopId));
    CHECK(setup.ok(setup.office(), {u"replica"_s, u"name"_s}).outText() == u"Office\n"_s);
}

TEST_CASE("replica key prints the key that sync trust enters on a peer", "[cli][sync]")
{
    OfficeAndLaptop setup;
    const QString key = setup.ok(setup.laptop(), {u"replica"_s, u"key"_s}).outText().trimmed();
    CHECK(key.size() == 44);
    CHECK(setup.on(setup.office(), {u"sync"_s, u"trust"_s, u"Laptop"_s, u"not-a-key"_s}).exitCode != 0);
    // The office already holds this key from preparing the laptop: entering it again is fine.
    setup.ok(setup.office(), {u"sync"_s, u"trust"_s, u"Laptop"_s, key});
    const QString otherKey = setup.ok(setup.office(), {u"replica"_s, u"key"_s}).outText().trimmed();
    const CliResult other = setup.on(setup.office(), {u"sync"_s, u"trust"_s, u"Laptop"_s, otherKey});
    CHECK(other.exitCode != 0);
    CHECK(other.errText().contains(u"already holds another key"_s));
}
