// Matching an office's spreadsheet headers to a kind's fields, and saving the mapping for reuse.
#include "fixtures.h"
#include "interchange/columnmapping.h"
#include "interchange/vcardreader.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using crm::RecordKind;
using crm::interchange::ColumnMapping;
using crm::interchange::MatchSource;

namespace {

// "header -> field (source)" for each column, "header -> -" for a skipped one.
QStringList matches(const ColumnMapping &mapping)
{
    QStringList out;
    for (const auto &c : mapping.columns()) {
        const char *source = "";
        switch (c.source) {
        case MatchSource::None:
            source = "";
            break;
        case MatchSource::JsonName:
            source = " (name)";
            break;
        case MatchSource::Label:
            source = " (label)";
            break;
        case MatchSource::Synonym:
            source = " (synonym)";
            break;
        case MatchSource::Saved:
            source = " (saved)";
            break;
        case MatchSource::Chosen:
            source = " (chosen)";
            break;
        }
        out << c.header + u" -> "_s + (c.skipped() ? u"-"_s : c.field) + QString::fromLatin1(source);
    }
    return out;
}

QString refusal(const QByteArray &json, RecordKind kind)
{
    const auto error =
        crm::test::errorFrom([&] { ColumnMapping::fromJson(QJsonDocument::fromJson(json).object(), kind); });
    if (!error) {
        FAIL_CHECK("the mapping was accepted");
        return {};
    }
    CHECK(error->kind() == crm::Error::Kind::Invalid);
    return error->message();
}

} // namespace

TEST_CASE("a Japanese header row of contacts matches by synonym, full-width and kana folded", "[interchange][mapping]")
{
    const ColumnMapping m =
        ColumnMapping::guess(RecordKind::Contact, {u"会社名"_s, u"氏名"_s, u"フリガナ"_s, u"役職"_s, u"部署"_s,
                                                   u"Ｅ－ｍａｉｌ"_s, u"携帯"_s, u"住所"_s, u"ﾒﾓ"_s});
    CHECK(matches(m) == QStringList{u"会社名 -> investor_id (synonym)"_s, u"氏名 -> full_name (synonym)"_s,
                                    u"フリガナ -> full_name_reading (synonym)"_s, u"役職 -> title (synonym)"_s,
                                    u"部署 -> department (synonym)"_s, u"Ｅ－ｍａｉｌ -> email (name)"_s,
                                    u"携帯 -> phones (synonym)"_s, u"住所 -> -"_s, u"ﾒﾓ -> notes (synonym)"_s});
    CHECK(ColumnMapping::guess(RecordKind::Contact, {u"姓"_s, u"名"_s, u"セイ"_s, u"メイ"_s}).columns().at(2).field ==
          u"family_name_reading"_s);
}

TEST_CASE("French and English header rows match by synonym, label and JSON name", "[interchange][mapping]")
{
    CHECK(matches(ColumnMapping::guess(RecordKind::Contact, {u"Nom"_s, u"Prénom"_s, u"Société"_s, u"Fonction"_s,
                                                             u"Courriel"_s, u"Téléphone"_s, u"Remarques"_s})) ==
          QStringList{u"Nom -> family_name (synonym)"_s, u"Prénom -> given_name (synonym)"_s,
                      u"Société -> investor_id (synonym)"_s, u"Fonction -> title (synonym)"_s,
                      u"Courriel -> email (synonym)"_s, u"Téléphone -> phones (synonym)"_s,
                      u"Remarques -> notes (synonym)"_s});
    CHECK(matches(ColumnMapping::guess(RecordKind::Contact, {u"FAMILY_NAME"_s, u"Given name(s)"_s, u"Company"_s,
                                                             u"Position"_s, u"E-mail"_s, u"Phones"_s})) ==
          QStringList{u"FAMILY_NAME -> family_name (name)"_s, u"Given name(s) -> given_name (label)"_s,
                      u"Company -> investor_id (label)"_s, u"Position -> title (label)"_s, u"E-mail -> email (name)"_s,
                      u"Phones -> phones (name)"_s});
    CHECK(matches(ColumnMapping::guess(RecordKind::Investor,
                                       {u"Société"_s, u"Secteur"_s, u"Pays"_s, u"Site web"_s, u"Effectif"_s})) ==
          QStringList{u"Société -> name (synonym)"_s, u"Secteur -> sector (synonym)"_s,
                      u"Pays -> hq_country (synonym)"_s, u"Site web -> website (synonym)"_s,
                      u"Effectif -> employees (synonym)"_s});
    CHECK(matches(ColumnMapping::guess(RecordKind::Investor, {u"社名"_s, u"業種"_s, u"本社所在地"_s, u"国"_s,
                                                              u"ホームページ"_s, u"従業員数"_s})) ==
          QStringList{u"社名 -> name (synonym)"_s, u"業種 -> sector (synonym)"_s, u"本社所在地 -> hq_city (synonym)"_s,
                      u"国 -> hq_country (synonym)"_s, u"ホームページ -> website (synonym)"_s,
                      u"従業員数 -> employees (synonym)"_s});
    CHECK(matches(ColumnMapping::guess(
              RecordKind::Investor, {u"Name"_s, u"Head office city"_s, u"Employees"_s, u"Website"_s, u"Memo 2"_s})) ==
          QStringList{u"Name -> name (name)"_s, u"Head office city -> hq_city (label)"_s,
                      u"Employees -> employees (name)"_s, u"Website -> website (name)"_s, u"Memo 2 -> -"_s});
}

TEST_CASE("a field is filled by the first column naming it; the next is skipped with the reason",
          "[interchange][mapping]")
{
    const ColumnMapping m = ColumnMapping::guess(RecordKind::Contact, {u"会社名"_s, u"E-mail"_s, u"社名"_s});
    CHECK(matches(m) == QStringList{u"会社名 -> investor_id (synonym)"_s, u"E-mail -> email (name)"_s, u"社名 -> -"_s});
    CHECK(m.columns().at(2).note.contains(u"investor_id"_s));
    CHECK(m.columns().at(2).note.contains(u"会社名"_s));

    ColumnMapping chosen = m;
    chosen.choose(2, u"investor_id"_s);
    CHECK(matches(chosen) ==
          QStringList{u"会社名 -> -"_s, u"E-mail -> email (name)"_s, u"社名 -> investor_id (chosen)"_s});
    CHECK(crm::test::errorFrom([&] { chosen.choose(0, u"no_such_field"_s); }));
}

TEST_CASE("a saved mapping reads back, applies to a file by folded header and reports what differs",
          "[interchange][mapping]")
{
    ColumnMapping guessed = ColumnMapping::guess(RecordKind::Contact, {u"会社名"_s, u"氏名"_s, u"Memo 2"_s});
    const QJsonObject json = guessed.toJson();
    CHECK(QJsonDocument(json).toJson(QJsonDocument::Compact) ==
          R"({"columns":[{"field":"investor_id","header":"会社名"},{"field":"full_name","header":"氏名"},)"
          R"({"header":"Memo 2","skip":true}],"kind":"contact"})");
    const ColumnMapping saved = ColumnMapping::fromJson(json, RecordKind::Contact);
    CHECK(matches(saved) ==
          QStringList{u"会社名 -> investor_id (saved)"_s, u"氏名 -> full_name (saved)"_s, u"Memo 2 -> -"_s});

    const ColumnMapping::Applied applied = saved.applyTo({u"ﾒｰﾙ"_s, u" 氏名 "_s, u"memo 2"_s});
    CHECK(matches(applied.mapping) == QStringList{u"ﾒｰﾙ -> -"_s, u" 氏名  -> full_name (saved)"_s, u"memo 2 -> -"_s});
    CHECK(applied.missingHeaders == QStringList{u"会社名"_s});
    CHECK(applied.unnamedColumns == QStringList{u"ﾒｰﾙ"_s});
}

TEST_CASE("a saved mapping of another kind, of an unknown field or filling a field twice is refused",
          "[interchange][mapping]")
{
    CHECK(refusal(R"({"kind": "investor", "columns": []})", RecordKind::Contact) ==
          u"The mapping is for investor records, not for contact records."_s);
    CHECK(refusal(R"({"kind": "company", "columns": []})", RecordKind::Contact).contains(u"no known kind"_s));
    CHECK(refusal(R"({"kind": "contact", "columns": [{"header": "Fax", "field": "fax"}]})", RecordKind::Contact) ==
          u"The mapping fills \"fax\" from column \"Fax\", but a contact has no such field."_s);
    CHECK(refusal(R"({"kind": "contact", "columns": [{"header": "A", "field": "email"},)"
                  R"( {"header": "B", "field": "email"}]})",
                  RecordKind::Contact)
              .contains(u"two columns"_s));
    CHECK(refusal(R"({"kind": "contact"})", RecordKind::Contact).contains(u"columns"_s));
}

TEST_CASE("every column the vCard reader writes fills a contact field, the company its investor",
          "[interchange][mapping]")
{
    const QStringList columns = crm::interchange::VCardReader::columns();
    const ColumnMapping m = ColumnMapping::guess(RecordKind::Contact, columns);
    for (const auto &c : m.columns()) {
        INFO(c.header.toStdString());
        CHECK_FALSE(c.skipped());
    }
    CHECK(m.columns().at(columns.indexOf(u"investor"_s)).field == u"investor_id"_s);
}
