#include "fixtures.h"
#include "storage/repository.h"

using namespace Qt::StringLiterals;
using namespace crm;

TEST_CASE("a new follow-up is open", "[followup]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    const QVariantMap back = t.store().get(RecordKind::FollowUp, g.followUp);
    CHECK(back.value(u"done"_s) == QVariant(false));
    CHECK_FALSE(back.value(u"done_at"_s).isValid());
}

TEST_CASE("marking a follow-up done stamps when it was done", "[followup]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    t.clock().advanceSecs(3 * 3600);
    CHECK(t.store().update(RecordKind::FollowUp, g.followUp, {{u"done"_s, true}}));
    const QVariantMap back = t.store().get(RecordKind::FollowUp, g.followUp);
    CHECK(back.value(u"done"_s) == QVariant(true));
    CHECK(back.value(u"done_at"_s).toString() == u"2026-11-29T12:00:00.000Z"_s);

    const QList<HistoryEntry> history = t.store().history(RecordKind::FollowUp, g.followUp);
    QStringList fields;
    for (const HistoryEntry &e : history.mid(1)) {
        fields << e.field;
    }
    CHECK(fields == QStringList{u"done"_s, u"done_at"_s});
}

TEST_CASE("editing a done follow-up keeps the time it was done", "[followup]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(t.store().update(RecordKind::FollowUp, g.followUp, {{u"done"_s, true}}));
    t.clock().advanceSecs(24 * 3600);
    CHECK(t.store().update(RecordKind::FollowUp, g.followUp, {{u"notes"_s, u"Sent by e-mail"_s}}));
    CHECK(t.store().get(RecordKind::FollowUp, g.followUp).value(u"done_at"_s).toString() ==
          u"2026-11-29T09:00:00.000Z"_s);
}

TEST_CASE("reopening a follow-up clears the time it was done", "[followup]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(t.store().update(RecordKind::FollowUp, g.followUp, {{u"done"_s, true}}));
    CHECK(t.store().update(RecordKind::FollowUp, g.followUp, {{u"done"_s, false}}));
    const QVariantMap back = t.store().get(RecordKind::FollowUp, g.followUp);
    CHECK(back.value(u"done"_s) == QVariant(false));
    CHECK_FALSE(back.value(u"done_at"_s).isValid());
}

TEST_CASE("a follow-up created done is stamped now unless it says when", "[followup]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    QVariantMap input = test::followUpJson(g);
    input.insert(u"done"_s, true);
    const QString now = t.store().create(RecordKind::FollowUp, input);
    CHECK(t.store().get(RecordKind::FollowUp, now).value(u"done_at"_s).toString() == u"2026-11-29T09:00:00.000Z"_s);

    input.insert(u"done_at"_s, u"2024-05-20T17:30:00+09:00"_s);
    const QString earlier = t.store().create(RecordKind::FollowUp, input);
    CHECK(t.store().get(RecordKind::FollowUp, earlier).value(u"done_at"_s).toString() == u"2024-05-20T08:30:00.000Z"_s);

    // A done_at on an open follow-up means nothing and is dropped.
    input.insert(u"done"_s, false);
    const QString open = t.store().create(RecordKind::FollowUp, input);
    CHECK_FALSE(t.store().get(RecordKind::FollowUp, open).value(u"done_at"_s).isValid());
}

TEST_CASE("the typed follow-up is stamped the same way", "[followup]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    FollowUpRepository followUps(t.db());
    FollowUp f = followUps.get(g.followUp);
    CHECK_FALSE(f.doneAt.has_value());
    t.clock().advanceSecs(600);
    f.done = true;
    CHECK(followUps.update(f));
    CHECK(followUps.get(g.followUp).doneAt == QDateTime(QDate(2026, 11, 29), QTime(9, 10), Qt::UTC));
}

TEST_CASE("a note is dated now unless it says when it was written", "[followup]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    CHECK(t.store().get(RecordKind::Note, g.note).value(u"written_at"_s).toString() == u"2024-05-10T03:00:00.000Z"_s);
    QVariantMap input = test::noteJson(g);
    input.remove(u"written_at"_s);
    const QString id = t.store().create(RecordKind::Note, input);
    CHECK(t.store().get(RecordKind::Note, id).value(u"written_at"_s).toString() == u"2026-11-29T09:00:00.000Z"_s);
}

TEST_CASE("a note's title is its first line, cut at 80 characters", "[followup]")
{
    test::TestDatabase t;
    const test::Graph g = test::makeGraph(t);
    QVariantMap input = test::noteJson(g);
    input.insert(u"body"_s, u"Short first line\nSecond line"_s);
    CHECK(t.store().title(RecordKind::Note, t.store().create(RecordKind::Note, input)) == u"Short first line"_s);
    input.insert(u"body"_s, QString(100, u'あ'));
    const QString title = t.store().title(RecordKind::Note, t.store().create(RecordKind::Note, input));
    CHECK(title.size() == 80);
    CHECK(title.endsWith(u'\u2026'));
}
