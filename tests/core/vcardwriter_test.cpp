// The vCard writer (core/interchange/vcardwriter.h): what phones and Outlook read, checked by a real
// reader (python3-vobject) and by our own reader.
#include "interchange/vcardreader.h"
#include "interchange/vcardwriter.h"
#include "pythonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

using namespace Qt::StringLiterals;
using namespace crm::interchange;

namespace {

const QString kLongNote = u"会議メモ; 重要, 次回\\確認\n二行目: "_s + QString(40, u'漢') + u" end"_s;

QList<VCardContact> contacts()
{
    const QVariantMap yamada{{u"id"_s, u"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"_s},
                             {u"family_name"_s, u"山田"_s},
                             {u"given_name"_s, u"太郎"_s},
                             {u"family_name_reading"_s, u"やまだ"_s},
                             {u"given_name_reading"_s, u"たろう"_s},
                             {u"latin_family_name"_s, u"Yamada"_s},
                             {u"latin_given_name"_s, u"Taro"_s},
                             {u"name_order"_s, u"family_first"_s},
                             {u"title"_s, u"部長"_s},
                             {u"department"_s, u"海外事業部"_s},
                             {u"email"_s, u"taro.yamada@example.co.jp"_s},
                             {u"phones"_s, QStringList{u"03-1234-5678"_s, u"090-1111-2222"_s}},
                             {u"notes"_s, kLongNote}};
    const QVariantMap hassani{{u"id"_s, u"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c"_s},
                              {u"family_name"_s, u"Hassani"_s},
                              {u"given_name"_s, u"Mohamed Aref"_s},
                              {u"name_order"_s, u"given_first"_s},
                              {u"title"_s, u"Director, Investment; Promotion"_s},
                              {u"email"_s, u"m.hassani@example.ma"_s}};
    return {{yamada, u"株式会社サンプル"_s}, {hassani, u"Agence Marocaine, AMDIE"_s}};
}

// What python3-vobject reads of each card, as JSON.
QJsonArray readByVobject(const QByteArray &vcf)
{
    const QString script = uR"(
import json, sys, vobject
out = []
for card in vobject.readComponents(sys.stdin.buffer.read().decode('utf-8')):
    c = card.contents
    v = lambda name: [x.value for x in c.get(name, [])]
    n = c['n'][0].value
    out.append({'fn': v('fn'), 'family': n.family, 'given': n.given, 'nickname': v('nickname'),
                'phonetic_last': v('x-phonetic-last-name'), 'phonetic_first': v('x-phonetic-first-name'),
                'sort_string': v('sort-string'), 'sort_as': c['n'][0].params.get('SORT-AS', []),
                'org': v('org'), 'title': v('title'), 'email': v('email'), 'tel': v('tel'), 'note': v('note'),
                'uid': v('uid'), 'version': v('version')})
print(json.dumps(out, ensure_ascii=False))
)"_s;
    const QString printed = crm::test::runPython(u"vobject"_s, script, vcf);
    return QJsonDocument::fromJson(printed.toUtf8()).array();
}

QStringList strings(const QJsonValue &v)
{
    if (v.isString()) {
        return {v.toString()};
    }
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        out << (item.isArray() ? strings(item).join(u';') : item.toString());
    }
    return out;
}

} // namespace

TEST_CASE("vCards we write fold at 75 octets without cutting a character, with CRLF", "[vcard]")
{
    for (const VCardVersion version : {VCardVersion::V3, VCardVersion::V4}) {
        const QByteArray vcf = writeVCards(contacts(), version);
        REQUIRE(vcf.endsWith("END:VCARD\r\n"));
        QList<QByteArray> lines = vcf.split('\n');
        REQUIRE(lines.takeLast().isEmpty());
        bool folded = false;
        for (const QByteArray &line : lines) {
            REQUIRE(line.endsWith('\r'));
            const QByteArray content = line.chopped(1);
            CHECK(content.size() <= 75);
            QStringDecoder utf8(QStringDecoder::Utf8);
            (void)utf8.decode(content);
            CHECK(!utf8.hasError());
            folded = folded || content.startsWith(' ');
        }
        CHECK(folded);
        CHECK(vcf.contains("\r\nN:山田;太郎;;;\r\n") == (version == VCardVersion::V3));
        CHECK(vcf.contains("\r\nN;SORT-AS=\"やまだ,たろう\":山田;太郎;;;\r\n") == (version == VCardVersion::V4));
        CHECK(vcf.contains("\r\nFN:山田 太郎\r\n"));
        CHECK(vcf.contains("\r\nFN:Mohamed Aref Hassani\r\n"));
        CHECK(vcf.contains("\r\nTITLE:Director\\, Investment\\; Promotion\r\n"));
        CHECK(vcf.contains("\r\nORG:Agence Marocaine\\, AMDIE\r\n"));
    }
}

TEST_CASE("python3-vobject reads our 3.0 and 4.0 vCards back as written", "[vcard][realreader]")
{
    for (const VCardVersion version : {VCardVersion::V3, VCardVersion::V4}) {
        const QJsonArray cards = readByVobject(writeVCards(contacts(), version));
        REQUIRE(cards.size() == 2);
        const QJsonObject y = cards.at(0).toObject();
        CHECK(strings(y[u"version"_s]) == QStringList{version == VCardVersion::V3 ? u"3.0"_s : u"4.0"_s});
        CHECK(strings(y[u"fn"_s]) == QStringList{u"山田 太郎"_s});
        CHECK(strings(y[u"family"_s]) == QStringList{u"山田"_s});
        CHECK(strings(y[u"given"_s]) == QStringList{u"太郎"_s});
        CHECK(strings(y[u"phonetic_last"_s]) == QStringList{u"やまだ"_s});
        CHECK(strings(y[u"phonetic_first"_s]) == QStringList{u"たろう"_s});
        if (version == VCardVersion::V3) {
            CHECK(strings(y[u"sort_string"_s]) == QStringList{u"やまだ たろう"_s});
        } else {
            CHECK(strings(y[u"sort_as"_s]) == QStringList{u"やまだ,たろう"_s});
        }
        CHECK(strings(y[u"nickname"_s]) == QStringList{u"Taro Yamada"_s});
        CHECK(strings(y[u"org"_s]) == QStringList{u"株式会社サンプル;海外事業部"_s});
        CHECK(strings(y[u"title"_s]) == QStringList{u"部長"_s});
        CHECK(strings(y[u"email"_s]) == QStringList{u"taro.yamada@example.co.jp"_s});
        CHECK(strings(y[u"tel"_s]) == QStringList{u"03-1234-5678"_s, u"090-1111-2222"_s});
        CHECK(strings(y[u"note"_s]) == QStringList{kLongNote});
        CHECK(strings(y[u"uid"_s]).value(0).endsWith(u"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"_s));

        const QJsonObject h = cards.at(1).toObject();
        CHECK(strings(h[u"fn"_s]) == QStringList{u"Mohamed Aref Hassani"_s});
        CHECK(strings(h[u"family"_s]) == QStringList{u"Hassani"_s});
        CHECK(strings(h[u"given"_s]) == QStringList{u"Mohamed Aref"_s});
        CHECK(strings(h[u"title"_s]) == QStringList{u"Director, Investment; Promotion"_s});
        CHECK(strings(h[u"org"_s]) == QStringList{u"Agence Marocaine, AMDIE"_s});
    }
}

TEST_CASE("our reader reads our vCards back: names, readings, romanised names, company and notes", "[vcard]")
{
    for (const VCardVersion version : {VCardVersion::V3, VCardVersion::V4}) {
        const Table t = VCardReader::read(writeVCards(contacts(), version));
        REQUIRE(t.rows.size() == 2);
        const auto at = [&t](qsizetype row, const QString &column) { return t.cell(row, t.header.indexOf(column)); };
        const QList<VCardContact> written = contacts();
        for (const QString &field :
             {u"family_name"_s, u"given_name"_s, u"family_name_reading"_s, u"given_name_reading"_s,
              u"latin_family_name"_s, u"latin_given_name"_s, u"title"_s, u"department"_s, u"email"_s, u"notes"_s}) {
            INFO(field.toStdString());
            CHECK(at(0, field).toString() == written.at(0).record.value(field).toString());
            CHECK(at(1, field).toString() == written.at(1).record.value(field).toString());
        }
        CHECK(at(0, u"phones"_s).toString() == u"03-1234-5678\n090-1111-2222"_s);
        CHECK(at(0, u"investor"_s).toString() == u"株式会社サンプル"_s);
        CHECK(at(1, u"investor"_s).toString() == u"Agence Marocaine, AMDIE"_s);
        CHECK(t.notes.isEmpty());
    }
}
