// Titles, names and links looked up over a damaged file: the window says the file cannot be read
// (DatabaseSession::readFailed, the message box) instead of passing a read error off as a purged
// record, a raw id or an empty pane, and no model lets the error escape (issue 16).
#include "damagedfile.h"
#include "databasesession.h"
#include "dialogs/officerdialog.h"
#include "dialogs/synctext.h"
#include "domain/error.h"
#include "forms/recordlinkedit.h"
#include "mainwindow.h"
#include "models/crediteddealsmodel.h"
#include "models/followupmodel.h"
#include "models/historymodel.h"
#include "models/listcolumns.h"
#include "models/recordlistmodel.h"
#include "models/trashmodel.h"
#include "storage/database.h"
#include "support/messagebox.h"
#include "support/settings.h"
#include "views/dealimpactpanel.h"
#include "views/delegateimpactpanel.h"
#include "views/followupsview.h"
#include "views/historyview.h"
#include "views/relatedpane.h"
#include "views/trashview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCoreApplication>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;

namespace {
const QString kLong = u" with a name long enough to fill many pages of the table"_s;
constexpr int kCount = 600;

// An officer, a delegate, investors, a deal crediting the delegate and a follow-up for each investor, every fifth deal
// in the Trash, closed; then pages of one table damaged (the middle leaf page, or every leaf page).
struct Damaged
{
    QTemporaryDir dir;
    QString path = dir.filePath(u"damaged.sqlite"_s);
    QString officer;
    QString delegate;
    QStringList investors;
    QStringList deals;
    DatabaseSession session;
    std::unique_ptr<QSignalSpy> failures;

    Damaged(const QString &table, bool everyPage)
    {
        {
            DatabaseSession writer;
            REQUIRE(writer.open(path, Database::OpenMode::CreateIfMissing).isEmpty());
            Transaction transaction(*writer.database());
            RecordStore &store = *writer.store();
            officer = store.create(
                RecordKind::Officer,
                {{u"name"_s, u"Tanaka Kenichi"_s}, {u"initials"_s, u"KT"_s}, {u"email"_s, u"kt@itpo.example"_s}},
                MapFormat::Storage);
            writer.database()->setOfficerId(officer);
            delegate = store.create(
                RecordKind::Delegate,
                {{u"family_name"_s, u"Hassani"_s}, {u"given_name"_s, u"Mohamed Aref"_s}, {u"country"_s, u"MA"_s}},
                MapFormat::Storage);
            for (int i = 0; i < kCount; ++i) {
                const QString investor =
                    store.create(RecordKind::Investor,
                                 {{u"name"_s, QString(u"Investor %1"_s.arg(i) + kLong)}, {u"hq_country"_s, u"JP"_s}},
                                 MapFormat::Storage);
                investors << investor;
                deals << store.create(RecordKind::Deal,
                                      {{u"title"_s, u"Deal %1"_s.arg(i)},
                                       {u"investor_id"_s, investor},
                                       {u"host_country"_s, u"MA"_s},
                                       {u"sector"_s, u"automotive"_s},
                                       {u"stage"_s, u"lead"_s},
                                       {u"credits"_s, QVariantList{QVariantMap{{u"credited_kind"_s, u"delegate"_s},
                                                                               {u"credited_id"_s, delegate},
                                                                               {u"role"_s, u"promotion"_s}}}}},
                                      MapFormat::Storage);
                store.create(RecordKind::FollowUp,
                             {{u"title"_s, u"Follow-up %1"_s.arg(i)},
                              {u"due_date"_s, u"2026-12-01"_s},
                              {u"owner_id"_s, officer},
                              {u"linked_kind"_s, u"investor"_s},
                              {u"linked_id"_s, investor}},
                             MapFormat::Storage);
                if (i % 5 == 0) {
                    store.moveToTrash(RecordKind::Deal, deals.last());
                }
            }
            transaction.commit();
        }
        const QList<int> pages = test::leafPages(path, table);
        REQUIRE(!pages.isEmpty());
        for (const int page : everyPage ? pages : QList<int>{pages.at(pages.size() / 2)}) {
            test::damagePage(path, page);
        }
        REQUIRE(session.open(path, Database::OpenMode::MustExist).isEmpty());
        failures = std::make_unique<QSignalSpy>(&session, &DatabaseSession::readFailed);
    }

    // The read failures reported since the last call, once the queued reports have arrived.
    QStringList reported()
    {
        QCoreApplication::processEvents();
        QStringList texts;
        for (const QList<QVariant> &arguments : std::as_const(*failures)) {
            texts << arguments.at(0).toString();
        }
        failures->clear();
        return texts;
    }
    bool reportedDamage() { return reported().join(u'\n').contains(u"is damaged"_s); }
};

// The officer's initials remembered from an earlier run, for one test: the settings outlive it.
class RememberedInitials
{
public:
    explicit RememberedInitials(const QString &initials) { set(initials); }
    ~RememberedInitials() { Settings::setValue(Settings::Key::OfficerInitials, m_previous); }
    void set(const QString &initials) { Settings::setValue(Settings::Key::OfficerInitials, initials); }

private:
    QVariant m_previous = Settings::value(Settings::Key::OfficerInitials);
};

// Every display text of a flat model, joined.
QString allText(const QAbstractItemModel &model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            texts << model.index(row, column).data().toString();
        }
    }
    return texts.join(u'\n');
}
} // namespace

TEST_CASE("the Trash over a damaged table reports it and shows nothing, the error never escaping the model",
          "[ui][damaged]")
{
    Damaged d(u"deal"_s, true);
    std::unique_ptr<TrashView> view;
    REQUIRE_NOTHROW(view = std::make_unique<TrashView>(d.session));
    QAbstractItemModelTester tester(view->model());
    CHECK(d.reportedDamage());
    CHECK(view->model()->rowCount() == 0);
    REQUIRE_NOTHROW(view->model()->refresh());
    CHECK(d.reportedDamage());
}

TEST_CASE("the Trash over a damaged officer table reports it rather than naming the officer by id", "[ui][damaged]")
{
    Damaged d(u"officer"_s, true);
    TrashModel model(d.session);
    CHECK(d.reportedDamage());
    CHECK_FALSE(allText(model).contains(d.officer));
    CHECK(model.rowCount() == 0);
}

TEST_CASE("follow-ups linked to records on a damaged page report it rather than showing their ids", "[ui][damaged]")
{
    Damaged d(u"investor"_s, false);
    FollowUpsView view(d.session);
    FollowUpModel *model = view.model();
    QAbstractItemModelTester tester(model);
    while (model->canFetchMore({})) {
        model->fetchMore({});
    }
    CHECK(d.reportedDamage());
    CHECK(model->rowCount() == 0); // none rather than some
}

TEST_CASE("follow-ups over a damaged officer table report it rather than naming the owner by id", "[ui][damaged]")
{
    Damaged d(u"officer"_s, true);
    FollowUpModel model(d.session);
    CHECK(d.reportedDamage());
    CHECK_FALSE(allText(model).contains(d.officer));
}

TEST_CASE("a list's link to a record on a damaged page says it cannot be read, not that it is missing", "[ui][damaged]")
{
    Damaged d(u"investor"_s, false);
    RecordListModel model(d.session, RecordKind::Deal);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    REQUIRE(model.rowCount() == kCount - kCount / 5);
    const QString text = allText(model);
    CHECK_FALSE(text.contains(RecordListModel::tr("(missing)")));
    CHECK(text.contains(RecordListModel::tr("(cannot be read)")));
    CHECK(d.reportedDamage());
}

TEST_CASE("a link edit to a record on a damaged page reports it rather than showing the id as if purged",
          "[ui][damaged]")
{
    Damaged d(u"investor"_s, false);
    RecordLinkEdit edit(RecordKind::Investor, d.session);
    bool reported = false;
    for (const QString &id : std::as_const(d.investors)) {
        edit.setValue(id);
        CHECK(edit.recordId() == id); // the link itself is kept
        if (d.reportedDamage()) {
            reported = true;
            break;
        }
    }
    CHECK(reported);
}

TEST_CASE("a link edit's matches over a damaged table report it instead of throwing from the key press",
          "[ui][damaged]")
{
    Damaged d(u"investor"_s, true);
    RecordLinkEdit edit(RecordKind::Investor, d.session);
    REQUIRE_NOTHROW(QTest::keyClicks(edit.lineEdit(), u"Inv"_s));
    CHECK(d.reportedDamage());
    REQUIRE_NOTHROW(edit.resolve());
    CHECK(d.reportedDamage());
}

TEST_CASE("a sync value linking to a record on a damaged page raises the read error, not the bare id", "[ui][damaged]")
{
    Damaged d(u"investor"_s, false);
    int damaged = 0;
    for (const QString &id : std::as_const(d.investors)) {
        try {
            const QString text = syncValueText(d.session.store(), RecordKind::Deal, u"investor_id"_s, QJsonValue(id));
            CHECK(text != id);
        } catch (const Error &error) {
            CHECK(error.kind() == Error::Kind::Database);
            ++damaged;
        }
    }
    CHECK(damaged > 0);
    // A record that is not there (not synced here yet) is still named by its id.
    const QString absent = u"01900000-0000-7000-8000-000000000000"_s;
    CHECK(syncValueText(d.session.store(), RecordKind::Deal, u"investor_id"_s, QJsonValue(absent)) == absent);
}

TEST_CASE("the history of a record linking to a damaged page reports it, not a purged record", "[ui][damaged]")
{
    Damaged d(u"investor"_s, false);
    HistoryView view(d.session);
    auto *title = view.findChild<QLabel *>(u"historyTitleLabel"_s);
    REQUIRE(title);
    bool reported = false;
    for (const QString &id : std::as_const(d.deals)) {
        view.setRecord(RecordKind::Deal, id);
        CHECK_FALSE(allText(*view.model()).contains(u"purged"_s));
        if (d.reportedDamage()) {
            reported = true;
            CHECK(view.model()->rowCount() == 0);
            CHECK(title->text().contains(u"is damaged"_s));
            break;
        }
    }
    CHECK(reported);
}

TEST_CASE("the history of a record on a damaged page reports it, not an empty pane", "[ui][damaged]")
{
    Damaged d(u"investor"_s, false);
    HistoryView view(d.session);
    auto *title = view.findChild<QLabel *>(u"historyTitleLabel"_s);
    REQUIRE(title);
    bool reported = false;
    for (const QString &id : std::as_const(d.investors)) {
        view.setRecord(RecordKind::Investor, id);
        if (d.reportedDamage()) {
            reported = true;
            CHECK(title->text().contains(u"is damaged"_s));
            break;
        }
    }
    CHECK(reported);
}

TEST_CASE("the related records over a damaged table report it, not an empty pane", "[ui][damaged]")
{
    Damaged d(u"deal"_s, true);
    RelatedPane pane(d.session);
    pane.showRecord(RecordKind::Investor, d.investors.first());
    CHECK(d.reportedDamage());
    auto *error = pane.findChild<QLabel *>(u"relatedErrorLabel"_s);
    REQUIRE(error);
    CHECK_FALSE(error->isHidden());
    CHECK(error->text().contains(u"is damaged"_s));
    CHECK(pane.tree()->topLevelItemCount() == 0);
}

TEST_CASE("a delegate's impact over a damaged deal table reports it, not zero credited deals", "[ui][damaged]")
{
    Damaged d(u"deal"_s, true);
    DelegateImpactPanel panel(d.session);
    panel.showDelegate(d.delegate);
    CHECK(d.reportedDamage());
    CHECK(panel.summaryText().contains(DelegateImpactPanel::tr("cannot be read")));
    CHECK(panel.model()->rowCount() == 0);
}

TEST_CASE("a deal crediting a delegate on a damaged page says the name cannot be read, not that it is not found",
          "[ui][damaged]")
{
    Damaged d(u"delegate"_s, true);
    DealImpactPanel panel(d.session);
    panel.showDeal(d.deals.at(1));
    CHECK_FALSE(panel.creditsText().contains(DealImpactPanel::tr("(record not found)")));
    CHECK(panel.creditsText().contains(DealImpactPanel::tr("(cannot be read)")));
    CHECK(d.reportedDamage());
}

TEST_CASE("a damaged file opened in the window is reported, not a crash at the sample-data and officer questions",
          "[ui][damaged]")
{
    Damaged d(u"investor"_s, true);
    const RememberedInitials initials(u"KT"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MainWindow window(d.session); // as app/gui/main.cpp does once the file is open
    d.reported();
    REQUIRE_NOTHROW(window.offerSampleData());
    CHECK(d.reportedDamage());
    CHECK_FALSE(MessageBox::lastText().contains(u"sample"_s)); // not offered for a file it cannot count
}

TEST_CASE("the officer question over a damaged officer table says so rather than escaping or listing some",
          "[ui][damaged]")
{
    Damaged d(u"officer"_s, true);
    RememberedInitials initials(u"KT"_s);
    bool chosen = true;
    REQUIRE_NOTHROW(chosen = OfficerDialog::ensureOfficer(d.session, nullptr));
    CHECK_FALSE(chosen);
    CHECK(d.reportedDamage());
    CHECK(d.session.officerId().isEmpty());

    initials.set(QString());
    std::unique_ptr<OfficerDialog> dialog;
    REQUIRE_NOTHROW(dialog = std::make_unique<OfficerDialog>(d.session));
    CHECK(d.reportedDamage());
    auto *error = dialog->findChild<QLabel *>(u"officerError"_s);
    REQUIRE(error);
    CHECK_FALSE(error->isHidden());
    CHECK(error->text().contains(u"is damaged"_s));
    CHECK(dialog->findChild<QComboBox *>(u"existingOfficer"_s)->count() == 1); // "New officer…" only
}
