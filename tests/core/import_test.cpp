// The import service (issue 18): a file read, planned against the database (links by name,
// duplicates) and written as one batch that can be listed and reverted.
#include "domain/recordid.h"
#include "fixtures.h"
#include "import/importer.h"
#include "services/records/records.h"
#include "services/search.h"
#include "storage/database.h"
#include "testfiles.h"

using namespace Qt::StringLiterals;
using namespace crm;
using crm::imports::DuplicateChoice;
using crm::imports::DuplicateReason;
using crm::imports::Importer;
using crm::imports::ImportPlan;
using crm::imports::ImportPlanner;
using crm::imports::ImportResult;
using crm::interchange::ColumnMapping;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(CRM_SOURCE_DIR "/tests/data/interchange/") + QString::fromLatin1(name);
}

// A CSV file of these lines (UTF-8) in the test's folder.
QString csvFile(test::TestDatabase &t, const QString &name, const QStringList &lines)
{
    const QString path = t.dir() + u'/' + name;
    test::writeAll(path, lines.join(u"\r\n"_s).toUtf8() + "\r\n");
    return path;
}

ImportPlan planFile(test::TestDatabase &t, RecordKind kind, const QString &path)
{
    const imports::ImportSource source = imports::readSource(path);
    return ImportPlanner(t.db()).plan(source, ColumnMapping::guess(kind, source.table.header));
}

QString addInvestor(test::TestDatabase &t, QVariantMap changes = {})
{
    QVariantMap investor = test::investorJson();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        investor.insert(it.key(), it.value());
    }
    return Records(t.db()).create(RecordKind::Investor, investor).id;
}

QString addContact(test::TestDatabase &t, const QString &investorId, const QVariantMap &changes)
{
    QVariantMap contact{{u"family_name"_s, u"山田"_s}, {u"given_name"_s, u"太郎"_s}, {u"investor_id"_s, investorId}};
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        contact.insert(it.key(), it.value());
    }
    return Records(t.db()).create(RecordKind::Contact, contact).id;
}

// "row N, header (field): message" for each refused cell of the plan.
QStringList refusals(const ImportPlan &plan)
{
    QStringList out;
    for (const imports::PlannedRow &row : plan.rows) {
        for (const interchange::CellError &e : row.errors) {
            out << u"row %1, %2 (%3): %4"_s.arg(e.row).arg(e.header, e.field, e.message);
        }
    }
    return out;
}

qint64 count(test::TestDatabase &t, RecordKind kind)
{
    return Records(t.db()).count(kind);
}

const QString kHeader = u"family_name,given_name,investor_id,email,phones"_s;

} // namespace

TEST_CASE("an imported contact names its investor by alias, Latin name or legal name without its legal form",
          "[import]")
{
    test::TestDatabase t;
    const QString yazaki = addInvestor(t);
    const QString path = csvFile(t, u"contacts.csv"_s,
                                 {kHeader, u"鈴木,一郎,Yazaki,ichiro@example.jp,"_s,
                                  u"佐藤,花子,YAZAKI CO. LTD.,hanako@example.jp,"_s, u"Smith,John,矢崎総業,,"_s});
    const ImportPlan plan = planFile(t, RecordKind::Contact, path);
    REQUIRE(refusals(plan).isEmpty());
    REQUIRE(plan.rows.size() == 3);
    for (const imports::PlannedRow &row : plan.rows) {
        CHECK(row.record.value(u"investor_id"_s).toString() == yazaki);
        CHECK(isValidRecordId(row.record.value(u"id"_s).toString()));
        CHECK_FALSE(row.duplicate.has_value());
    }

    const ImportResult result = Importer(t.db()).run(plan);
    CHECK(result.created == 3);
    CHECK(result.createdIds.size() == 3);
    CHECK(result.createdIds.constFirst() == plan.rows.constFirst().record.value(u"id"_s).toString());
    CHECK(count(t, RecordKind::Contact) == 3);
    CHECK(Records(t.db()).get(RecordKind::Contact, result.createdIds.at(1)).value(u"email"_s) ==
          u"hanako@example.jp"_s);
}

TEST_CASE("a link naming no record or several refuses the row with its row, column and field, and nothing is written",
          "[import]")
{
    test::TestDatabase t;
    addInvestor(t);
    addInvestor(t, {{u"name"_s, u"Toyota Tsusho"_s},
                    {u"name_latin"_s, u"Toyota Tsusho Corporation"_s},
                    {u"aliases"_s, QVariantList{u"TTC"_s}}});
    addInvestor(
        t, {{u"name"_s, u"Toyota Tsusho Africa"_s}, {u"name_latin"_s, u""_s}, {u"aliases"_s, QVariantList{u"TTC"_s}}});
    const QString path = csvFile(t, u"contacts.csv"_s,
                                 {kHeader, u"鈴木,一郎,Yazaki,,"_s, u"佐藤,花子,Nissan,,"_s, u"Smith,John,TTC,,"_s});
    const ImportPlan plan = planFile(t, RecordKind::Contact, path);
    CHECK(refusals(plan) ==
          QStringList{
              u"row 3, investor_id (investor_id): no investor is named \"Nissan\""_s,
              u"row 4, investor_id (investor_id): 2 investor records are named \"TTC\": choose one in the file"_s});
    CHECK(plan.refusedCount() == 2);

    const QString before = test::tableCounts(t);
    const auto error = test::errorFrom([&] { Importer(t.db()).run(plan); });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::Invalid);
    CHECK(error->message().contains(u"row 3, column \"investor_id\" (investor_id): no investor is named"_s));
    CHECK(test::tableCounts(t) == before);
    CHECK(Importer(t.db()).batches().isEmpty());

    imports::RunOptions skip;
    skip.skipRefused = true;
    const ImportResult result = Importer(t.db()).run(plan, skip);
    CHECK(result.created == 1);
    CHECK(result.refused == 2);
    CHECK(result.skipped == 2);
}

TEST_CASE("a row matching a live contact by e-mail, phone or name is a duplicate, a trashed one is not", "[import]")
{
    test::TestDatabase t;
    const QString yazaki = addInvestor(t);
    const QString byEmail =
        addContact(t, yazaki, {{u"family_name"_s, u"鈴木"_s}, {u"email"_s, u"Ichiro@Example.jp"_s}});
    const QString byPhone =
        addContact(t, yazaki, {{u"family_name"_s, u"佐藤"_s}, {u"phones"_s, QVariantList{u"+81 3-1234-5678"_s}}});
    const QString byName = addContact(t, yazaki, {{u"family_name"_s, u"山﨑"_s}, {u"given_name"_s, u"花子"_s}});
    const QString trashed =
        addContact(t, yazaki, {{u"family_name"_s, u"田中"_s}, {u"email"_s, u"tanaka@example.jp"_s}});
    Records(t.db()).trash(RecordKind::Contact, trashed);

    const QString path =
        csvFile(t, u"contacts.csv"_s,
                {kHeader, u"Other,Person,Yazaki,ichiro@example.JP,"_s, u"Another,Person,Yazaki,,03 1234 5678"_s,
                 u"山崎,花子,Yazaki,,"_s, u"田中,次郎,Yazaki,tanaka@example.jp,"_s});
    const ImportPlan plan = planFile(t, RecordKind::Contact, path);
    REQUIRE(refusals(plan).isEmpty());
    REQUIRE(plan.rows.size() == 4);
    REQUIRE(plan.rows[0].duplicate);
    CHECK(plan.rows[0].duplicate->id == byEmail);
    CHECK(plan.rows[0].duplicate->reason == DuplicateReason::Email);
    REQUIRE(plan.rows[1].duplicate);
    CHECK(plan.rows[1].duplicate->id == byPhone);
    CHECK(plan.rows[1].duplicate->reason == DuplicateReason::Phone);
    REQUIRE(plan.rows[2].duplicate);
    CHECK(plan.rows[2].duplicate->id == byName);
    CHECK(plan.rows[2].duplicate->reason == DuplicateReason::Name);
    CHECK_FALSE(plan.rows[3].duplicate);
    CHECK(plan.duplicateCount() == 3);
}

TEST_CASE("an imported investor matching one by website domain or folded name is a duplicate", "[import]")
{
    test::TestDatabase t;
    const QString yazaki = addInvestor(t, {{u"website"_s, u"https://www.yazaki-group.com/en"_s}});
    const QString path = csvFile(t, u"investors.csv"_s,
                                 {u"name,website,hq_country"_s, u"Yazaki Group,http://yazaki-group.com,JP"_s,
                                  u"矢崎総業 (株),,JP"_s, u"Denso,https://www.denso.com,JP"_s});
    const ImportPlan plan = planFile(t, RecordKind::Investor, path);
    REQUIRE(refusals(plan).isEmpty());
    REQUIRE(plan.rows[0].duplicate);
    CHECK(plan.rows[0].duplicate->reason == DuplicateReason::Website);
    CHECK(plan.rows[0].duplicate->id == yazaki);
    REQUIRE(plan.rows[1].duplicate);
    CHECK(plan.rows[1].duplicate->reason == DuplicateReason::Name);
    CHECK_FALSE(plan.rows[2].duplicate);
}

TEST_CASE("the import finds duplicates by the same rule as the form: kana romanised, aliases", "[import][duplicates]")
{
    test::TestDatabase t;
    const QString yazaki = addInvestor(t, {{u"aliases"_s, QVariantList{}}});
    const QString ibm = addInvestor(t, {{u"name"_s, u"IBM Japan"_s},
                                        {u"name_latin"_s, u""_s},
                                        {u"name_reading"_s, u""_s},
                                        {u"aliases"_s, QVariantList{u"日本IBM"_s}}});
    const QString path = csvFile(t, u"investors.csv"_s, {u"name,hq_country"_s, u"ヤザキ,JP"_s, u"日本ＩＢＭ,JP"_s});
    const ImportPlan plan = planFile(t, RecordKind::Investor, path);
    REQUIRE(refusals(plan).isEmpty());
    REQUIRE(plan.rows[0].duplicate); // ヤザキ read as "yazaki": Yazaki Corporation
    CHECK(plan.rows[0].duplicate->id == yazaki);
    REQUIRE(plan.rows[1].duplicate); // the alias, full-width letters folded
    CHECK(plan.rows[1].duplicate->id == ibm);
    CHECK(plan.rows[1].duplicate->reason == DuplicateReason::Name);
}

TEST_CASE("each duplicate choice: skip leaves the record, update fills only its empty fields, create makes another",
          "[import]")
{
    test::TestDatabase t;
    const QString yazaki = addInvestor(t);
    const QString existing = addContact(t, yazaki, {{u"email"_s, u"taro@example.jp"_s}, {u"title"_s, u"Manager"_s}});
    const QString path = csvFile(t, u"contacts.csv"_s,
                                 {u"family_name,given_name,investor_id,email,title,department"_s,
                                  u"山田,太郎,Yazaki,taro@example.jp,Director,Sales"_s});
    ImportPlan plan = planFile(t, RecordKind::Contact, path);
    REQUIRE(plan.rows.size() == 1);
    REQUIRE(plan.rows[0].duplicate);
    CHECK(plan.rows[0].choice == DuplicateChoice::Skip);

    SECTION("skip")
    {
        const ImportResult result = Importer(t.db()).run(plan);
        CHECK(result.skipped == 1);
        CHECK(result.created == 0);
        CHECK(Records(t.db()).get(RecordKind::Contact, existing).value(u"department"_s).isNull());
    }
    SECTION("update the empty fields")
    {
        plan.chooseForAll(DuplicateChoice::UpdateEmpty);
        const ImportResult result = Importer(t.db()).run(plan);
        CHECK(result.updated == 1);
        const QVariantMap after = Records(t.db()).get(RecordKind::Contact, existing);
        CHECK(after.value(u"department"_s) == u"Sales"_s);
        CHECK(after.value(u"title"_s) == u"Manager"_s); // not empty: kept
        CHECK(count(t, RecordKind::Contact) == 1);
        CHECK(Importer(t.db()).recordIds(result.batchId) == QStringList{existing});

        // Nothing left to fill: skipped.
        const ImportResult again = Importer(t.db()).run(planFile(t, RecordKind::Contact, path), {});
        CHECK(again.skipped == 1);
    }
    SECTION("create anyway")
    {
        plan.chooseForAll(DuplicateChoice::Create);
        const ImportResult result = Importer(t.db()).run(plan);
        CHECK(result.created == 1);
        CHECK(count(t, RecordKind::Contact) == 2);
    }
}

TEST_CASE("a batch is listed with its file name and counts, and reverting it removes what it created and empties what "
          "it filled",
          "[import]")
{
    test::TestDatabase t;
    const QString yazaki = addInvestor(t);
    const QString existing = addContact(t, yazaki, {{u"email"_s, u"taro@example.jp"_s}});
    const QString path =
        csvFile(t, u"名刺.csv"_s,
                {u"family_name,given_name,investor_id,email,department"_s, u"山田,太郎,Yazaki,taro@example.jp,Sales"_s,
                 u"鈴木,一郎,Yazaki,ichiro@example.jp,"_s});
    ImportPlan plan = planFile(t, RecordKind::Contact, path);
    plan.chooseForAll(DuplicateChoice::UpdateEmpty);
    Importer importer(t.db());
    const ImportResult result = importer.run(plan);
    REQUIRE(result.created == 1);
    REQUIRE(result.updated == 1);

    const QList<imports::ImportBatch> batches = importer.batches();
    REQUIRE(batches.size() == 1);
    CHECK(batches[0].id == result.batchId);
    CHECK(batches[0].fileName == u"名刺.csv"_s);
    CHECK(batches[0].kind == RecordKind::Contact);
    CHECK(batches[0].created == 1);
    CHECK(batches[0].updated == 1);
    CHECK(batches[0].officerId == t.officerId());
    CHECK(batches[0].importedAt == t.clock().nowUtc());
    CHECK_FALSE(batches[0].revertedAt.isValid());
    // Search follows the import as any edit.
    SearchQuery query;
    query.text = u"鈴木"_s;
    CHECK(Search(t.db()).search(query).size() == 1);

    importer.revert(result.batchId);
    CHECK(count(t, RecordKind::Contact) == 1);
    CHECK_FALSE(Records(t.db()).exists(RecordKind::Contact, result.createdIds.constFirst()));
    CHECK(Records(t.db()).get(RecordKind::Contact, existing).value(u"department"_s).isNull());
    CHECK(Search(t.db()).search(query).isEmpty());
    CHECK(importer.batches().constFirst().revertedAt.isValid());

    SECTION("a second revert is refused")
    {
        const auto error = test::errorFrom([&] { importer.revert(result.batchId); });
        REQUIRE(error);
        CHECK(error->kind() == Error::Kind::Conflict);
        CHECK(error->message().contains(u"already reverted"_s));
    }
    SECTION("the same plan run again makes the same records with the same ids (redo)")
    {
        const ImportResult redo = importer.run(plan);
        CHECK(redo.createdIds == result.createdIds);
        CHECK(Records(t.db()).get(RecordKind::Contact, existing).value(u"department"_s) == u"Sales"_s);
        CHECK(importer.batches().size() == 2);
    }
}

TEST_CASE("a batch whose record was edited since cannot be reverted, and nothing changes", "[import]")
{
    test::TestDatabase t;
    addInvestor(t);
    const QString path = csvFile(t, u"contacts.csv"_s, {kHeader, u"鈴木,一郎,Yazaki,,"_s, u"佐藤,花子,Yazaki,,"_s});
    Importer importer(t.db());
    const ImportResult result = importer.run(planFile(t, RecordKind::Contact, path));
    Records(t.db()).update(RecordKind::Contact, result.createdIds.at(1), {{u"title"_s, u"CEO"_s}});

    const QString before = test::tableCounts(t);
    const auto error = test::errorFrom([&] { importer.revert(result.batchId); });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::Conflict);
    CHECK(error->message().contains(u"佐藤 花子"_s));
    CHECK_FALSE(error->message().contains(u"鈴木"_s));
    CHECK(test::tableCounts(t) == before);
    CHECK_FALSE(importer.batches().constFirst().revertedAt.isValid());

    const auto unknown = test::errorFrom([&] { importer.revert(newRecordId()); });
    REQUIRE(unknown);
    CHECK(unknown->kind() == Error::Kind::NotFound);
}

TEST_CASE("a batch whose record another record names since cannot be reverted, and nothing changes", "[import]")
{
    test::TestDatabase t;
    addInvestor(t);
    const QString path = csvFile(t, u"contacts.csv"_s, {kHeader, u"鈴木,一郎,Yazaki,,"_s});
    Importer importer(t.db());
    const ImportResult result = importer.run(planFile(t, RecordKind::Contact, path));
    const QString officer = Records(t.db()).create(RecordKind::Officer, test::officerJson()).id;
    // A note written about the imported contact afterwards: the contact itself is unchanged, but
    // reverting would purge the note with it.
    Records(t.db()).create(RecordKind::Note, {{u"body"_s, u"Met at the Tokyo seminar."_s},
                                              {u"author_id"_s, officer},
                                              {u"written_at"_s, u"2024-05-10T03:00:00.000Z"_s},
                                              {u"linked_kind"_s, u"contact"_s},
                                              {u"linked_id"_s, result.createdIds.at(0)}});

    const QString before = test::tableCounts(t);
    const auto error = test::errorFrom([&] { importer.revert(result.batchId); });
    REQUIRE(error);
    CHECK(error->kind() == Error::Kind::Conflict);
    CHECK(error->message().contains(u"contacts.csv"_s));
    CHECK(error->message().contains(u"a note or follow-up was written since about 鈴木 一郎"_s));
    CHECK(test::tableCounts(t) == before);
    CHECK(count(t, RecordKind::Note) == 1);
    CHECK_FALSE(importer.batches().constFirst().revertedAt.isValid());
}

TEST_CASE("a cancelled plan or run writes nothing", "[import]")
{
    test::TestDatabase t;
    addInvestor(t);
    QStringList lines{kHeader};
    for (int i = 0; i < 1200; ++i) {
        lines << u"Person,%1,Yazaki,,"_s.arg(i);
    }
    const QString path = csvFile(t, u"many.csv"_s, lines);
    const imports::ImportSource source = imports::readSource(path);
    const ColumnMapping mapping = ColumnMapping::guess(RecordKind::Contact, source.table.header);

    qint64 lastPlanned = 0;
    const ImportPlan stopped = ImportPlanner(t.db()).plan(source, mapping, {}, [&](qint64 done, qint64 total) {
        CHECK(total == 1200);
        lastPlanned = done;
        return done < 500;
    });
    CHECK(stopped.cancelled);
    CHECK(lastPlanned == 500);
    CHECK(test::errorFrom([&] { Importer(t.db()).run(stopped); }));

    const ImportPlan plan = ImportPlanner(t.db()).plan(source, mapping);
    REQUIRE_FALSE(plan.cancelled);
    REQUIRE(plan.rows.size() == 1200);
    const QString before = test::tableCounts(t);
    const ImportResult result = Importer(t.db()).run(plan, {}, [](qint64 done, qint64) { return done < 1000; });
    CHECK(result.cancelled);
    CHECK(result.batchId.isEmpty());
    CHECK(test::tableCounts(t) == before);
    CHECK(Importer(t.db()).batches().isEmpty());
}

TEST_CASE("rows are written in the file's order around an update of a duplicate, and progress counts written rows",
          "[import]")
{
    test::TestDatabase t;
    const QString yazaki = addInvestor(t);
    const QString existing = addContact(t, yazaki, {{u"email"_s, u"taro@example.jp"_s}});
    QStringList lines{u"family_name,given_name,investor_id,email,department"_s};
    for (int i = 0; i < 1100; ++i) {
        lines << (i == 600 ? u"山田,太郎,Yazaki,taro@example.jp,Sales"_s
                           : u"Person,%1,Yazaki,p%1@example.jp,"_s.arg(i));
    }
    ImportPlan plan = planFile(t, RecordKind::Contact, csvFile(t, u"mixed.csv"_s, lines));
    REQUIRE(plan.duplicateCount() == 1);
    plan.chooseForAll(DuplicateChoice::UpdateEmpty);

    QList<std::pair<qint64, qint64>> calls;
    QList<qint64> contactsAtCall;
    const ImportResult result = Importer(t.db()).run(plan, {}, [&](qint64 done, qint64 total) {
        calls.append({done, total});
        contactsAtCall << count(t, RecordKind::Contact);
        return true;
    });
    CHECK(result.created == 1099);
    CHECK(result.updated == 1);
    CHECK(calls == QList<std::pair<qint64, qint64>>{{0, 1100}, {500, 1100}, {1000, 1100}, {1100, 1100}});
    // The one there before, then every new row before the one being reported (row 600 is the update).
    CHECK(contactsAtCall == QList<qint64>{1, 501, 1000, 1100});

    // The update's audit line lies between the creations of the rows around it.
    REQUIRE(result.createdIds.size() == 1099);
    Records records(t.db());
    const qint64 before = records.auditLines(result.createdIds.at(599)).constFirst().sequence;
    const qint64 update = records.auditLines(existing).constLast().sequence;
    const qint64 after = records.auditLines(result.createdIds.at(600)).constFirst().sequence;
    CHECK(before < update);
    CHECK(update < after);
    CHECK(records.get(RecordKind::Contact, existing).value(u"department"_s) == u"Sales"_s);
}

TEST_CASE("a write refused mid-way leaves nothing written", "[import]")
{
    test::TestDatabase t;
    const QString yazaki = addInvestor(t);
    const QString path = csvFile(t, u"contacts.csv"_s, {kHeader, u"鈴木,一郎,Yazaki,,"_s, u"佐藤,花子,Yazaki,,"_s});
    ImportPlan plan = planFile(t, RecordKind::Contact, path);
    // The second row's investor goes between the plan and the run.
    const QString other =
        addInvestor(t, {{u"name"_s, u"Denso"_s}, {u"name_latin"_s, u""_s}, {u"aliases"_s, QVariantList{}}});
    plan.rows[1].record.insert(u"investor_id"_s, other);
    Records(t.db()).trashAndPurge(RecordKind::Investor, other);

    const QString before = test::tableCounts(t);
    const auto error = test::errorFrom([&] { Importer(t.db()).run(plan); });
    REQUIRE(error);
    CHECK(error->message().contains(u"Row 3"_s));
    CHECK(test::tableCounts(t) == before);
    CHECK(Importer(t.db()).batches().isEmpty());
    CHECK(count(t, RecordKind::Contact) == 0);
    (void)yazaki;
}

TEST_CASE("a CP932 CSV from Japanese Excel imports its contacts, company names matched without their legal forms",
          "[import]")
{
    test::TestDatabase t;
    const QString takashimaya = addInvestor(t, {{u"name"_s, u"髙島屋商事株式会社"_s},
                                                {u"name_latin"_s, u""_s},
                                                {u"name_reading"_s, u""_s},
                                                {u"aliases"_s, QVariantList{}}});
    const QString yamasaki = addInvestor(t, {{u"name"_s, u"山崎工業"_s},
                                             {u"name_latin"_s, u""_s},
                                             {u"name_reading"_s, u""_s},
                                             {u"aliases"_s, QVariantList{}}});
    const QString acme = addInvestor(t, {{u"name"_s, u"Acme Japan"_s},
                                         {u"name_latin"_s, u""_s},
                                         {u"name_reading"_s, u""_s},
                                         {u"aliases"_s, QVariantList{}}});
    const imports::ImportSource source = imports::readSource(fixture("excel-ja-cp932.csv"));
    CHECK(source.format == imports::FileFormat::Csv);
    CHECK(source.fileName == u"excel-ja-cp932.csv"_s);
    CHECK(source.table.encoding.contains(u"Shift_JIS"_s));
    const ImportPlan plan =
        ImportPlanner(t.db()).plan(source, ColumnMapping::guess(RecordKind::Contact, source.table.header));
    CHECK(plan.encoding == source.table.encoding);
    REQUIRE(refusals(plan).isEmpty());
    REQUIRE(plan.rows.size() == 3);
    CHECK(plan.rows[0].record.value(u"investor_id"_s) == takashimaya);
    CHECK(plan.rows[1].record.value(u"investor_id"_s) == yamasaki);
    CHECK(plan.rows[2].record.value(u"investor_id"_s) == acme);

    const ImportResult result = Importer(t.db()).run(plan);
    REQUIRE(result.created == 3);
    const QVariantMap takahashi = Records(t.db()).get(RecordKind::Contact, result.createdIds[0]);
    CHECK(takahashi.value(u"family_name"_s) == u"髙橋"_s);
    CHECK(takahashi.value(u"family_name_reading"_s) == u"タカハシ"_s);
    CHECK(Importer(t.db()).batches().constFirst().fileName == u"excel-ja-cp932.csv"_s);
}

TEST_CASE("a UTF-8 CSV with a BOM and Excel workbooks import by their headers", "[import]")
{
    test::TestDatabase t;
    SECTION("UTF-8 with BOM")
    {
        addInvestor(t, {{u"name"_s, u"Société Générale"_s}, {u"name_latin"_s, u""_s}, {u"aliases"_s, QVariantList{}}});
        addInvestor(t, {{u"name"_s, u"髙島屋商事"_s}, {u"name_latin"_s, u""_s}, {u"aliases"_s, QVariantList{}}});
        addInvestor(t, {{u"name"_s, u"Müller GmbH"_s}, {u"name_latin"_s, u""_s}, {u"aliases"_s, QVariantList{}}});
        const ImportPlan plan = planFile(t, RecordKind::Contact, fixture("utf8-bom.csv"));
        CHECK(refusals(plan).isEmpty());
        CHECK(plan.encoding.contains(u"UTF-8"_s));
        CHECK(Importer(t.db()).run(plan).created == 3);
        SearchQuery query;
        query.text = u"Dupont"_s;
        CHECK(Search(t.db()).search(query).size() == 1);
    }
    for (const char *file : {"openpyxl-contacts.xlsx", "libreoffice-contacts.xlsx"}) {
        DYNAMIC_SECTION(file)
        {
            const QString yamada = addInvestor(
                t, {{u"name"_s, u"山田製作所"_s}, {u"name_latin"_s, u""_s}, {u"aliases"_s, QVariantList{}}});
            const imports::ImportSource source = imports::readSource(fixture(file));
            CHECK(source.format == imports::FileFormat::Xlsx);
            CHECK(source.sheets == QStringList{u"Contacts"_s, u"Notes"_s});
            const ImportPlan plan =
                ImportPlanner(t.db()).plan(source, ColumnMapping::guess(RecordKind::Contact, source.table.header));
            REQUIRE(plan.rows.size() == 3);
            CHECK(plan.rows[0].sourceRow == 2);
            CHECK(plan.rows[0].errors.isEmpty());
            CHECK(plan.rows[0].record.value(u"investor_id"_s) == yamada);
            // The other two companies are not in the database: refused on their own row and column.
            CHECK(plan.rows[1].errors.size() == 1);
            CHECK(plan.rows[1].errors[0].header == u"Company"_s);
            CHECK(plan.rows[2].sourceRow == 5);
            imports::RunOptions skip;
            skip.skipRefused = true;
            CHECK(Importer(t.db()).run(plan, skip).created == 1);
        }
    }
}

TEST_CASE("several vCard files are one source, and a phone written +81 matches the same number written 0", "[import]")
{
    test::TestDatabase t;
    const QString sample =
        addInvestor(t, {{u"name"_s, u"サンプル"_s}, {u"name_latin"_s, u""_s}, {u"aliases"_s, QVariantList{}}});
    addInvestor(t, {{u"name"_s, u"グーグル株式会社"_s}, {u"name_latin"_s, u""_s}, {u"aliases"_s, QVariantList{}}});
    addInvestor(t, {{u"name"_s, u"IBM Japan"_s}, {u"name_latin"_s, u""_s}, {u"aliases"_s, QVariantList{u"IBM"_s}}});
    const QString existing =
        addContact(t, sample, {{u"family_name"_s, u"Other"_s}, {u"phones"_s, QVariantList{u"+81 90 1234 5678"_s}}});
    const imports::ImportSource source =
        imports::readSources({fixture("handmade-ios-japanese.vcf"), fixture("aosp-v40_sort_as.vcf"),
                              fixture("ezvcard-John_Doe_IPHONE.vcf")});
    CHECK(source.format == imports::FileFormat::VCard);
    CHECK(source.fileName == u"3 files"_s);
    REQUIRE(source.table.rows.size() == 3);
    CHECK(std::any_of(source.table.notes.cbegin(), source.table.notes.cend(),
                      [](const QString &note) { return note.startsWith(u"ezvcard-John_Doe_IPHONE.vcf: "_s); }));
    ImportPlan plan =
        ImportPlanner(t.db()).plan(source, ColumnMapping::guess(RecordKind::Contact, source.table.header));
    REQUIRE(refusals(plan).isEmpty());
    REQUIRE(plan.rows[0].duplicate);
    CHECK(plan.rows[0].duplicate->id == existing);
    CHECK(plan.rows[0].duplicate->reason == DuplicateReason::Phone);
    plan.chooseForAll(DuplicateChoice::Create);
    CHECK(Importer(t.db()).run(plan).created == 3);
    CHECK(Importer(t.db()).batches().constFirst().fileName == u"3 files"_s);
}

TEST_CASE("a file that cannot be read is refused with a message naming it", "[import]")
{
    test::TestDatabase t;
    const auto refusal = [&](const QString &name, const QByteArray &bytes) {
        const QString path = t.dir() + u'/' + name;
        test::writeAll(path, bytes);
        const auto error = test::errorFrom([&] { imports::readSource(path); });
        REQUIRE(error);
        CHECK(error->kind() == Error::Kind::Invalid);
        CHECK(error->message().contains(name));
        return error->message();
    };
    refusal(u"empty.csv"_s, {});
    refusal(u"header-only.csv"_s, "family_name,given_name\r\n");
    refusal(u"binary.csv"_s, QByteArray("\x7f"
                                        "ELF\x02\x01\x01\x00\x00\x00\x00\x00",
                                        12));
    refusal(u"unknown.dat"_s, QByteArray("\x00\x01\x02\x03\x00\xff", 6));
    refusal(u"broken.xlsx"_s, "PK\x03\x04 this is no zip");
    refusal(u"open.vcf"_s, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Taro\r\n");
    const auto several = test::errorFrom([&] {
        imports::readSources({fixture("handmade-ios-japanese.vcf"), fixture("utf8-bom.csv")});
    });
    REQUIRE(several);
    CHECK(several->message().contains(u"utf8-bom.csv"_s));
}

TEST_CASE("a file without an extension is read by its content", "[import]")
{
    test::TestDatabase t;
    const QString card = t.dir() + u"/card"_s;
    test::writeAll(card, test::readAll(fixture("handmade-ios-japanese.vcf")));
    CHECK(imports::readSource(card).format == imports::FileFormat::VCard);
    const QString book = t.dir() + u"/book"_s;
    test::writeAll(book, test::readAll(fixture("openpyxl-contacts.xlsx")));
    CHECK(imports::readSource(book).format == imports::FileFormat::Xlsx);
}
