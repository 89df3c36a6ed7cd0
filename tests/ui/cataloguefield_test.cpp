// Issue 17: a plain field added to the catalogue reaches the record form, the list and the history
// without a line of ui code. The catalogue here is a test's, with one investor field more.
#include "domain/catalogue/catalogue.h"
#include "domain/catalogue/fieldcodec.h"
#include "domain/clock.h"
#include "domain/error.h"
#include "domain/searchfields.h"
#include "forms/formfields.h"
#include "forms/recordform.h"
#include "formtesting.h"
#include "models/historyvalues.h"
#include "models/listcolumns.h"
#include "models/recordlistmodel.h"
#include "sqlite/tablespec.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::test::forms;

namespace {
const QString stockCode = u"stock_code"_s;

// The built-in catalogue with a listed investor field "stock_code" in the Company group, after
// the company's website: one description, as a custom field would be added.
catalogue::Catalogue withStockCode()
{
    QList<catalogue::KindSpec> kinds = catalogue::Catalogue::builtin().kinds();
    for (catalogue::KindSpec &kind : kinds) {
        if (kind.kind != RecordKind::Investor) {
            continue;
        }
        catalogue::FieldSpec f;
        f.name = stockCode;
        f.type = catalogue::Type::Text;
        f.label = {nullptr, "Stoc&k code"};
        f.section = catalogue::Catalogue::builtin().field(RecordKind::Investor, u"website")->section;
        f.placeholder = {nullptr, "e.g. %1"};
        f.placeholderArg = u"6902"_s;
        f.toolTip = {nullptr, "The code of the company's shares on the Tokyo exchange"};
        f.listOrder = 5;
        f.listLabel = {nullptr, "Stock code"};
        f.search = catalogue::Search::Text;
        for (qsizetype i = 0; i < kind.fields.size(); ++i) {
            if (kind.fields[i].name == u"website") {
                kind.fields.insert(i + 1, f);
                break;
            }
        }
    }
    return catalogue::Catalogue(kinds);
}

// The storage side of the migration that would come with the field.
void addStockCodeColumn(ui::DatabaseSession &session)
{
    QSqlQuery q(QSqlDatabase::database(crm::test::connectionOf(*session.database()), false));
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec(u"ALTER TABLE investor ADD COLUMN stock_code TEXT"_s));
}

QLabel *labelFor(const QWidget &form, const QWidget *editor)
{
    for (QLabel *label : form.findChildren<QLabel *>()) {
        if (label->buddy() == editor) {
            return label;
        }
    }
    return nullptr;
}
} // namespace

TEST_CASE("a field added to the catalogue gets a labelled editor in the form that the officer types into",
          "[ui][forms][catalogue]")
{
    SampleForms sample;
    addStockCodeColumn(sample.session());
    const catalogue::Catalogue catalogue = withStockCode();
    ui::RecordForm form(RecordKind::Investor, catalogue, sample.session());
    form.show();

    auto *edit = form.findChild<QLineEdit *>(stockCode);
    REQUIRE(edit);
    CHECK(edit->placeholderText() == u"e.g. 6902"_s);
    CHECK(edit->toolTip() == u"The code of the company's shares on the Tokyo exchange"_s);
    QLabel *label = labelFor(form, edit);
    REQUIRE(label);
    CHECK(label->text() == u"Stoc&k code"_s);
    CHECK(form.findChild<QLabel *>(stockCode + u"Error"_s));
    // In the Company group, between the website and the confidentiality mark.
    CHECK(edit->parentWidget() == form.findChild<QWidget *>(u"website"_s)->parentWidget());

    // A record read with the field shows it; what is typed is the form's value.
    QVariantMap investor = sample.store().get(RecordKind::Investor, sample.idsOf(RecordKind::Investor).first());
    investor.insert(stockCode, u"7203"_s);
    form.setRecord(investor);
    CHECK(edit->text() == u"7203"_s);
    edit->clear();
    QTest::keyClicks(edit, u"6902"_s);
    CHECK(form.isModified());
    CHECK(form.value().value(stockCode) == u"6902"_s);
    CHECK(form.value().value(u"name"_s) == investor.value(u"name"_s));

    // The built-in catalogue's form has no such editor: the field came from the catalogue given.
    ui::RecordForm builtin(RecordKind::Investor, sample.session());
    CHECK_FALSE(builtin.findChild<QWidget *>(stockCode));
}

TEST_CASE("a listed field added to the catalogue is a column of the list, and the history names it",
          "[ui][lists][catalogue]")
{
    SampleForms sample;
    addStockCodeColumn(sample.session());
    const catalogue::Catalogue catalogue = withStockCode();

    const QList<ui::ListColumn> columns = ui::listColumns(RecordKind::Investor, catalogue);
    REQUIRE(columns.size() == ui::listColumns(RecordKind::Investor).size() + 1);
    CHECK(columns.last().field == stockCode);
    CHECK(columns.last().value == ui::ListValue::Text);

    ui::RecordListModel model(sample.session(), RecordKind::Investor, catalogue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.columnCount() == columns.size());
    CHECK(model.headerData(model.columnCount() - 1, Qt::Horizontal).toString() == u"Stock code"_s);
    CHECK(model.rowCount() > 0);

    const ui::HistoryValues history(&sample.store(), RecordKind::Investor, catalogue);
    CHECK(history.fieldLabel(stockCode) == u"Stock code"_s);
    CHECK(history.fieldOrder().indexOf(stockCode) == history.fieldOrder().indexOf(u"website"_s) + 1);
}

TEST_CASE("the same one description carries the added field into JSON, validation, search and the table",
          "[catalogue][codec][search]")
{
    const catalogue::Catalogue catalogue = withStockCode();
    const FixedClock clock(QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC));
    const QVariantMap input{{u"name"_s, u"矢崎総業株式会社"_s}, {stockCode, u"6902"_s}};

    // JSON in, storage form, JSON out.
    const QVariantMap stored = catalogue::normalise(RecordKind::Investor, input, MapFormat::Json, clock, catalogue);
    CHECK(stored.value(stockCode) == u"6902"_s);
    CHECK(catalogue::toJson(RecordKind::Investor, stored, catalogue).value(stockCode) == u"6902"_s);
    CHECK(catalogue::searchText(RecordKind::Investor, stored, catalogue).contains(u"6902"_s));

    // Validation names the field when its value has the wrong type.
    QVariantMap wrong = input;
    wrong.insert(stockCode, 6902);
    try {
        catalogue::normalise(RecordKind::Investor, wrong, MapFormat::Json, clock, catalogue);
        FAIL("a number where the catalogue says text was accepted");
    } catch (const Error &e) {
        const FieldErrors &errors = e.fieldErrors();
        CHECK(std::any_of(errors.begin(), errors.end(), [](const FieldError &f) { return f.field == stockCode; }));
    }

    // Search indexes it as the catalogue marks it (free text, not a name).
    bool searched = false;
    for (const SearchField &f : searchFields(RecordKind::Investor, stored, catalogue)) {
        if (f.field == stockCode) {
            searched = true;
            CHECK(f.text == u"6902"_s);
            CHECK_FALSE(f.name);
        }
    }
    CHECK(searched);

    // Storage's table gets its column.
    bool column = false;
    for (const storage::TableSpec &table : storage::deriveTableSpecs(catalogue)) {
        if (table.kind == RecordKind::Investor) {
            for (const storage::Column &c : table.columns) {
                column = column || c.name == stockCode;
            }
        }
    }
    CHECK(column);

    // The built-in catalogue knows no such field: it all came from the one description above.
    CHECK_THROWS_AS(catalogue::normalise(RecordKind::Investor, input, MapFormat::Json, clock), Error);
}
