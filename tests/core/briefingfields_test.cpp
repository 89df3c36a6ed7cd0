// Schema 8: a meeting's talking points, and the confidential flag of delegates, investors,
// missions and meetings (printed documents about a confidential record are marked).
#include "fixtures.h"
#include "storage/recordstore.h"

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
const QList<RecordKind> kConfidentialKinds{RecordKind::Delegate, RecordKind::Investor, RecordKind::Mission,
                                           RecordKind::Meeting};

QVariant storedConfidential(test::TestDatabase &t, RecordKind kind, const QString &id)
{
    // The table is named after the kind; the name is the test's own constant, not input.
    return test::sqlValue(t.db(), u"SELECT confidential FROM "_s + kindName(kind) + u" WHERE id = ?"_s, {id});
}
} // namespace

TEST_CASE("a meeting's talking points come back as they were written, lines and all", "[briefing][meeting]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const QString points = u"Labour costs in Tangier\nThe second plant: which site?\n通訳は森さん"_s;
    QVariantMap input = test::meetingJson(g);
    input.insert(u"talking_points"_s, points);
    const QString id = t.store().create(RecordKind::Meeting, input);
    CHECK(t.store().get(RecordKind::Meeting, id).value(u"talking_points"_s).toString() == points);
    t.reopen();
    CHECK(t.store().get(RecordKind::Meeting, id).value(u"talking_points"_s).toString() == points);

    CHECK(t.store().update(RecordKind::Meeting, id, {{u"talking_points"_s, u"Only the site visit"_s}}));
    CHECK(t.store().get(RecordKind::Meeting, id).value(u"talking_points"_s).toString() == u"Only the site visit"_s);
    CHECK(t.store().update(RecordKind::Meeting, id, {{u"talking_points"_s, QVariant()}}));
    CHECK(t.store().get(RecordKind::Meeting, id).value(u"talking_points"_s).isNull());

    // A meeting made without them has none.
    CHECK(t.store().get(RecordKind::Meeting, g.meeting).value(u"talking_points"_s).isNull());
}

TEST_CASE("a delegate, investor, mission or meeting is not confidential unless marked", "[briefing][confidential]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    for (RecordKind kind : kConfidentialKinds) {
        INFO(kindName(kind).toStdString());
        const QString id = t.store().create(kind, test::validJson(kind, g));
        const QVariant shown = t.store().get(kind, id).value(u"confidential"_s);
        CHECK(shown.userType() == QMetaType::Bool);
        CHECK(shown == QVariant(false));
        CHECK(storedConfidential(t, kind, id) == QVariant(0));
    }
}

TEST_CASE("the confidential flag goes in and out as JSON true or false and is stored as 1 or 0",
          "[briefing][confidential]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    for (RecordKind kind : kConfidentialKinds) {
        INFO(kindName(kind).toStdString());
        QVariantMap input = test::validJson(kind, g);
        input.insert(u"confidential"_s, true);
        const QString id = t.store().create(kind, input);
        CHECK(t.store().get(kind, id).value(u"confidential"_s) == QVariant(true));
        CHECK(storedConfidential(t, kind, id) == QVariant(1));
        CHECK(t.store().get(kind, id, MapFormat::Storage).value(u"confidential"_s) == QVariant(true));

        CHECK_FALSE(t.store().update(kind, id, {{u"confidential"_s, true}}));
        CHECK(t.store().update(kind, id, {{u"confidential"_s, false}}));
        CHECK(t.store().get(kind, id).value(u"confidential"_s) == QVariant(false));
        CHECK(storedConfidential(t, kind, id) == QVariant(0));
        // null clears the flag back to its default.
        CHECK(t.store().update(kind, id, {{u"confidential"_s, true}}));
        CHECK(t.store().update(kind, id, {{u"confidential"_s, QVariant()}}));
        CHECK(t.store().get(kind, id).value(u"confidential"_s) == QVariant(false));
    }
}

TEST_CASE("a confidential that is not true or false is refused, naming the field", "[briefing][confidential]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const QList<QVariant> wrong{u"yes"_s, u"true"_s, QVariantList{true}, 1.5};
    for (RecordKind kind : kConfidentialKinds) {
        for (const QVariant &value : wrong) {
            INFO(kindName(kind).toStdString() << " " << value.toString().toStdString());
            QVariantMap input = test::validJson(kind, g);
            input.insert(u"confidential"_s, value);
            const auto error = test::errorFrom([&] { t.store().create(kind, input); });
            REQUIRE(error);
            CHECK(error->kind() == Error::Kind::Invalid);
            CHECK(error->fieldErrors() == FieldErrors{{u"confidential"_s, u"must be true or false"_s}});
            CHECK(error->message().contains(u"confidential"_s));
        }
    }
    const auto error = test::errorFrom([&] {
        t.store().update(RecordKind::Meeting, g.meeting, {{u"confidential"_s, u"no"_s}});
    });
    REQUIRE(error);
    CHECK(test::fieldsOf(*error) == QStringList{u"confidential"_s});
    CHECK(t.store().get(RecordKind::Meeting, g.meeting).value(u"confidential"_s) == QVariant(false));
}

TEST_CASE("talking points and the confidential flag are in the record's history", "[briefing][history]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(t.store().update(RecordKind::Meeting, g.meeting,
                           {{u"talking_points"_s, u"Ask about the second plant"_s}, {u"confidential"_s, true}}));
    const QList<HistoryEntry> history = t.store().history(RecordKind::Meeting, g.meeting);
    QStringList changes;
    for (const HistoryEntry &e : history) {
        if (e.action == u"update"_s) {
            changes << e.field + u": "_s + e.oldValue + u" -> "_s + e.newValue;
        }
    }
    changes.sort();
    CHECK(changes ==
          QStringList{u"confidential: false -> true"_s, u"talking_points:  -> Ask about the second plant"_s});
}
