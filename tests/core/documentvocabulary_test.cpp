// One vocabulary for the screens and the printed documents (issue 20): a document names codes and
// fields with the application's catalogue of ITS language, and its own words follow the glossary
// (docs/glossary.md) that the translators follow too.
#include "briefingtesttext.h"
#include "documents/documentlanguage.h"
#include "documents/documenttemplate.h"
#include "documents/meetingbriefing.h"
#include "domain/codelabels.h"
#include "services/sampledata.h"
#include "support/translations.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
// The application's catalogue of a language, as the screens would load it.
std::unique_ptr<QTranslator> uiCatalogue(const QString &language)
{
    auto translator = std::make_unique<QTranslator>();
    REQUIRE(translator->load(u":/i18n/delegates-crm_%1.qm"_s.arg(language)));
    return translator;
}

// One row of the glossary's table: English, 日本語, Français, and what it is.
struct GlossaryRow
{
    QString en, ja, fr, what;
};

QHash<QString, GlossaryRow> glossary()
{
    QFile file(QStringLiteral(CRM_SOURCE_DIR "/docs/glossary.md"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QHash<QString, GlossaryRow> rows;
    bool inTable = false;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(u"| English |"_s)) {
            inTable = true;
            continue;
        }
        if (!inTable || !line.startsWith(u'|') || line.startsWith(u"|---"_s)) {
            continue;
        }
        const QStringList cells = line.split(u'|');
        REQUIRE(cells.size() >= 6); // "", en, ja, fr, what, ""
        rows.insert(cells.at(1).trimmed(),
                    {cells.at(1).trimmed(), cells.at(2).trimmed(), cells.at(3).trimmed(), cells.at(4).trimmed()});
    }
    REQUIRE(rows.size() > 40);
    return rows;
}

// The index-th word of a glossary cell listing several ("piste / contacté / visite"), without the
// abbreviation or the precision in brackets ("investissement (CAPEX)", "participant (à un rendez-vous)").
QString glossaryWord(const GlossaryRow &row, const QString &language, int index)
{
    const QString cell = language == u"ja"_s ? row.ja : row.fr;
    const QStringList words = cell.split(language == u"ja"_s ? u"／"_s : u" / "_s);
    REQUIRE(index < words.size());
    QString word = words.at(index);
    return word.remove(QRegularExpression(u"\\s*[(（][^)）]*[)）]"_s)).trimmed();
}

// "food 食品 agroalimentaire; automotive 自動車 automobile; ...": the sectors' words in the
// sector row's last cell, English -> {ja, fr}.
QHash<QString, std::pair<QString, QString>> sectorWords(const GlossaryRow &row)
{
    QHash<QString, std::pair<QString, QString>> sectors;
    static const QRegularExpression entry(u"^(.*?)\\s+([\\p{Han}\\p{Katakana}\\p{Hiragana}・ー]+)\\s+(.*)$"_s);
    for (const QString &item : row.what.split(u';')) {
        const QRegularExpressionMatch m = entry.match(item.trimmed());
        REQUIRE(m.hasMatch());
        sectors.insert(m.captured(1), {m.captured(2), m.captured(3)});
    }
    return sectors;
}

// Whether a document's text uses a glossary word: contained, whatever the case, a French or
// English noun also in its plural ("Séjours du programme" uses "séjour du programme").
bool uses(const QString &text, const QString &word, const QString &language)
{
    if (language == u"ja"_s) {
        return text.contains(word);
    }
    QStringList parts;
    for (const QString &part : word.split(u' ', Qt::SkipEmptyParts)) {
        parts << QRegularExpression::escape(part) + u"[sx]?"_s;
    }
    return QRegularExpression(parts.join(u"\\s+"_s), QRegularExpression::CaseInsensitiveOption).match(text).hasMatch();
}

// Where a document says a glossary term: a label ({{label.key}}) or a code's name.
struct Use
{
    const char *row; // the glossary row's English cell
    int index;       // which of the row's words ("lead / contacted / ..."), 0 for most
    bool code;       // a code name rather than a label
    const char *key;
};

constexpr Use kUses[] = {
    {"delegate", 0, true, "delegate"}, // the meeting's side
    {"delegate", 0, false, "delegate_profile"},
    {"investor", 0, true, "investor"},
    {"investor", 0, false, "investor"},
    {"investor", 0, false, "investor_profile"},
    {"agency", 0, false, "agency"},
    {"contact", 0, false, "contacts"},
    {"contact", 0, false, "followup_contact"},
    {"mission", 0, false, "mission"},
    {"programme stay", 0, true, "programme_stay"},
    {"programme stay", 0, false, "stays"},
    {"programme stay", 0, false, "timeline_stay"},
    {"investor mission", 0, true, "investor_mission"},
    {"seminar / trade fair", 0, true, "seminar"},
    {"seminar / trade fair", 1, true, "trade_fair"},
    {"participant (of a mission)", 0, false, "participants"},
    {"agenda", 0, false, "agenda"},
    {"meeting", 0, false, "meeting_briefing"},
    {"meeting", 0, false, "meeting_with"},
    {"meeting", 0, false, "followup_meeting"},
    {"attendee", 0, false, "attendees"},
    {"interpreter", 0, false, "interpreter"},
    {"deal", 0, false, "open_deals"},
    {"deal", 0, false, "credited_deals"},
    {"deal", 0, false, "deals_count"},
    {"deal", 0, false, "deals_as_of"},
    {"deal", 0, false, "followup_deal"},
    {"stage", 0, false, "stage"},
    {"lead / contacted / visit / negotiation / decision", 0, true, "lead"},
    {"lead / contacted / visit / negotiation / decision", 1, true, "contacted"},
    {"lead / contacted / visit / negotiation / decision", 2, true, "visit"},
    {"lead / contacted / visit / negotiation / decision", 3, true, "negotiation"},
    {"lead / contacted / visit / negotiation / decision", 4, true, "decision"},
    {"announced / implementation / operational", 0, true, "announced"},
    {"announced / implementation / operational", 1, true, "implementation"},
    {"announced / implementation / operational", 2, true, "operational"},
    {"aftercare / on hold / lost", 0, true, "aftercare"},
    {"aftercare / on hold / lost", 1, true, "on_hold"},
    {"aftercare / on hold / lost", 2, true, "lost"},
    {"credit (a delegate's or mission's part in a deal)", 0, false, "credited_deals"},
    {"credit (a delegate's or mission's part in a deal)", 0, false, "credited_as"},
    {"credit (a delegate's or mission's part in a deal)", 0, false, "impact"},
    {"promotion / facilitation / implementation support", 0, true, "promotion"},
    {"promotion / facilitation / implementation support", 1, true, "facilitation"},
    {"promotion / facilitation / implementation support", 2, true, "implementation_support"},
    {"impact", 0, false, "impact"},
    {"planned / announced / realised", 0, true, "planned"},
    {"planned / announced / realised", 1, true, "announced"},
    {"planned / announced / realised", 2, true, "realised"},
    {"planned / announced / realised", 1, false, "announced"}, // "350 announced"
    {"planned / announced / realised", 2, false, "realised"},
    {"capital expenditure (capex)", 0, true, "capex"},
    {"capital expenditure (capex)", 0, false, "capex"},
    {"direct jobs", 0, true, "direct_jobs"},
    {"direct jobs", 0, false, "jobs"},
    {"jobs held by women", 0, true, "jobs_women"},
    {"local managers", 0, true, "local_managers"},
    {"exports / local suppliers", 0, true, "exports"},
    {"exports / local suppliers", 1, true, "local_suppliers"},
    {"sector", 0, false, "sector"},
    {"follow-up", 0, false, "followups"},
    {"due date / overdue", 0, false, "due"},
    {"due date / overdue", 1, false, "overdue"},
    {"note", 0, false, "notes"},
    {"briefing sheet", 0, false, "meeting_briefing"},
    {"profile", 0, false, "investor_profile"},
    {"profile", 0, false, "delegate_profile"},
    {"mission booklet", 0, false, "mission_booklet"},
    {"timeline", 0, false, "timeline"},
    {"head office", 0, false, "head_office"},
    {"parent company", 0, false, "parent"},
    {"confidential", 0, false, "confidential"},
};

// Codes a translation may leave as the English word: the French Promotion and Facilitation, and
// the office's acronym, which a catalogue may keep as it is.
bool mayReadAsEnglish(const QString &language, const QString &code)
{
    return code == u"itpo"_s || (language == u"fr"_s && (code == u"promotion"_s || code == u"facilitation"_s));
}

// Gives the next test the runner's English translators back, whatever this one installed.
struct RestoreEnglish final
{
    RestoreEnglish() = default;
    ~RestoreEnglish() { installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)); }
    Q_DISABLE_COPY_MOVE(RestoreEnglish)
};

QString sampleBriefingText(test::TestDatabase &t, const QString &language)
{
    const auto yazaki = t.store().findIdBy(RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    REQUIRE(yazaki);
    QString meetingId;
    t.store().forEach(RecordKind::Meeting, {}, [&](const QVariantMap &meeting) {
        if (meeting.value(u"investor_id"_s) == *yazaki &&
            meeting.value(u"starts_at"_s).toString().startsWith(u"1996-11-20"_s)) {
            meetingId = meeting.value(u"id"_s).toString();
        }
        return true;
    });
    REQUIRE_FALSE(meetingId.isEmpty());
    BriefingOptions options;
    options.language = language;
    return test::documentText(MeetingBriefing(t.db()).build(meetingId, options).html);
}
} // namespace

TEST_CASE("the Japanese and French documents say each glossary term with the glossary's word", "[glossary]")
{
    const QHash<QString, GlossaryRow> rows = glossary();
    for (const QString &language : {u"ja"_s, u"fr"_s}) {
        const DocumentLanguage document = DocumentLanguage::load(language);
        for (const Use &use : kUses) {
            const QString rowName = QString::fromUtf8(use.row);
            INFO(language.toStdString() << ": glossary row \"" << use.row << "\", " << (use.code ? "code " : "label ")
                                        << use.key);
            REQUIRE(rows.contains(rowName));
            const QString word = glossaryWord(rows.value(rowName), language, use.index);
            const QString key = QString::fromUtf8(use.key);
            const QString text = use.code ? document.codeName(key) : document.label(key);
            INFO("document: " << text.toStdString() << ", glossary: " << word.toStdString());
            CHECK(uses(text, word, language));
        }
    }
}

TEST_CASE("the Japanese and French documents name each sector as the glossary does", "[glossary]")
{
    const QHash<QString, std::pair<QString, QString>> sectors = sectorWords(glossary().value(u"sector"_s));
    const QList<std::pair<QString, QString>> codes{{u"food"_s, u"food"_s},
                                                   {u"automotive"_s, u"automotive"_s},
                                                   {u"textiles"_s, u"textiles"_s},
                                                   {u"renewable_energy"_s, u"renewable energy"_s},
                                                   {u"transport_logistics"_s, u"transport and logistics"_s},
                                                   {u"aerospace"_s, u"aerospace"_s}};
    const DocumentLanguage ja = DocumentLanguage::load(u"ja"_s);
    const DocumentLanguage fr = DocumentLanguage::load(u"fr"_s);
    for (const auto &[code, english] : codes) {
        INFO(code.toStdString());
        REQUIRE(sectors.contains(english));
        CHECK(ja.codeName(code) == sectors.value(english).first);
        CHECK(fr.codeName(code).toLower() == sectors.value(english).second.toLower());
    }
}

// Meaningful once the translators' catalogues are merged: until the Japanese and French .ts hold a
// finished translation of every crm::CodeLabels message, the "translated" checks fail.
TEST_CASE("a document names every code as the screens do in the document's language, translated",
          "[glossary][briefing]")
{
    for (const QString &language : {u"ja"_s, u"fr"_s}) {
        const auto catalogue = uiCatalogue(language);
        const DocumentLanguage document = DocumentLanguage::load(language);
        for (const QString &code : labelledCodes()) {
            const catalogue::Text text = codeLabelText(code);
            REQUIRE_FALSE(text.isEmpty());
            const QString source = QString::fromUtf8(text.source);
            const QString screens = catalogue->translate(text.context, text.source);
            INFO(language.toStdString() << ": " << code.toStdString() << " (\"" << text.source << "\") reads \""
                                        << document.codeName(code).toStdString() << "\"");
            CHECK(document.codeName(code) == (screens.isEmpty() ? source : screens));
            CHECK_FALSE(screens.isEmpty()); // the catalogue translates it
            if (!mayReadAsEnglish(language, code)) {
                CHECK(document.codeName(code) != source);
            }
        }
    }
}

TEST_CASE("an English document shows English code names under Japanese screens, and the reverse", "[briefing]")
{
    const auto japanese = uiCatalogue(u"ja"_s);
    const QString automotive = japanese->translate("crm::CodeLabels", "Automotive");
    REQUIRE(automotive == u"自動車"_s);
    {
        RestoreEnglish restore;
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Japanese, QLocale::Japan));
        CHECK(codeLabel(u"automotive"_s) == automotive); // the screens speak Japanese
        const DocumentLanguage english = DocumentLanguage::load(u"en"_s);
        CHECK(english.codeName(u"automotive"_s) == u"Automotive"_s);
        CHECK(english.label(u"head_office"_s) == u"Head office"_s);
        CHECK(english.timelineWording().codeName(u"on_hold"_s) == u"On hold"_s);
    }
    CHECK(codeLabel(u"automotive"_s) == u"Automotive"_s); // the screens speak English again
    const DocumentLanguage ja = DocumentLanguage::load(u"ja"_s);
    CHECK(ja.codeName(u"automotive"_s) == automotive);
    CHECK(ja.timelineWording().codeName(u"automotive"_s) == automotive);
    CHECK(ja.codeName(u"no_such_code"_s) == u"no_such_code"_s);

    test::TestDatabase t;
    loadSampleData(t.db());
    const QString text = sampleBriefingText(t, u"ja"_s);
    CHECK(text.contains(u"業種 "_s + automotive));
    // The attendees under their sides, named as the screens name the sides.
    CHECK(text.contains(japanese->translate("crm::CodeLabels", "Delegate")));
    CHECK_FALSE(text.contains(u"代表団"_s));
}

TEST_CASE("a document's field labels are the screens' list columns in the document's language", "[briefing]")
{
    const DocumentLanguage en = DocumentLanguage::load(u"en"_s);
    CHECK(en.label(u"sector"_s) == u"Sector"_s);
    CHECK(en.label(u"due"_s) == u"Due"_s);
    CHECK(en.label(u"jobs"_s) == u"Direct jobs"_s);
    CHECK(en.label(u"announced"_s) == u"announced"_s); // inside a sentence: "350 announced"
    CHECK(en.label(u"timeline_stay"_s) == u"Programme stay"_s);
    for (const QString &language : DocumentLanguage::codes()) {
        const DocumentLanguage document = DocumentLanguage::load(language);
        for (const QString &key : DocumentLanguage::catalogueLabelKeys()) {
            INFO(language.toStdString() << ": " << key.toStdString());
            CHECK(document.labels().contains(key)); // templates see it as {{label.key}}
            CHECK_FALSE(document.label(key).isEmpty());
            if (language != u"en"_s) {
                CHECK(document.label(key) != key); // "sector" -> 業種, Secteur
            }
        }
    }
    const auto japanese = uiCatalogue(u"ja"_s);
    const DocumentLanguage ja = DocumentLanguage::load(u"ja"_s);
    for (const char *column : {"Head office", "Sector", "Stage", "Country"}) {
        const QString screens = japanese->translate("crm::ui::ListColumns", column);
        INFO(column);
        CHECK_FALSE(screens.isEmpty());
        CHECK(ja.labels().values().contains(screens));
    }
    CHECK(ja.label(u"realised"_s) == japanese->translate("crm::CodeLabels", "Realised"));
}

TEST_CASE("the built-in label files hold only what documents alone say", "[briefing]")
{
    for (const QString &language : DocumentLanguage::codes()) {
        INFO(language.toStdString());
        const QJsonObject file =
            QJsonDocument::fromJson(builtInTemplate(u"labels-%1.json"_s.arg(language)).toUtf8()).object();
        REQUIRE(file.contains(u"labels"_s));
        CHECK_FALSE(file.contains(u"codes"_s));
        const QStringList keys = file.value(u"labels"_s).toObject().keys();
        for (const QString &key : DocumentLanguage::catalogueLabelKeys()) {
            INFO(key.toStdString());
            CHECK_FALSE(keys.contains(key));
        }
    }
}

TEST_CASE("an officer's labels file still changes labels and code names, the rest from the catalogue", "[briefing]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile file(QDir(dir.path()).filePath(u"labels-ja.json"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    // Written for an earlier version: codes in a "codes" section, and a label now from the catalogue.
    file.write(R"({"labels": {"sector": "産業分類", "talking_points": "論点"},
                   "codes": {"food": "食料品", "delegate": "代表団"}})");
    file.close();
    QString warning;
    const DocumentLanguage ja = DocumentLanguage::load(u"ja"_s, dir.path(), &warning);
    CHECK(warning.isEmpty());
    CHECK(ja.label(u"sector"_s) == u"産業分類"_s);
    CHECK(ja.label(u"talking_points"_s) == u"論点"_s);
    CHECK(ja.codeName(u"food"_s) == u"食料品"_s);
    CHECK(ja.codeName(u"delegate"_s) == u"代表団"_s);
    CHECK(ja.timelineWording().codeName(u"food"_s) == u"食料品"_s);
    // What the file does not name keeps the built-in words.
    CHECK(ja.codeName(u"automotive"_s) == uiCatalogue(u"ja"_s)->translate("crm::CodeLabels", "Automotive"));
    CHECK(ja.label(u"meeting_briefing"_s) == DocumentLanguage::load(u"ja"_s).label(u"meeting_briefing"_s));
    // Another language does not read the Japanese file.
    CHECK(DocumentLanguage::load(u"fr"_s, dir.path()).codeName(u"food"_s) == u"Agroalimentaire"_s);
}
