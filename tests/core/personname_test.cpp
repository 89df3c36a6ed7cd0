#include "domain/personname.h"
#include "fixtures.h"
#include "storage/recordstore.h"

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
// Reads a name the way records read it from JSON.
PersonName readName(const QVariantMap &json)
{
    FieldErrors errors;
    MapReader reader(json, errors);
    const PersonName name = PersonName::read(reader);
    reader.finish();
    REQUIRE(errors.isEmpty());
    return name;
}

PersonName yamada()
{
    return readName({{u"family_name"_s, u"山田"_s},
                     {u"given_name"_s, u"太郎"_s},
                     {u"family_name_reading"_s, u"やまだ"_s},
                     {u"given_name_reading"_s, u"たろう"_s},
                     {u"latin_family_name"_s, u"Yamada"_s},
                     {u"latin_given_name"_s, u"Taro"_s}});
}

PersonName hassani()
{
    return readName({{u"family_name"_s, u"Hassani"_s}, {u"given_name"_s, u"Mohamed Aref"_s}});
}

QVariantMap contactNamed(const QString &investor, const QString &family, const QString &given,
                         const QString &familyReading)
{
    QVariantMap json{{u"family_name"_s, family}, {u"given_name"_s, given}, {u"investor_id"_s, investor}};
    if (!familyReading.isEmpty()) {
        json.insert(u"family_name_reading"_s, familyReading);
    }
    return json;
}
} // namespace

TEST_CASE("a Japanese name is written family first without being told", "[personname]")
{
    const PersonName name = yamada();
    CHECK(name.order == PersonName::Order::FamilyFirst);
    CHECK(name.displayName() == u"山田 太郎"_s);
    CHECK(name.latinName() == u"Taro Yamada"_s);
    CHECK(name.readingName() == u"やまだ たろう"_s);
}

TEST_CASE("a French or Arabic name is written given first without being told", "[personname]")
{
    const PersonName name = hassani();
    CHECK(name.order == PersonName::Order::GivenFirst);
    CHECK(name.displayName() == u"Mohamed Aref Hassani"_s);

    const PersonName arabic = readName({{u"family_name"_s, u"حساني"_s}, {u"given_name"_s, u"محمد"_s}});
    CHECK(arabic.order == PersonName::Order::GivenFirst);
    CHECK(arabic.displayName() == u"محمد حساني"_s);
}

TEST_CASE("a Chinese name or a name in kana is written family first", "[personname]")
{
    CHECK(readName({{u"family_name"_s, u"王"_s}, {u"given_name"_s, u"小明"_s}}).displayName() == u"王 小明"_s);
    CHECK(readName({{u"family_name"_s, u"やまだ"_s}, {u"given_name"_s, u"はなこ"_s}}).order ==
          PersonName::Order::FamilyFirst);
    CHECK(readName({{u"family_name"_s, u"ハッサニ"_s}}).order == PersonName::Order::FamilyFirst);
}

TEST_CASE("a name order given explicitly wins over the script", "[personname]")
{
    const PersonName name =
        readName({{u"family_name"_s, u"山田"_s}, {u"given_name"_s, u"太郎"_s}, {u"name_order"_s, u"given_first"_s}});
    CHECK(name.order == PersonName::Order::GivenFirst);
    CHECK(name.displayName() == u"太郎 山田"_s);
    CHECK(readName(
              {{u"family_name"_s, u"Nguyen"_s}, {u"given_name"_s, u"Van An"_s}, {u"name_order"_s, u"family_first"_s}})
              .displayName() == u"Nguyen Van An"_s);
}

TEST_CASE("a person with one name shows that name alone", "[personname]")
{
    CHECK(readName({{u"given_name"_s, u"Tesfaye"_s}}).displayName() == u"Tesfaye"_s);
    CHECK(readName({{u"family_name"_s, u"山田"_s}}).displayName() == u"山田"_s);
    CHECK(readName({{u"family_name"_s, u"山田"_s}}).latinName().isEmpty());
}

TEST_CASE("names sort by their kana reading, otherwise family name first", "[personname]")
{
    CHECK(yamada().sortKey() == u"やまだ たろう"_s);
    CHECK(hassani().sortKey() == u"Hassani Mohamed Aref"_s);
}

TEST_CASE("the script test knows Han and kana from Latin, Arabic and full-width Latin", "[personname]")
{
    CHECK(PersonName::looksEastAsian(u"山田"_s));
    CHECK(PersonName::looksEastAsian(u"やまだ"_s));
    CHECK(PersonName::looksEastAsian(u"ヤマダ"_s));
    CHECK(PersonName::looksEastAsian(u"Yamada 太郎"_s));
    CHECK_FALSE(PersonName::looksEastAsian(u"Hassani"_s));
    CHECK_FALSE(PersonName::looksEastAsian(u"محمد"_s));
    CHECK_FALSE(PersonName::looksEastAsian(u"Ｙａｍａｄａ"_s));
    CHECK_FALSE(PersonName::looksEastAsian(QString()));
}

TEST_CASE("stored people carry the inferred name order", "[personname]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(t.store().get(RecordKind::Contact, g.contact).value(u"name_order"_s).toString() == u"family_first"_s);
    CHECK(t.store().get(RecordKind::Delegate, g.delegate).value(u"name_order"_s).toString() == u"given_first"_s);
    CHECK(t.store().title(RecordKind::Contact, g.contact) == u"山田 太郎"_s);
    CHECK(t.store().title(RecordKind::Delegate, g.delegate) == u"Mohamed Aref Hassani"_s);
}

TEST_CASE("contacts are listed in the order of their kana reading", "[personname]")
{
    test::TestDatabase t;
    const QString investor = t.store().create(RecordKind::Investor, test::investorJson());
    // By code point the order would be 伊藤 (U+4F0A), 山田 (U+5C71), 青木 (U+9752).
    const QString yamadaId =
        t.store().create(RecordKind::Contact, contactNamed(investor, u"山田"_s, u"太郎"_s, u"やまだ"_s));
    const QString aoki =
        t.store().create(RecordKind::Contact, contactNamed(investor, u"青木"_s, u"花子"_s, u"あおき"_s));
    const QString ito = t.store().create(RecordKind::Contact, contactNamed(investor, u"伊藤"_s, u"健"_s, u"いとう"_s));
    QStringList order;
    t.store().forEach(RecordKind::Contact, {}, [&order](const QVariantMap &contact) {
        order << contact.value(u"id"_s).toString();
        return true;
    });
    CHECK(order == QStringList{aoki, ito, yamadaId});

    // A reading added later moves the person to the right place.
    const QString kato = t.store().create(RecordKind::Contact, contactNamed(investor, u"加藤"_s, u"誠"_s, {}));
    CHECK(t.store().update(RecordKind::Contact, kato, {{u"family_name_reading"_s, u"かとう"_s}}));
    order.clear();
    t.store().forEach(RecordKind::Contact, {}, [&order](const QVariantMap &contact) {
        order << contact.value(u"id"_s).toString();
        return true;
    });
    CHECK(order == QStringList{aoki, ito, kato, yamadaId});
}
