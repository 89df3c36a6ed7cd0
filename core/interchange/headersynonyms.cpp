#include "headersynonyms.h"

#include "domain/catalogue/catalogue.h"

using namespace Qt::StringLiterals;

namespace crm::interchange {

const QList<HeaderSynonyms> &headerSynonyms()
{
    using enum RecordKind;
    // Headers are compared folded (case, width, kana, accents, spaces and -_.:*() ignored), so
    // "E-mail", "ｅｍａｉｌ" and "EMAIL" are one entry, and セイ is せい.
    static const QList<HeaderSynonyms> table{
        // Contacts: a business card or an address book kept in Excel.
        {Contact,
         kFullNameField,
         {u"氏名"_s, u"名前"_s, u"お名前"_s, u"担当者"_s, u"担当者名"_s, u"name"_s, u"full name"_s, u"nom complet"_s,
          u"nom et prénom"_s}},
        {Contact,
         kFullReadingField,
         {u"フリガナ"_s, u"ふりがな"_s, u"よみ"_s, u"よみがな"_s, u"読み"_s, u"カナ"_s, u"氏名フリガナ"_s,
          u"reading"_s}},
        {Contact,
         u"family_name"_s,
         {u"姓"_s, u"苗字"_s, u"名字"_s, u"nom"_s, u"nom de famille"_s, u"last name"_s, u"surname"_s}},
        {Contact, u"given_name"_s, {u"名"_s, u"prénom"_s, u"first name"_s}},
        {Contact, u"family_name_reading"_s, {u"セイ"_s, u"姓フリガナ"_s}},
        {Contact, u"given_name_reading"_s, {u"メイ"_s, u"名フリガナ"_s}},
        {Contact,
         u"investor_id"_s,
         {u"会社名"_s, u"社名"_s, u"企業名"_s, u"会社"_s, u"勤務先"_s, u"investor"_s, u"société"_s, u"entreprise"_s,
          u"organisation"_s, u"organization"_s}},
        {Contact,
         u"title"_s,
         {u"役職"_s, u"役職名"_s, u"肩書"_s, u"肩書き"_s, u"fonction"_s, u"poste"_s, u"job title"_s}},
        {Contact, u"department"_s, {u"部署"_s, u"部署名"_s, u"部門"_s, u"所属"_s, u"service"_s, u"département"_s}},
        {Contact,
         u"email"_s,
         {u"メール"_s, u"メールアドレス"_s, u"電子メール"_s, u"courriel"_s, u"mail"_s, u"adresse e-mail"_s,
          u"adresse électronique"_s, u"e-mail address"_s}},
        {Contact,
         u"phones"_s,
         {u"電話"_s, u"電話番号"_s, u"tel"_s, u"携帯"_s, u"携帯電話"_s, u"téléphone"_s, u"portable"_s, u"phone"_s,
          u"mobile"_s}},
        {Contact, u"notes"_s, {u"備考"_s, u"メモ"_s, u"remarques"_s, u"commentaire"_s, u"memo"_s}},
        // Investors: a company list.
        {Investor,
         u"name"_s,
         {u"会社名"_s, u"社名"_s, u"企業名"_s, u"会社"_s, u"company"_s, u"company name"_s, u"société"_s,
          u"entreprise"_s, u"raison sociale"_s, u"nom de la société"_s, u"nom"_s}},
        {Investor,
         u"name_reading"_s,
         {u"フリガナ"_s, u"ふりがな"_s, u"よみ"_s, u"よみがな"_s, u"読み"_s, u"カナ"_s, u"会社名フリガナ"_s}},
        {Investor, u"name_latin"_s, {u"英文社名"_s, u"英語社名"_s, u"社名英語"_s, u"english name"_s}},
        {Investor, u"aliases"_s, {u"別名"_s, u"略称"_s, u"alias"_s}},
        {Investor, u"sector"_s, {u"業種"_s, u"業界"_s, u"secteur"_s, u"secteur d'activité"_s, u"industry"_s}},
        {Investor,
         u"hq_city"_s,
         {u"所在地"_s, u"本社所在地"_s, u"住所"_s, u"本社"_s, u"都市"_s, u"adresse"_s, u"ville"_s, u"siège"_s,
          u"city"_s, u"address"_s}},
        {Investor, u"hq_country"_s, {u"国"_s, u"国名"_s, u"本社国"_s, u"pays"_s, u"country"_s}},
        {Investor, u"employees"_s, {u"従業員数"_s, u"社員数"_s, u"従業員"_s, u"effectif"_s, u"salariés"_s}},
        {Investor,
         u"website"_s,
         {u"URL"_s, u"ホームページ"_s, u"ウェブサイト"_s, u"ウェブ"_s, u"HP"_s, u"site web"_s, u"site internet"_s,
          u"site"_s, u"web"_s}},
        {Investor, u"notes"_s, {u"備考"_s, u"メモ"_s, u"remarques"_s, u"commentaire"_s, u"memo"_s}},
    };
    return table;
}

bool takesFullName(RecordKind kind)
{
    const catalogue::Catalogue &c = catalogue::Catalogue::builtin();
    return c.field(kind, u"family_name") && c.field(kind, u"given_name");
}

} // namespace crm::interchange
