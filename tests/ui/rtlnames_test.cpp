// Right-to-left names inside left-to-right screens (issue 20, item 6): the sample's Arabic names are
// bidi-isolated where the lists and the timeline compose them, and nowhere a machine reads them.
#include "documents/timelineexport.h"
#include "domain/bidi.h"
#include "models/recordlistmodel.h"
#include "models/timelinemodel.h"
#include "samplesession.h"
#include "views/timelineview.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
const QChar fsi(0x2068);
const QChar pdi(0x2069);
const QString mansour = u"كريم منصور"_s; // the sample's delegate whose name is written in Arabic script
} // namespace

TEST_CASE("the delegates list isolates an Arabic name and sorts on the name as stored", "[ui][bidi]")
{
    test::SampleSession sample;
    RecordListModel model(sample.session(), RecordKind::Delegate);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    int found = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            const QString shown = index.data(Qt::DisplayRole).toString();
            if (!shown.contains(mansour)) {
                continue;
            }
            ++found;
            CHECK(shown == fsi + mansour + pdi);
            CHECK_FALSE(index.data(RecordListModel::RawValueRole).toString().contains(fsi));
        }
    }
    CHECK(found == 1);
    // A Latin name is shown as it is.
    bool latin = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        latin = latin || model.index(row, 0).data().toString().contains(u"Hassani"_s);
        CHECK_FALSE((model.index(row, 0).data().toString().contains(u"Hassani"_s) &&
                     model.index(row, 0).data().toString().contains(fsi)));
    }
    CHECK(latin);
}

TEST_CASE("the timeline isolates Arabic text in its events, and its CSV carries none of the marks", "[ui][bidi]")
{
    test::SampleSession sample;
    TimelineView view(sample.session());
    view.showDelegate(sample.idOf(RecordKind::Delegate, u"latin_family_name"_s, u"Mansour"_s));
    const TimelineModel &model = *view.model();
    int arabic = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const QString title = index.data(Qt::DisplayRole).toString();
        if (!hasRightToLeft(title)) {
            continue;
        }
        ++arabic;
        INFO(title.toStdString());
        // The note "كريم منصور: مندوب نشيط…" is one isolate in the title and in what a screen reader says.
        CHECK(title.startsWith(fsi));
        CHECK(title.endsWith(pdi));
        const QString spoken = index.data(Qt::AccessibleTextRole).toString();
        CHECK(spoken.contains(title));
        CHECK_FALSE(spoken.startsWith(fsi));
    }
    CHECK(arabic >= 1);

    const QString csv = QString::fromUtf8(timelineCsv(view.visibleEvents()));
    CHECK(csv.contains(mansour));
    CHECK_FALSE(csv.contains(fsi));
    CHECK_FALSE(csv.contains(pdi));
}
