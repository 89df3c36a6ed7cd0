// E-mail and website fields of the record form open the officer's mail program and browser, through
// the UrlOpener seam, and never anything but mailto:, http: and https:.
#include "forms/fieldlinkaction.h"
#include "forms/recordform.h"
#include "formtesting.h"
#include "support/readonlywidgets.h"
#include "support/urlopener.h"

#include <QLineEdit>

using namespace crm;
using namespace crm::ui;
using namespace crm::test::forms;

namespace {
struct Opened
{
    Opened()
    {
        UrlOpener::setHandler([this](const QUrl &url) {
            urls << url;
            return true;
        });
    }
    ~Opened() { UrlOpener::setHandler({}); }
    Q_DISABLE_COPY_MOVE(Opened)
    QList<QUrl> urls;
};

// The form of a sample record, as the record pane shows it.
std::unique_ptr<RecordForm> formOf(SampleForms &sample, RecordKind kind, const QString &field, const QString &value)
{
    auto form = std::make_unique<RecordForm>(kind, sample.session());
    form->setRecord(sample.store().get(kind, sample.idOf(kind, field, value)));
    return form;
}
} // namespace

TEST_CASE("the e-mail field of contacts and delegates writes an e-mail through the mail program", "[ui][links]")
{
    SampleForms sample;
    Opened opened;
    const auto contact = formOf(sample, RecordKind::Contact, u"latin_family_name"_s, u"Yamamoto"_s);
    auto *link = child<FieldLinkAction>(*contact, u"emailLink"_s);
    CHECK(link->isVisible());
    CHECK(link->text() == u"Write E-mail"_s);
    link->trigger();
    CHECK(opened.urls == QList<QUrl>{QUrl(u"mailto:m.yamamoto@yazaki.example"_s)});

    const auto delegate = formOf(sample, RecordKind::Delegate, u"family_name"_s, u"Diop"_s);
    child<FieldLinkAction>(*delegate, u"emailLink"_s)->trigger();
    CHECK(opened.urls.last() == QUrl(u"mailto:aissatou.diop@aspii.example"_s));
}

TEST_CASE("the website field of investors and agencies opens the site, https:// added when missing", "[ui][links]")
{
    SampleForms sample;
    Opened opened;
    const auto investor = formOf(sample, RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    auto *link = child<FieldLinkAction>(*investor, u"websiteLink"_s);
    link->trigger();
    CHECK(opened.urls.last() == QUrl(u"https://www.yazaki-group.com"_s));

    auto *website = child<QLineEdit>(*investor, u"website"_s);
    website->clear();
    CHECK_FALSE(link->isVisible()); // nothing to open
    typeText(website, u"www.example.co.jp/en"_s);
    CHECK(link->isVisible());
    link->trigger();
    CHECK(opened.urls.last() == QUrl(u"https://www.example.co.jp/en"_s));

    const auto agency =
        formOf(sample, RecordKind::Agency, u"name"_s, u"Moroccan Investment and Export Development Agency"_s);
    child<FieldLinkAction>(*agency, u"websiteLink"_s)->trigger();
    CHECK(opened.urls.last() == QUrl(u"https://www.amdie.gov.ma"_s));
}

TEST_CASE("a field link opens nothing but mailto:, http: and https:", "[ui][links]")
{
    SampleForms sample;
    Opened opened;
    const auto investor = formOf(sample, RecordKind::Investor, u"name_latin"_s, u"Yazaki Corporation"_s);
    auto *website = child<QLineEdit>(*investor, u"website"_s);
    auto *link = child<FieldLinkAction>(*investor, u"websiteLink"_s);
    for (const QString &value : {u"javascript:alert(1)"_s, u"file:///etc/passwd"_s, u"ftp://example.com"_s,
                                 u"mailto:a@b.example"_s, u"not a site"_s}) {
        INFO(value.toStdString());
        website->setText(value);
        CHECK_FALSE(link->isVisible());
        link->trigger();
    }
    const auto contact = formOf(sample, RecordKind::Contact, u"latin_family_name"_s, u"Yamamoto"_s);
    auto *email = child<QLineEdit>(*contact, u"email"_s);
    auto *write = child<FieldLinkAction>(*contact, u"emailLink"_s);
    for (const QString &value : {u"javascript:alert(1)@x.y"_s, u"someone"_s, u"a@b.c?subject=x"_s}) {
        INFO(value.toStdString());
        email->setText(value);
        CHECK_FALSE(write->isVisible());
        write->trigger();
    }
    CHECK(opened.urls.isEmpty());
}

TEST_CASE("a read-only form still opens its e-mail and website links", "[ui][links]")
{
    SampleForms sample;
    Opened opened;
    const auto contact = formOf(sample, RecordKind::Contact, u"latin_family_name"_s, u"Yamamoto"_s);
    makeReadOnly(contact.get());
    auto *link = child<FieldLinkAction>(*contact, u"emailLink"_s);
    CHECK(link->isEnabled());
    link->trigger();
    CHECK(opened.urls.size() == 1);
}
