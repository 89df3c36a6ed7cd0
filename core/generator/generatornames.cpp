#include "generatornames.h"

#include "domain/referencedata.h"

using namespace Qt::StringLiterals;

// Invented but plausible words: real surnames and place names, company names built from common
// stems so that they look Japanese without copying a real company's full name.
// The tables are laid out in columns by hand; one entry per line would triple the file.
// clang-format off
namespace crm::gen {

const QStringList &sectorCodes()
{
    static const QStringList codes = [] {
        QStringList list;
        for (const Sector &s : reference::sectors()) {
            list << s.code;
        }
        return list;
    }();
    return codes;
}

const QList<JapaneseWord> &japaneseFamilyNames()
{
    static const QList<JapaneseWord> list{
        {u"山田"_s, u"やまだ"_s, u"Yamada"_s},       {u"佐藤"_s, u"さとう"_s, u"Sato"_s},
        {u"鈴木"_s, u"すずき"_s, u"Suzuki"_s},       {u"高橋"_s, u"たかはし"_s, u"Takahashi"_s},
        {u"田中"_s, u"たなか"_s, u"Tanaka"_s},       {u"伊藤"_s, u"いとう"_s, u"Ito"_s},
        {u"渡辺"_s, u"わたなべ"_s, u"Watanabe"_s},   {u"中村"_s, u"なかむら"_s, u"Nakamura"_s},
        {u"小林"_s, u"こばやし"_s, u"Kobayashi"_s},  {u"加藤"_s, u"かとう"_s, u"Kato"_s},
        {u"吉田"_s, u"よしだ"_s, u"Yoshida"_s},      {u"山本"_s, u"やまもと"_s, u"Yamamoto"_s},
        {u"佐々木"_s, u"ささき"_s, u"Sasaki"_s},     {u"山口"_s, u"やまぐち"_s, u"Yamaguchi"_s},
        {u"松本"_s, u"まつもと"_s, u"Matsumoto"_s},  {u"井上"_s, u"いのうえ"_s, u"Inoue"_s},
        {u"木村"_s, u"きむら"_s, u"Kimura"_s},       {u"林"_s, u"はやし"_s, u"Hayashi"_s},
        {u"斎藤"_s, u"さいとう"_s, u"Saito"_s},      {u"清水"_s, u"しみず"_s, u"Shimizu"_s},
        {u"山崎"_s, u"やまざき"_s, u"Yamazaki"_s},   {u"森"_s, u"もり"_s, u"Mori"_s},
        {u"池田"_s, u"いけだ"_s, u"Ikeda"_s},        {u"橋本"_s, u"はしもと"_s, u"Hashimoto"_s},
        {u"阿部"_s, u"あべ"_s, u"Abe"_s},            {u"石川"_s, u"いしかわ"_s, u"Ishikawa"_s},
        {u"前田"_s, u"まえだ"_s, u"Maeda"_s},        {u"藤田"_s, u"ふじた"_s, u"Fujita"_s},
        {u"後藤"_s, u"ごとう"_s, u"Goto"_s},         {u"岡田"_s, u"おかだ"_s, u"Okada"_s},
        {u"長谷川"_s, u"はせがわ"_s, u"Hasegawa"_s}, {u"村上"_s, u"むらかみ"_s, u"Murakami"_s},
        {u"近藤"_s, u"こんどう"_s, u"Kondo"_s},      {u"石井"_s, u"いしい"_s, u"Ishii"_s},
        {u"坂本"_s, u"さかもと"_s, u"Sakamoto"_s},   {u"遠藤"_s, u"えんどう"_s, u"Endo"_s},
        {u"青木"_s, u"あおき"_s, u"Aoki"_s},         {u"藤井"_s, u"ふじい"_s, u"Fujii"_s},
        {u"西村"_s, u"にしむら"_s, u"Nishimura"_s},  {u"福田"_s, u"ふくだ"_s, u"Fukuda"_s},
        {u"太田"_s, u"おおた"_s, u"Ota"_s},          {u"三浦"_s, u"みうら"_s, u"Miura"_s},
        {u"岡本"_s, u"おかもと"_s, u"Okamoto"_s},    {u"松田"_s, u"まつだ"_s, u"Matsuda"_s},
        {u"中川"_s, u"なかがわ"_s, u"Nakagawa"_s},   {u"原田"_s, u"はらだ"_s, u"Harada"_s},
        {u"小川"_s, u"おがわ"_s, u"Ogawa"_s},        {u"竹内"_s, u"たけうち"_s, u"Takeuchi"_s},
        {u"金子"_s, u"かねこ"_s, u"Kaneko"_s},       {u"和田"_s, u"わだ"_s, u"Wada"_s},
    };
    return list;
}

const QList<JapaneseWord> &japaneseGivenNames()
{
    static const QList<JapaneseWord> list{
        {u"太郎"_s, u"たろう"_s, u"Taro"_s},       {u"一郎"_s, u"いちろう"_s, u"Ichiro"_s},
        {u"健一"_s, u"けんいち"_s, u"Kenichi"_s},  {u"大輔"_s, u"だいすけ"_s, u"Daisuke"_s},
        {u"翔太"_s, u"しょうた"_s, u"Shota"_s},    {u"拓也"_s, u"たくや"_s, u"Takuya"_s},
        {u"直樹"_s, u"なおき"_s, u"Naoki"_s},      {u"誠"_s, u"まこと"_s, u"Makoto"_s},
        {u"浩"_s, u"ひろし"_s, u"Hiroshi"_s},      {u"隆"_s, u"たかし"_s, u"Takashi"_s},
        {u"修"_s, u"おさむ"_s, u"Osamu"_s},        {u"剛"_s, u"つよし"_s, u"Tsuyoshi"_s},
        {u"健太"_s, u"けんた"_s, u"Kenta"_s},      {u"亮"_s, u"りょう"_s, u"Ryo"_s},
        {u"和也"_s, u"かずや"_s, u"Kazuya"_s},     {u"雄一"_s, u"ゆういち"_s, u"Yuichi"_s},
        {u"智"_s, u"さとし"_s, u"Satoshi"_s},      {u"達也"_s, u"たつや"_s, u"Tatsuya"_s},
        {u"俊介"_s, u"しゅんすけ"_s, u"Shunsuke"_s}, {u"陽介"_s, u"ようすけ"_s, u"Yosuke"_s},
        {u"花子"_s, u"はなこ"_s, u"Hanako"_s},     {u"美咲"_s, u"みさき"_s, u"Misaki"_s},
        {u"由美"_s, u"ゆみ"_s, u"Yumi"_s},         {u"恵子"_s, u"けいこ"_s, u"Keiko"_s},
        {u"裕子"_s, u"ゆうこ"_s, u"Yuko"_s},       {u"陽子"_s, u"ようこ"_s, u"Yoko"_s},
        {u"真由美"_s, u"まゆみ"_s, u"Mayumi"_s},   {u"直美"_s, u"なおみ"_s, u"Naomi"_s},
        {u"愛"_s, u"あい"_s, u"Ai"_s},             {u"彩"_s, u"あや"_s, u"Aya"_s},
        {u"さくら"_s, u"さくら"_s, u"Sakura"_s},   {u"麻衣"_s, u"まい"_s, u"Mai"_s},
        {u"智子"_s, u"ともこ"_s, u"Tomoko"_s},     {u"久美子"_s, u"くみこ"_s, u"Kumiko"_s},
        {u"明美"_s, u"あけみ"_s, u"Akemi"_s},      {u"奈々"_s, u"なな"_s, u"Nana"_s},
        {u"千尋"_s, u"ちひろ"_s, u"Chihiro"_s},    {u"香織"_s, u"かおり"_s, u"Kaori"_s},
        {u"理恵"_s, u"りえ"_s, u"Rie"_s},          {u"舞"_s, u"まい"_s, u"Mai"_s},
    };
    return list;
}

const QList<JapaneseWord> &companyStems()
{
    static const QList<JapaneseWord> list{
        {u"東和"_s, u"とうわ"_s, u"Towa"_s},         {u"大和"_s, u"やまと"_s, u"Yamato"_s},
        {u"日進"_s, u"にっしん"_s, u"Nisshin"_s},    {u"三協"_s, u"さんきょう"_s, u"Sankyo"_s},
        {u"富士"_s, u"ふじ"_s, u"Fuji"_s},           {u"北陸"_s, u"ほくりく"_s, u"Hokuriku"_s},
        {u"中央"_s, u"ちゅうおう"_s, u"Chuo"_s},     {u"昭和"_s, u"しょうわ"_s, u"Showa"_s},
        {u"太平"_s, u"たいへい"_s, u"Taihei"_s},     {u"東洋"_s, u"とうよう"_s, u"Toyo"_s},
        {u"大同"_s, u"だいどう"_s, u"Daido"_s},      {u"光洋"_s, u"こうよう"_s, u"Koyo"_s},
        {u"協和"_s, u"きょうわ"_s, u"Kyowa"_s},      {u"共栄"_s, u"きょうえい"_s, u"Kyoei"_s},
        {u"明和"_s, u"めいわ"_s, u"Meiwa"_s},        {u"旭"_s, u"あさひ"_s, u"Asahi"_s},
        {u"日東"_s, u"にっとう"_s, u"Nitto"_s},      {u"新光"_s, u"しんこう"_s, u"Shinko"_s},
        {u"山陽"_s, u"さんよう"_s, u"Sanyo"_s},      {u"瀬戸内"_s, u"せとうち"_s, u"Setouchi"_s},
        {u"湘南"_s, u"しょうなん"_s, u"Shonan"_s},   {u"紀州"_s, u"きしゅう"_s, u"Kishu"_s},
        {u"常盤"_s, u"ときわ"_s, u"Tokiwa"_s},       {u"双葉"_s, u"ふたば"_s, u"Futaba"_s},
        {u"若葉"_s, u"わかば"_s, u"Wakaba"_s},       {u"青葉"_s, u"あおば"_s, u"Aoba"_s},
        {u"丸山"_s, u"まるやま"_s, u"Maruyama"_s},   {u"松井"_s, u"まつい"_s, u"Matsui"_s},
        {u"高木"_s, u"たかぎ"_s, u"Takagi"_s},       {u"岩崎"_s, u"いわさき"_s, u"Iwasaki"_s},
        {u"菊池"_s, u"きくち"_s, u"Kikuchi"_s},      {u"千代田"_s, u"ちよだ"_s, u"Chiyoda"_s},
        {u"武蔵"_s, u"むさし"_s, u"Musashi"_s},      {u"相模"_s, u"さがみ"_s, u"Sagami"_s},
        {u"越後"_s, u"えちご"_s, u"Echigo"_s},       {u"出雲"_s, u"いずも"_s, u"Izumo"_s},
        {u"筑波"_s, u"つくば"_s, u"Tsukuba"_s},      {u"三和"_s, u"さんわ"_s, u"Sanwa"_s},
        {u"北斗"_s, u"ほくと"_s, u"Hokuto"_s},       {u"白鳥"_s, u"しらとり"_s, u"Shiratori"_s},
        {u"大成"_s, u"たいせい"_s, u"Taisei"_s},     {u"永和"_s, u"えいわ"_s, u"Eiwa"_s},
        {u"晴海"_s, u"はるみ"_s, u"Harumi"_s},       {u"菱和"_s, u"りょうわ"_s, u"Ryowa"_s},
        {u"豊和"_s, u"ほうわ"_s, u"Howa"_s},         {u"平和"_s, u"へいわ"_s, u"Heiwa"_s},
        {u"矢島"_s, u"やじま"_s, u"Yajima"_s},       {u"栗田"_s, u"くりた"_s, u"Kurita"_s},
    };
    return list;
}

const QList<JapaneseWord> &companyPrefixes()
{
    static const QList<JapaneseWord> list{
        {u"東京"_s, u"とうきょう"_s, u"Tokyo"_s},   {u"大阪"_s, u"おおさか"_s, u"Osaka"_s},
        {u"関西"_s, u"かんさい"_s, u"Kansai"_s},    {u"中部"_s, u"ちゅうぶ"_s, u"Chubu"_s},
        {u"九州"_s, u"きゅうしゅう"_s, u"Kyushu"_s}, {u"北海道"_s, u"ほっかいどう"_s, u"Hokkaido"_s},
        {u"東北"_s, u"とうほく"_s, u"Tohoku"_s},    {u"名古屋"_s, u"なごや"_s, u"Nagoya"_s},
        {u"横浜"_s, u"よこはま"_s, u"Yokohama"_s},  {u"神戸"_s, u"こうべ"_s, u"Kobe"_s},
        {u"新"_s, u"しん"_s, u"Shin"_s},            {u"第一"_s, u"だいいち"_s, u"Daiichi"_s},
    };
    return list;
}

const QList<BusinessWord> &businessWords()
{
    static const QList<BusinessWord> list{
        {u"自動車部品"_s, u"じどうしゃぶひん"_s, u"Auto Parts"_s, u"automotive"_s},
        {u"電線"_s, u"でんせん"_s, u"Electric Wire"_s, u"automotive"_s},
        {u"精機"_s, u"せいき"_s, u"Seiki"_s, u"automotive"_s},
        {u"ゴム工業"_s, u"ごむこうぎょう"_s, u"Rubber Industries"_s, u"automotive"_s},
        {u"発條"_s, u"はつじょう"_s, u"Spring"_s, u"automotive"_s},
        {u"食品"_s, u"しょくひん"_s, u"Foods"_s, u"food"_s},
        {u"製菓"_s, u"せいか"_s, u"Confectionery"_s, u"food"_s},
        {u"水産"_s, u"すいさん"_s, u"Marine Products"_s, u"food"_s},
        {u"乳業"_s, u"にゅうぎょう"_s, u"Dairy"_s, u"food"_s},
        {u"繊維"_s, u"せんい"_s, u"Textile"_s, u"textiles"_s},
        {u"紡績"_s, u"ぼうせき"_s, u"Spinning"_s, u"textiles"_s},
        {u"縫製"_s, u"ほうせい"_s, u"Apparel"_s, u"textiles"_s},
        {u"染工"_s, u"せんこう"_s, u"Dyeing"_s, u"textiles"_s},
        {u"太陽光発電"_s, u"たいようこうはつでん"_s, u"Solar Power"_s, u"renewable_energy"_s},
        {u"風力"_s, u"ふうりょく"_s, u"Wind Power"_s, u"renewable_energy"_s},
        {u"エナジー"_s, u"えなじー"_s, u"Energy"_s, u"renewable_energy"_s},
        {u"地熱"_s, u"ちねつ"_s, u"Geothermal"_s, u"renewable_energy"_s},
        {u"物流"_s, u"ぶつりゅう"_s, u"Logistics"_s, u"transport_logistics"_s},
        {u"海運"_s, u"かいうん"_s, u"Shipping"_s, u"transport_logistics"_s},
        {u"運輸"_s, u"うんゆ"_s, u"Transport"_s, u"transport_logistics"_s},
        {u"倉庫"_s, u"そうこ"_s, u"Warehouse"_s, u"transport_logistics"_s},
        {u"航空機器"_s, u"こうくうきき"_s, u"Aircraft Equipment"_s, u"aerospace"_s},
        {u"航空部品"_s, u"こうくうぶひん"_s, u"Aero Components"_s, u"aerospace"_s},
        {u"複合材"_s, u"ふくごうざい"_s, u"Composites"_s, u"aerospace"_s},
        {u"化学"_s, u"かがく"_s, u"Chemical"_s, u"other"_s},
        {u"電機"_s, u"でんき"_s, u"Electric"_s, u"other"_s},
        {u"製作所"_s, u"せいさくしょ"_s, u"Manufacturing"_s, u"other"_s},
        {u"商事"_s, u"しょうじ"_s, u"Trading"_s, u"other"_s},
        {u"建設"_s, u"けんせつ"_s, u"Construction"_s, u"other"_s},
        {u"製薬"_s, u"せいやく"_s, u"Pharmaceutical"_s, u"other"_s},
    };
    return list;
}

const QList<JapaneseWord> &japaneseCities()
{
    static const QList<JapaneseWord> list{
        {u"東京"_s, u"とうきょう"_s, u"Tokyo"_s},     {u"大阪"_s, u"おおさか"_s, u"Osaka"_s},
        {u"名古屋"_s, u"なごや"_s, u"Nagoya"_s},      {u"横浜"_s, u"よこはま"_s, u"Yokohama"_s},
        {u"浜松"_s, u"はままつ"_s, u"Hamamatsu"_s},   {u"神戸"_s, u"こうべ"_s, u"Kobe"_s},
        {u"京都"_s, u"きょうと"_s, u"Kyoto"_s},       {u"福岡"_s, u"ふくおか"_s, u"Fukuoka"_s},
        {u"広島"_s, u"ひろしま"_s, u"Hiroshima"_s},   {u"札幌"_s, u"さっぽろ"_s, u"Sapporo"_s},
        {u"豊田"_s, u"とよた"_s, u"Toyota"_s},        {u"金沢"_s, u"かなざわ"_s, u"Kanazawa"_s},
    };
    return list;
}

const QList<JapaneseWord> &contactTitles()
{
    static const QList<JapaneseWord> list{
        {u"代表取締役社長"_s, u"だいひょうとりしまりやくしゃちょう"_s, u"President and CEO"_s},
        {u"取締役"_s, u"とりしまりやく"_s, u"Director"_s},
        {u"海外事業部長"_s, u"かいがいじぎょうぶちょう"_s, u"General Manager, Overseas Business"_s},
        {u"部長"_s, u"ぶちょう"_s, u"General Manager"_s},
        {u"課長"_s, u"かちょう"_s, u"Manager"_s},
        {u"係長"_s, u"かかりちょう"_s, u"Assistant Manager"_s},
        {u"主任"_s, u"しゅにん"_s, u"Senior Staff"_s},
        {u"担当"_s, u"たんとう"_s, u"Staff"_s},
    };
    return list;
}

const QList<JapaneseWord> &departments()
{
    static const QList<JapaneseWord> list{
        {u"海外事業部"_s, u"かいがいじぎょうぶ"_s, u"Overseas Business Division"_s},
        {u"経営企画部"_s, u"けいえいきかくぶ"_s, u"Corporate Planning"_s},
        {u"国際営業部"_s, u"こくさいえいぎょうぶ"_s, u"International Sales"_s},
        {u"調達部"_s, u"ちょうたつぶ"_s, u"Procurement"_s},
        {u"生産技術部"_s, u"せいさんぎじゅつぶ"_s, u"Production Engineering"_s},
        {u"新規事業開発室"_s, u"しんきじぎょうかいはつしつ"_s, u"New Business Development"_s},
    };
    return list;
}

const QList<HostCountry> &hostCountries()
{
    using C = Culture;
    static const QList<HostCountry> list{
        {u"MA"_s, C::Arabic, u"MAD"_s, u"Africa/Casablanca"_s, {u"Tangier"_s, u"Casablanca"_s, u"Kenitra"_s},
         u"Morocco Investment Promotion Agency"_s, u"الوكالة المغربية لإنعاش الاستثمار"_s, u"MIPA"_s, u"+212"_s,
         {u"ar"_s, u"fr"_s, u"en"_s}},
        {u"TN"_s, C::Arabic, u"TND"_s, u"Africa/Tunis"_s, {u"Sousse"_s, u"Sfax"_s, u"Bizerte"_s},
         u"Tunisia Investment Promotion Agency"_s, u"الوكالة التونسية للنهوض بالاستثمار"_s, u"TIPA"_s, u"+216"_s,
         {u"ar"_s, u"fr"_s}},
        {u"DZ"_s, C::Arabic, u"DZD"_s, u"Africa/Algiers"_s, {u"Oran"_s, u"Algiers"_s, u"Setif"_s},
         u"Algerian Investment Promotion Agency"_s, u"الوكالة الجزائرية لترقية الاستثمار"_s, u"AIPA"_s, u"+213"_s,
         {u"ar"_s, u"fr"_s}},
        {u"EG"_s, C::Arabic, u"EGP"_s, u"Africa/Cairo"_s, {u"Ain Sokhna"_s, u"Alexandria"_s, u"Port Said"_s},
         u"Egypt Industrial Investment Authority"_s, u"الهيئة المصرية للاستثمار الصناعي"_s, u"EIIA"_s, u"+20"_s,
         {u"ar"_s, u"en"_s}},
        {u"JO"_s, C::Arabic, u"JOD"_s, u"Asia/Amman"_s, {u"Amman"_s, u"Aqaba"_s, u"Irbid"_s},
         u"Jordan Investment Promotion Commission"_s, u"هيئة ترويج الاستثمار الأردنية"_s, u"JIPC"_s, u"+962"_s,
         {u"ar"_s, u"en"_s}},
        {u"SN"_s, C::French, u"XOF"_s, u"Africa/Dakar"_s, {u"Dakar"_s, u"Diamniadio"_s, u"Thiès"_s},
         u"Senegal Investment Promotion Agency"_s, u"Agence de Promotion des Investissements du Sénégal"_s,
         u"APIS"_s, u"+221"_s, {u"fr"_s, u"wo"_s, u"en"_s}},
        {u"CI"_s, C::French, u"XOF"_s, u"Africa/Abidjan"_s, {u"Abidjan"_s, u"San-Pédro"_s, u"Bouaké"_s},
         u"Côte d'Ivoire Investment Promotion Centre"_s, u"Centre de Promotion des Investissements de Côte d'Ivoire"_s,
         u"CPICI"_s, u"+225"_s, {u"fr"_s, u"en"_s}},
        {u"CM"_s, C::French, u"XAF"_s, u"Africa/Douala"_s, {u"Douala"_s, u"Yaoundé"_s, u"Kribi"_s},
         u"Cameroon Investment Promotion Agency"_s, u"Agence de Promotion des Investissements du Cameroun"_s,
         u"APIC"_s, u"+237"_s, {u"fr"_s, u"en"_s}},
        {u"BF"_s, C::French, u"XOF"_s, u"Africa/Ouagadougou"_s, {u"Ouagadougou"_s, u"Bobo-Dioulasso"_s},
         u"Burkina Faso Investment Agency"_s, u"Agence pour la Promotion des Investissements du Burkina Faso"_s,
         u"APIBF"_s, u"+226"_s, {u"fr"_s}},
        {u"BJ"_s, C::French, u"XOF"_s, u"Africa/Porto-Novo"_s, {u"Cotonou"_s, u"Porto-Novo"_s, u"Glo-Djigbé"_s},
         u"Benin Investment Promotion Agency"_s, u"Agence de Promotion des Investissements du Bénin"_s, u"APIB"_s,
         u"+229"_s, {u"fr"_s}},
        {u"MG"_s, C::French, u"MGA"_s, u"Indian/Antananarivo"_s, {u"Antananarivo"_s, u"Toamasina"_s},
         u"Madagascar Investment Promotion Agency"_s, u"Agence de Promotion des Investissements de Madagascar"_s,
         u"APIM"_s, u"+261"_s, {u"fr"_s, u"mg"_s}},
        {u"ET"_s, C::English, u"ETB"_s, u"Africa/Addis_Ababa"_s, {u"Addis Ababa"_s, u"Hawassa"_s, u"Dire Dawa"_s},
         u"Ethiopian Investment Promotion Office"_s, u"የኢትዮጵያ ኢንቨስትመንት ማስተዋወቂያ ቢሮ"_s, u"EIPO"_s, u"+251"_s,
         {u"am"_s, u"en"_s}},
        {u"KE"_s, C::English, u"KES"_s, u"Africa/Nairobi"_s, {u"Nairobi"_s, u"Mombasa"_s, u"Athi River"_s},
         u"Kenya Investment Promotion Board"_s, {}, u"KIPB"_s, u"+254"_s, {u"en"_s, u"sw"_s}},
        {u"GH"_s, C::English, u"GHS"_s, u"Africa/Accra"_s, {u"Accra"_s, u"Tema"_s, u"Kumasi"_s},
         u"Ghana Investment Promotion Office"_s, {}, u"GIPO"_s, u"+233"_s, {u"en"_s}},
        {u"NG"_s, C::English, u"NGN"_s, u"Africa/Lagos"_s, {u"Lagos"_s, u"Abuja"_s, u"Port Harcourt"_s},
         u"Nigeria Investment Promotion Agency"_s, {}, u"NIPA"_s, u"+234"_s, {u"en"_s}},
        {u"TZ"_s, C::English, u"TZS"_s, u"Africa/Dar_es_Salaam"_s, {u"Dar es Salaam"_s, u"Arusha"_s},
         u"Tanzania Investment Promotion Centre"_s, u"Kituo cha Uwekezaji Tanzania"_s, u"TIPC"_s, u"+255"_s,
         {u"sw"_s, u"en"_s}},
        {u"BD"_s, C::English, u"BDT"_s, u"Asia/Dhaka"_s, {u"Dhaka"_s, u"Chattogram"_s, u"Mongla"_s},
         u"Bangladesh Investment Promotion Authority"_s, {}, u"BIPA"_s, u"+880"_s, {u"bn"_s, u"en"_s}},
        {u"LK"_s, C::English, u"LKR"_s, u"Asia/Colombo"_s, {u"Colombo"_s, u"Hambantota"_s},
         u"Sri Lanka Investment Promotion Board"_s, {}, u"SLIPB"_s, u"+94"_s, {u"si"_s, u"ta"_s, u"en"_s}},
        {u"VN"_s, C::Vietnamese, u"VND"_s, u"Asia/Ho_Chi_Minh"_s, {u"Hai Phong"_s, u"Da Nang"_s, u"Binh Duong"_s},
         u"Viet Nam Investment Promotion Centre"_s, u"Trung tâm Xúc tiến Đầu tư Việt Nam"_s, u"VIPC"_s,
         u"+84"_s, {u"vi"_s, u"en"_s}},
        {u"ID"_s, C::Indonesian, u"IDR"_s, u"Asia/Jakarta"_s, {u"Jakarta"_s, u"Batam"_s, u"Surabaya"_s},
         u"Indonesia Investment Promotion Agency"_s, u"Badan Promosi Investasi Indonesia"_s, u"BPII"_s, u"+62"_s,
         {u"id"_s, u"en"_s}},
        {u"PE"_s, C::Spanish, u"PEN"_s, u"America/Lima"_s, {u"Lima"_s, u"Arequipa"_s, u"Callao"_s},
         u"Peru Investment Promotion Agency"_s, u"Agencia de Promoción de la Inversión del Perú"_s, u"APIP"_s,
         u"+51"_s, {u"es"_s, u"en"_s}},
        {u"BO"_s, C::Spanish, u"BOB"_s, u"America/La_Paz"_s, {u"Santa Cruz"_s, u"La Paz"_s, u"Cochabamba"_s},
         u"Bolivia Investment Promotion Agency"_s, u"Agencia de Promoción de Inversiones de Bolivia"_s, u"APIBO"_s,
         u"+591"_s, {u"es"_s}},
    };
    return list;
}

const QList<ScriptName> &familyNames(Culture culture)
{
    static const QList<ScriptName> arabic{
        {u"Hassani"_s, u"حساني"_s},   {u"El Amrani"_s, u"العمراني"_s}, {u"Benali"_s, u"بن علي"_s},
        {u"Mansouri"_s, u"المنصوري"_s}, {u"Haddad"_s, u"حداد"_s},      {u"Bouzid"_s, u"بوزيد"_s},
        {u"Chraibi"_s, u"الشرايبي"_s}, {u"Tazi"_s, u"التازي"_s},       {u"Khalil"_s, u"خليل"_s},
        {u"Nasser"_s, u"ناصر"_s},      {u"Saleh"_s, u"صالح"_s},        {u"Ibrahim"_s, u"إبراهيم"_s},
        {u"Farouk"_s, u"فاروق"_s},     {u"Mahmoud"_s, u"محمود"_s},     {u"Bennani"_s, u"بناني"_s},
        {u"Trabelsi"_s, u"الطرابلسي"_s}, {u"Belkacem"_s, u"بلقاسم"_s}, {u"Abdallah"_s, u"عبد الله"_s},
    };
    static const QList<ScriptName> french{
        {u"Diallo"_s, {}},  {u"Traoré"_s, {}}, {u"Ndiaye"_s, {}},    {u"Diop"_s, {}},     {u"Koné"_s, {}},
        {u"Ouédraogo"_s, {}}, {u"Sow"_s, {}},  {u"Fall"_s, {}},      {u"Kouassi"_s, {}},  {u"Rakoto"_s, {}},
        {u"Mbarga"_s, {}},  {u"Ahouansou"_s, {}}, {u"Lefèvre"_s, {}}, {u"Moreau"_s, {}},  {u"Girard"_s, {}},
        {u"Randrianarisoa"_s, {}}, {u"Zongo"_s, {}}, {u"Ekotto"_s, {}},
    };
    static const QList<ScriptName> english{
        {u"Bekele"_s, {}}, {u"Tesfaye"_s, {}}, {u"Kamau"_s, {}},  {u"Otieno"_s, {}},   {u"Mensah"_s, {}},
        {u"Boateng"_s, {}}, {u"Okafor"_s, {}}, {u"Adeyemi"_s, {}}, {u"Mwakyusa"_s, {}}, {u"Rahman"_s, {}},
        {u"Hossain"_s, {}}, {u"Perera"_s, {}}, {u"Fernando"_s, {}}, {u"Njoroge"_s, {}},
    };
    static const QList<ScriptName> vietnamese{
        {u"Nguyễn"_s, {}}, {u"Trần"_s, {}}, {u"Lê"_s, {}}, {u"Phạm"_s, {}}, {u"Hoàng"_s, {}}, {u"Vũ"_s, {}},
    };
    static const QList<ScriptName> indonesian{
        {u"Santoso"_s, {}}, {u"Prasetyo"_s, {}}, {u"Lestari"_s, {}}, {u"Wijaya"_s, {}}, {u"Rahmawati"_s, {}},
    };
    static const QList<ScriptName> spanish{
        {u"Quispe"_s, {}}, {u"Mamani"_s, {}}, {u"García"_s, {}}, {u"Rodríguez"_s, {}}, {u"Flores"_s, {}},
        {u"Vargas"_s, {}},
    };
    switch (culture) {
    case Culture::Arabic: return arabic;
    case Culture::French: return french;
    case Culture::English: return english;
    case Culture::Vietnamese: return vietnamese;
    case Culture::Indonesian: return indonesian;
    case Culture::Spanish: return spanish;
    }
    Q_UNREACHABLE();
}

const QList<ScriptName> &givenNames(Culture culture)
{
    static const QList<ScriptName> arabic{
        {u"Mohamed"_s, u"محمد"_s},  {u"Mohamed Aref"_s, u"محمد عارف"_s}, {u"Ahmed"_s, u"أحمد"_s},
        {u"Youssef"_s, u"يوسف"_s},  {u"Karim"_s, u"كريم"_s},             {u"Omar"_s, u"عمر"_s},
        {u"Ali"_s, u"علي"_s},       {u"Hassan"_s, u"حسن"_s},             {u"Rachid"_s, u"رشيد"_s},
        {u"Samir"_s, u"سمير"_s},    {u"Fatima"_s, u"فاطمة"_s},           {u"Amina"_s, u"أمينة"_s},
        {u"Khadija"_s, u"خديجة"_s}, {u"Leila"_s, u"ليلى"_s},             {u"Nadia"_s, u"نادية"_s},
        {u"Salma"_s, u"سلمى"_s},    {u"Yasmine"_s, u"ياسمين"_s},         {u"Meriem"_s, u"مريم"_s},
    };
    static const QList<ScriptName> french{
        {u"Aminata"_s, {}},  {u"Moussa"_s, {}},  {u"Fatou"_s, {}},   {u"Jean-Baptiste"_s, {}}, {u"Marie-Claire"_s, {}},
        {u"Ibrahima"_s, {}}, {u"Awa"_s, {}},     {u"Mamadou"_s, {}}, {u"Adama"_s, {}},         {u"Mariam"_s, {}},
        {u"Serge"_s, {}},    {u"Christelle"_s, {}}, {u"Hervé"_s, {}}, {u"Aïssatou"_s, {}},     {u"Ousmane"_s, {}},
        {u"Sophie"_s, {}},   {u"Éric"_s, {}},    {u"Thierry"_s, {}},
    };
    static const QList<ScriptName> english{
        {u"Abebe"_s, {}},   {u"Selam"_s, {}},  {u"Grace"_s, {}},   {u"Samuel"_s, {}}, {u"Kwame"_s, {}},
        {u"Ama"_s, {}},     {u"Chinedu"_s, {}}, {u"Ngozi"_s, {}},  {u"Joseph"_s, {}}, {u"Neema"_s, {}},
        {u"Farhana"_s, {}}, {u"Tanvir"_s, {}}, {u"Nimal"_s, {}},   {u"Dilani"_s, {}},
    };
    static const QList<ScriptName> vietnamese{
        {u"Văn An"_s, {}}, {u"Thị Hoa"_s, {}}, {u"Minh Tuấn"_s, {}}, {u"Thu Trang"_s, {}}, {u"Quốc Bảo"_s, {}},
    };
    static const QList<ScriptName> indonesian{
        {u"Budi"_s, {}}, {u"Agus"_s, {}}, {u"Dewi"_s, {}}, {u"Siti"_s, {}}, {u"Rina"_s, {}},
    };
    static const QList<ScriptName> spanish{
        {u"María Fernanda"_s, {}}, {u"José Luis"_s, {}}, {u"Carmen"_s, {}}, {u"Luis Alberto"_s, {}},
        {u"Ana Lucía"_s, {}},      {u"Jorge"_s, {}},
    };
    switch (culture) {
    case Culture::Arabic: return arabic;
    case Culture::French: return french;
    case Culture::English: return english;
    case Culture::Vietnamese: return vietnamese;
    case Culture::Indonesian: return indonesian;
    case Culture::Spanish: return spanish;
    }
    Q_UNREACHABLE();
}

const QStringList &delegateTitles(Culture culture)
{
    static const QStringList french{u"Chargé de promotion des investissements"_s, u"Directeur adjoint"_s,
                                    u"Cheffe du service des investisseurs asiatiques"_s, u"Analyste sectoriel"_s};
    static const QStringList spanish{u"Especialista en promoción de inversiones"_s, u"Director de Asia"_s};
    static const QStringList english{u"Investment Promotion Officer"_s, u"Senior Investment Officer"_s,
                                     u"Head of Asia Desk"_s, u"Deputy Director, Investor Services"_s};
    if (culture == Culture::French) {
        return french;
    }
    return culture == Culture::Spanish ? spanish : english;
}

const QStringList &products(const QString &sector)
{
    static const QStringList automotive{u"Wire-harness plant"_s, u"Seat-cover sewing plant"_s,
                                        u"Brake parts factory"_s, u"Catalyst assembly line"_s};
    static const QStringList food{u"Tuna canning plant"_s, u"Instant noodle factory"_s, u"Cold-chain warehouse"_s,
                                  u"Cocoa processing plant"_s};
    static const QStringList textiles{u"Denim weaving mill"_s, u"Garment factory"_s, u"Technical textile plant"_s};
    static const QStringList energy{u"Solar farm"_s, u"Wind farm"_s, u"Mini-grid project"_s, u"Geothermal plant"_s};
    static const QStringList logistics{u"Logistics hub"_s, u"Bonded warehouse"_s, u"Container terminal"_s};
    static const QStringList aerospace{u"Aero-structure plant"_s, u"Aircraft cabling workshop"_s, u"MRO facility"_s,
                                       u"Composite parts plant"_s};
    static const QStringList other{u"Pharmaceutical plant"_s, u"Chemical plant"_s, u"IT service centre"_s,
                                   u"Electronics assembly plant"_s};
    if (sector == u"automotive"_s) {
        return automotive;
    }
    if (sector == u"food"_s) {
        return food;
    }
    if (sector == u"textiles"_s) {
        return textiles;
    }
    if (sector == u"renewable_energy"_s) {
        return energy;
    }
    if (sector == u"transport_logistics"_s) {
        return logistics;
    }
    return sector == u"aerospace"_s ? aerospace : other;
}

const QStringList &lostReasons()
{
    static const QStringList list{u"Chose another country (Viet Nam offered lower labour costs)"_s,
                                  u"Project cancelled after the parent company's merger"_s,
                                  u"Incentives judged insufficient"_s, u"Exchange-rate risk too high"_s,
                                  u"Overseas expansion postponed by the board"_s};
    return list;
}

const QStringList &informationRequests()
{
    static const QStringList list{u"Labour costs and minimum wage by region"_s,
                                  u"Electricity and water tariffs for industrial users"_s,
                                  u"Land prices and lease terms in the industrial zones"_s,
                                  u"Tax incentives and the free-zone regime"_s,
                                  u"List of certified local suppliers"_s,
                                  u"Sea freight costs and lead times to Europe"_s,
                                  u"投資ガイド（日本語版）"_s,
                                  u"工業団地の資料と電力供給の状況"_s,
                                  u"Statistiques d'emploi et coût de la main-d'œuvre qualifiée"_s};
    return list;
}

const QStringList &nextSteps()
{
    static const QStringList list{u"Send the investment guide"_s,      u"Arrange a site visit"_s,
                                  u"Introduce to the ministry of industry"_s, u"Follow-up call in three months"_s,
                                  u"Invite to the Tokyo investment seminar"_s, u"資料を送付する"_s,
                                  u"現地視察を手配する"_s,             u"Organiser une visite des zones industrielles"_s};
    return list;
}

const QStringList &followUpTitles()
{
    static const QStringList list{u"Send %1 the investment guide"_s, u"Arrange a site visit for %1"_s,
                                  u"Call %1 about the board decision"_s, u"Share labour-cost data with %1"_s,
                                  u"Prepare the briefing sheet for %1"_s, u"%1に工業団地の資料を送付"_s,
                                  u"%1と次回面談の日程調整"_s};
    return list;
}

const QStringList &noteSentences(int language)
{
    static const QStringList english{
        u"Met %1 with %2; they confirmed their interest in a %4 in %3."_s,
        u"The investor asked for data on labour costs, electricity tariffs and land prices in the free zones."_s,
        u"Follow-up call with the overseas business division: budget approval is expected next quarter."_s,
        u"They are comparing %3 with two other locations; incentives and logistics costs will decide."_s,
        u"A site visit is planned for the autumn; %2 will prepare the programme with the ministry."_s,
        u"Their existing plant runs at full capacity and an expansion of about 300 jobs is under discussion."_s,
        u"Management is cautious after the currency depreciation; keep in touch every three months."_s,
        u"Requested a list of local suppliers certified to ISO 9001 and IATF 16949."_s,
        u"The head of the international division will attend the investment seminar in Tokyo."_s,
        u"Customs clearance times at the port remain their main concern."_s,
        u"%2 presented the new industrial zone and the one-stop service for investors."_s,
        u"Local management is a priority for them: the last plant is run entirely by local managers."_s,
    };
    static const QStringList japanese{
        u"%1の海外事業部と面談。%3での%4に関心あり。"_s,
        u"電力料金と工業団地の土地価格について資料を依頼された。"_s,
        u"来期の投資計画は取締役会で審議予定とのこと。"_s,
        u"%2氏が現地の省庁との面談を調整する。"_s,
        u"既存工場の増設を検討中。雇用は約200名の見込み。"_s,
        u"為替の影響で判断を先送り。三か月後に再度連絡する。"_s,
        u"現地サプライヤーのリストを送付する約束をした。"_s,
        u"物流コストと通関の所要日数について追加の質問があった。"_s,
    };
    static const QStringList french{
        u"Rencontre avec %1 : intérêt confirmé pour un projet (%4) au pays hôte (%3)."_s,
        u"L'investisseur demande des informations sur le coût de la main-d'œuvre et les incitations fiscales."_s,
        u"Une visite de site est envisagée ; %2 prépare le programme avec l'agence."_s,
        u"Prochaine étape : envoyer le guide de l'investisseur et la liste des zones industrielles."_s,
        u"La direction attend la décision du siège avant la fin de l'exercice."_s,
        u"Les délais de dédouanement au port restent leur principale préoccupation."_s,
    };
    switch (language) {
    case 1: return japanese;
    case 2: return french;
    default: return english;
    }
}

const QStringList &interpreters()
{
    static const QStringList list{u"Keiko Mori"_s, u"Jean Dupont"_s, u"Sara Haddad"_s, u"Aya Kimura"_s,
                                  u"Paul Mensah"_s};
    return list;
}

} // namespace crm::gen
// clang-format on
