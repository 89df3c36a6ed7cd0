// The strict JSON check that runs before Qt's lenient parser (docs/json-format.md, "JSON text").
#include "domain/strictjson.h"
#include "fixtures.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
struct Refusal
{
    QByteArray input;
    QString field;    // the member named in the problem
    QString mentions; // a piece of the message
    qsizetype line;
    qsizetype column;
};

QByteArray bytes(const char *text, qsizetype size)
{
    return QByteArray(text, size);
}
} // namespace

TEST_CASE("strict JSON refuses what Qt would silently change, naming the field and the position", "[strictjson]")
{
    const QList<Refusal> refusals{
        {R"({"notes": "x\q"})", u"notes"_s, u"invalid escape \\q"_s, 1, 13},
        {bytes("{\"notes\": \"x\0y\"}", 16), u"notes"_s, u"U+0000"_s, 1, 13},
        {"{\"notes\": \"x\ty\"}", u"notes"_s, u"U+0009"_s, 1, 13},
        {"{\"notes\": \"x\ty\"}", u"notes"_s, u"\\t"_s, 1, 13},
        {"{\"notes\": \"two\nlines\"}", u"notes"_s, u"U+000A"_s, 1, 15},
        {"{\"notes\": \"\x1f\"}", u"notes"_s, u"\\u001F"_s, 1, 12},
        {R"({"name": "\ud800"})", u"name"_s, u"\\uD800 is the first half of a surrogate pair"_s, 1, 11},
        {R"({"name": "\uD800x"})", u"name"_s, u"first half"_s, 1, 11},
        {R"({"name": "\ud800\u0041"})", u"name"_s, u"first half"_s, 1, 11},
        {R"({"name": "\ud800\ud800"})", u"name"_s, u"first half"_s, 1, 11},
        {R"({"name": "a\udc00"})", u"name"_s, u"\\uDC00 is the second half"_s, 1, 12},
        {"{\"name\": \"\xed\xa0\x80\"}", u"name"_s, u"surrogate (U+D800)"_s, 1, 11},
        {"{\"name\": \"\xed\xb0\x80\"}", u"name"_s, u"surrogate (U+DC00)"_s, 1, 11},
        {"{\"name\": \"\xff\"}", u"name"_s, u"invalid UTF-8 (byte 0xFF)"_s, 1, 11},
        {"{\"name\": \"\xc0\xaf\"}", u"name"_s, u"invalid UTF-8 (byte 0xC0)"_s, 1, 11},
        {"{\"name\": \"\xe0\x80\xaf\"}", u"name"_s, u"invalid UTF-8 (byte 0x80)"_s, 1, 12},
        {"{\"name\": \"\xf4\x90\x80\x80\"}", u"name"_s, u"invalid UTF-8 (byte 0x90)"_s, 1, 12},
        {"{\"name\": \"\xe3\x81\"}", u"name"_s, u"invalid UTF-8 (byte 0x22)"_s, 1, 12},
        {R"({"name": "\u12"})", u"name"_s, u"four hexadecimal digits"_s, 1, 11},
        {R"({"name": "\uZZZZ"})", u"name"_s, u"four hexadecimal digits"_s, 1, 11},
        {R"({"name": "open)", u"name"_s, u"closing \""_s, 1, 15},
        {R"({"stays": [{"notes": "a"}, {"notes": "a\qb"}]})", u"stays[1].notes"_s, u"\\q"_s, 1, 40},
        {R"({"na\qme": 1})", QString(), u"(in a field name)"_s, 1, 5},
        {"{\n  \"name\": \"山田\",\n  \"notes\": \"山田\\x\"\n}", u"notes"_s, u"\\x"_s, 3, 15},
        {R"({"name": "a", "name": "b"})", u"name"_s, u"given twice in one object (first at line 1, column 2)"_s, 1, 15},
        {R"({"name": 1, "n\u0061me": 2})", u"name"_s, u"given twice"_s, 1, 13},
        {R"({"stays": [{"notes": 1, "notes": 2}]})", u"stays[0].notes"_s, u"given twice"_s, 1, 25},
        {R"({"employees": 1e400})", u"employees"_s, u"number 1e400 is out of range"_s, 1, 15},
        {R"({"employees": -1e400})", u"employees"_s, u"out of range"_s, 1, 15},
        {R"({"employees": 1e-400})", u"employees"_s, u"out of range"_s, 1, 15},
        {R"({"employees": 012})", u"employees"_s, u"invalid number 012"_s, 1, 15},
        {R"({"employees": .5})", u"employees"_s, u"invalid number .5"_s, 1, 15},
        {R"({"employees": 1.})", u"employees"_s, u"invalid number 1."_s, 1, 15},
        {R"({"employees": +1})", u"employees"_s, u"invalid number +1"_s, 1, 15},
        {R"({"employees": 1e})", u"employees"_s, u"invalid number 1e"_s, 1, 15},
        {R"({"employees": -})", u"employees"_s, u"invalid number -"_s, 1, 15},
        {R"({"active": tru})", u"active"_s, u"unknown word \"tru\""_s, 1, 12},
        {R"({"active": True})", u"active"_s, u"unknown word \"True\""_s, 1, 12},
        {R"({"employees": NaN})", u"employees"_s, u"unknown word \"NaN\""_s, 1, 15},
        {R"({"name": 'a'})", u"name"_s, u"\"'\" where a value was expected"_s, 1, 10},
        {R"({"a": 1,})", QString(), u"where a field name in double quotes was expected"_s, 1, 9},
        {R"({"a": [1,]})", u"a[1]"_s, u"where a value was expected"_s, 1, 10},
        {R"({"a" 1})", u"a"_s, u"where \":\" was expected"_s, 1, 6},
        {R"({"a": 1 "b": 2})", QString(), u"where \",\" or \"}\" was expected"_s, 1, 9},
        {R"({"a": [1 2]})", u"a"_s, u"where \",\" or \"]\" was expected"_s, 1, 10},
        {R"({"a": 1} x)", QString(), u"after the end of the JSON value"_s, 1, 10},
        {R"({"a": 1}{})", QString(), u"after the end of the JSON value"_s, 1, 9},
        {R"({"a": )", u"a"_s, u"ends where a value was expected"_s, 1, 7},
        {"", QString(), u"no JSON value"_s, 1, 1},
        {" \n ", QString(), u"no JSON value"_s, 2, 2},
        {"\xef\xbb\xbf{}", QString(), u"U+FEFF"_s, 1, 1},
        {"{\"a\":\xc2\xa0 1}", u"a"_s, u"U+00A0"_s, 1, 6},
    };
    for (const Refusal &r : refusals) {
        INFO(r.input.toStdString());
        const std::optional<JsonProblem> problem = findJsonProblem(r.input);
        REQUIRE(problem.has_value());
        CHECK(problem->field == r.field);
        CHECK(problem->message.contains(r.mentions));
        CHECK(problem->line == r.line);
        CHECK(problem->column == r.column);
        CHECK(problem->describe().contains(u"line %1, column %2"_s.arg(r.line).arg(r.column)));
        // Whatever Qt would have made of it, the strict parse gives no document to use.
        CHECK(parseStrictJson(r.input).problem.has_value());
    }
}

TEST_CASE("a strict JSON problem reads as one line: field, problem, line, column and byte offset", "[strictjson]")
{
    const std::optional<JsonProblem> inField = findJsonProblem(R"({"notes": "x\q"})");
    REQUIRE(inField);
    CHECK(inField->offset == 12);
    CHECK(
        inField->describe() ==
        uR"(notes: invalid escape \q (JSON allows \" \\ \/ \b \f \n \r \t and \uXXXX) at line 1, column 13 (byte offset 12))"_s);
    const std::optional<JsonProblem> atTop = findJsonProblem("{} x");
    REQUIRE(atTop);
    CHECK(atTop->describe() ==
          u"unexpected \"x\" after the end of the JSON value at line 1, column 4 (byte offset 3)"_s);
}

TEST_CASE("strict JSON refuses nesting deeper than its limit, without exhausting the stack", "[strictjson]")
{
    const QByteArray deep = "{\"a\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
    const std::optional<JsonProblem> problem = findJsonProblem(deep);
    REQUIRE(problem);
    CHECK(problem->message.contains(u"nested deeper than %1 levels"_s.arg(kMaxJsonDepth)));
    CHECK(problem->offset == 5 + kMaxJsonDepth - 1);
    const QByteArray allowed =
        "{\"a\":" + QByteArray(kMaxJsonDepth - 1, '[') + QByteArray(kMaxJsonDepth - 1, ']') + "}";
    CHECK_FALSE(findJsonProblem(allowed).has_value());
}

TEST_CASE("strict JSON accepts every valid construct and Qt reads it unchanged", "[strictjson]")
{
    const QByteArray text = "{\n"
                            "\t\"name\": \"矢崎総業株式会社\",\r\n"
                            "  \"family_name\": \"حساني\", \"emoji\": \"🚗🇲🇦\",\n"
                            "  \"escapes\": \"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\",\n"
                            "  \"unicode\": \"\\u00e9\\u5C71\\ud83d\\ude00\\uDBFF\\uDFFF\",\n"
                            "  \"del\": \"\x7f\",\n"
                            "  \"numbers\": [0, -0, 12, -3.5, 1.5e3, 1E+2, -3.25e-2, 2e-308, 1.7976931348623157e308],\n"
                            "  \"literals\": [true, false, null],\n"
                            "  \"nested\": {\"stays\": [{\"notes\": \"a\"}, {}], \"empty\": []},\n"
                            "  \"\": \"an empty name is a name\",\n"
                            "  \"same name in another object\": {\"name\": 1}\n"
                            "}\n";
    const StrictJson parsed = parseStrictJson(text);
    REQUIRE_FALSE(parsed.problem.has_value());
    const QJsonObject object = parsed.document.object();
    CHECK(object.value(u"name"_s).toString() == u"矢崎総業株式会社"_s);
    CHECK(object.value(u"family_name"_s).toString() == u"حساني"_s);
    CHECK(object.value(u"emoji"_s).toString() == u"🚗🇲🇦"_s);
    CHECK(object.value(u"escapes"_s).toString() == u"\" \\ / \b \f \n \r \t"_s);
    CHECK(object.value(u"unicode"_s).toString() == u"é山😀\U0010FFFF"_s);
    CHECK(object.value(u"del"_s).toString() == u"\x7f"_s);
    const QJsonArray numbers = object.value(u"numbers"_s).toArray();
    REQUIRE(numbers.size() == 9);
    CHECK(numbers.at(4).toDouble() == 1500.0);
    CHECK(numbers.at(5).toDouble() == 100.0);
    CHECK(numbers.at(6).toDouble() == -0.0325);
    CHECK(object.value(u"literals"_s).toArray() == QJsonArray{true, false, QJsonValue::Null});
    CHECK(object.value(u"nested"_s).toObject().value(u"stays"_s).toArray().size() == 2);

    for (const QByteArray &small : {QByteArray("{}"), QByteArray("[]"), QByteArray("\"text\""), QByteArray(" 42 "),
                                    QByteArray("null"), QByteArray("[{}, [[]], \"\"]")}) {
        INFO(small.toStdString());
        CHECK_FALSE(findJsonProblem(small).has_value());
    }
}

// Found by tests/fuzz/fuzz_json_record: Qt drops a U+FEFF that starts a string when it is written
// as UTF-8 (kept when escaped), so "\uFEFF" + text was stored as text, and a value written into a
// sync package (Qt writes it raw) lost it on the other replica.
TEST_CASE("strict JSON keeps a U+FEFF that starts a string, raw or escaped, in values and names", "[strictjson]")
{
    const StrictJson raw = parseStrictJson("{\"x\": \"\xEF\xBB\xBF"
                                           "b\", \"\xEF\xBB\xBF"
                                           "a\": 1, \"y\": \"\\ufeffc\"}");
    REQUIRE_FALSE(raw.problem);
    const QJsonObject object = raw.document.object();
    CHECK(object.value(u"x"_s).toString() == u"\uFEFFb"_s);
    CHECK(object.value(u"y"_s).toString() == u"\uFEFFc"_s);
    CHECK(object.keys() == QStringList{u"x"_s, u"y"_s, u"\uFEFFa"_s});

    // What Qt writes (raw UTF-8) reads back the same.
    const StrictJson again = parseStrictJson(raw.document.toJson(QJsonDocument::Compact));
    REQUIRE_FALSE(again.problem);
    CHECK(again.document == raw.document);
    CHECK(again.document.object().value(u"y"_s).toString() == u"\uFEFFc"_s);
}
