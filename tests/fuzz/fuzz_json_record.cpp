// The JSON record reader of `add --json` and `update --json`: the strict JSON check (strictjson),
// then every kind's codec that turns the object into a record (normalise). Whatever the bytes,
// each step refuses with crm::Error or returns something the next step and the writer accept.
#include "domain/clock.h"
#include "domain/error.h"
#include "domain/recordcodec.h"
#include "domain/recordkind.h"
#include "domain/strictjson.h"
#include "fuzzsupport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using crm::fuzz::require;
using crm::fuzz::violated;

namespace {

// Every string in the document, keys included, is well-formed: nothing Qt would write as invalid UTF-8.
void checkStrings(const QJsonValue &value, int depth)
{
    require(depth <= crm::kMaxJsonDepth + 1, "a document nests deeper than the limit");
    switch (value.type()) {
    case QJsonValue::String:
        require(crm::fuzz::isWellFormed(value.toString()), "strict JSON returns a string with a lone surrogate");
        break;
    case QJsonValue::Array:
        for (const QJsonValue &item : value.toArray()) {
            checkStrings(item, depth + 1);
        }
        break;
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            require(crm::fuzz::isWellFormed(it.key()), "strict JSON returns a member name with a lone surrogate");
            checkStrings(it.value(), depth + 1);
        }
        break;
    }
    default:
        break;
    }
}

void checkProblem(const crm::JsonProblem &problem, qsizetype size)
{
    require(!problem.message.isEmpty(), "a JSON problem without a message");
    require(problem.offset >= 0 && problem.offset <= size, "a JSON problem outside the text");
    require(problem.line >= 1 && problem.column >= 1, "a JSON problem before the first line or column");
    require(!problem.describe().isEmpty(), "a JSON problem that describes nothing");
}

// Parsed strictly, or refused with a problem that points into the text; what is accepted is written
// back by Qt as strict JSON that reads back the same.
std::optional<QJsonDocument> parse(const QByteArray &bytes)
{
    const crm::StrictJson parsed = crm::parseStrictJson(bytes);
    const QByteArray trimmed = bytes.trimmed();
    const bool container = trimmed.startsWith('{') || trimmed.startsWith('[');
    if (parsed.problem) {
        checkProblem(*parsed.problem, bytes.size());
        require(!container || crm::findJsonProblem(bytes).has_value(), "Qt refuses a text the strict check accepts");
        return std::nullopt;
    }
    const QJsonDocument &document = parsed.document;
    require(!trimmed.startsWith('{') || document.isObject(), "an object is read as something else");
    if (document.isNull()) {
        return std::nullopt; // a bare scalar: strict JSON, which Qt's documents cannot hold
    }
    checkStrings(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()), 0);
    const QByteArray written = document.toJson(QJsonDocument::Compact);
    const crm::StrictJson again = crm::parseStrictJson(written);
    require(!again.problem, "Qt writes a document that the strict check refuses");
    // Compared as maps: Qt 6.4 keeps an object's keys in an order that depends on how it was built
    // when a key outside the BMP meets one above U+D800 (UTF-16 and code-point order disagree), and
    // QJsonDocument::operator== compares in that order (finding-astral-and-bom-keys.json). Our
    // field names are ASCII; what must not change is the keys and values.
    require(again.document.toVariant() == document.toVariant(), "a document written and read again changes");
    return document;
}

const crm::FixedClock &clock()
{
    static const crm::FixedClock instance(QDateTime(QDate(2024, 5, 17), QTime(9, 30), Qt::UTC));
    return instance;
}

// A record read from JSON as `add` reads it; what it stores reads back through the JSON form that
// `show` prints and `update` merges into.
void readRecord(crm::RecordKind kind, const QVariantMap &input)
{
    const crm::KindCodec &codec = crm::codecFor(kind);
    QVariantMap stored;
    try {
        stored = codec.normalise(input, crm::MapFormat::Json, clock());
    } catch (const crm::Error &error) {
        require(!error.message().isEmpty() || !error.fieldErrors().isEmpty(), "a record refused without a reason");
        return;
    }
    const QVariantMap json = codec.toJson(stored);
    QVariantMap again;
    try {
        again = codec.normalise(json, crm::MapFormat::Json, clock());
    } catch (const crm::Error &) {
        violated("a stored record's JSON form is refused when read again");
    }
    require(again == stored, "a stored record changes when read again from its JSON form");
    (void)codec.title(stored);
    (void)codec.sortKey(stored);
    (void)codec.searchText(stored);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        QByteArray bytes = crm::fuzz::bytesOf(data, size);
        if (bytes.startsWith("\xEF\xBB\xBF")) {
            bytes.remove(0, 3); // as the CLI reads it
        }
        const std::optional<QJsonDocument> document = parse(bytes);
        if (!document || !document->isObject()) {
            return 0;
        }
        const QVariantMap input = document->object().toVariantMap();
        for (const crm::RecordKind kind : crm::allRecordKinds()) {
            readRecord(kind, input);
        }
    } catch (const crm::Error &) {
        violated("crm::Error escaped the harness");
    } catch (...) {
        violated("an exception other than crm::Error");
    }
    return 0;
}
