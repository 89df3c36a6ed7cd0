// The template renderer's input: an officer's own copy of a printed document's template (the
// override folder of renderDocumentTemplate), rendered against a fixed meeting briefing. The
// bytes up to the first NUL are the template; what follows, when there is a NUL, is the officer's
// copy of the investor-story partial. Whatever they hold, rendering returns a document (the
// built-in one, with a warning, when the officer's copy cannot be used) or throws crm::Error.
#include "documents/documenttemplate.h"
#include "domain/error.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QVariantList>

using namespace Qt::StringLiterals;
using crm::fuzz::require;
using crm::fuzz::violated;

namespace {

const QString kTemplate = u"meeting-briefing.html"_s;
const QString kPartial = u"investor-story.html"_s;
// A value the officer typed that must reach the HTML escaped, unless a template asks otherwise.
const QString kHostile = u"<script>alert('x')</script> & \"quotes\""_s;

QVariantMap person(const QString &name, const QString &role)
{
    return {{u"name"_s, name}, {u"role"_s, role}, {u"latin"_s, u"Taro Yamada"_s}, {u"reading"_s, u"やまだ たろう"_s}};
}

// A meeting briefing's context as the briefing service builds it, reduced to a few of each kind.
const QVariantMap &context()
{
    static const QVariantMap instance = [] {
        const QVariantMap label{{u"capex"_s, u"Investment"_s}, {u"jobs"_s, u"Jobs"_s},
                                {u"stage"_s, u"Stage"_s},      {u"notes"_s, u"Notes"_s},
                                {u"history"_s, u"History"_s},  {u"followups"_s, u"Follow-ups"_s},
                                {u"overdue"_s, u"Overdue"_s},  {u"open_deals"_s, u"Open deals"_s}};
        const QVariantMap investor{
            {u"name"_s, u"矢崎総業"_s},     {u"latin"_s, u"Yazaki"_s}, {u"reading"_s, u"やざきそうぎょう"_s},
            {u"sector"_s, u"Automotive"_s}, {u"employees"_s, 34000},   {u"website"_s, u"https://example.com"_s},
            {u"head_office"_s, u"Tokyo"_s}, {u"parent"_s, QString()}};
        const QVariantMap meeting{{u"title"_s, kHostile},
                                  {u"place"_s, u"Casablanca"_s},
                                  {u"language"_s, u"ja"_s},
                                  {u"interpreter"_s, true},
                                  {u"mission"_s, u"Morocco 2024"_s},
                                  {u"talking_points"_s, u"Plant extension\nTraining"_s}};
        const QVariantList deals{QVariantMap{{u"title"_s, u"Kenitra plant"_s},
                                             {u"stage"_s, u"negotiation"_s},
                                             {u"capex"_s, u"12,000,000 EUR"_s},
                                             {u"jobs"_s, 1200}},
                                 QVariantMap{{u"title"_s, kHostile}, {u"stage"_s, u"lead"_s}}};
        const QVariantList notes{QVariantMap{{u"date"_s, u"2024-05-01"_s}, {u"text"_s, kHostile}}};
        const QVariantList sides{
            QVariantMap{{u"title"_s, u"Morocco"_s},
                        {u"people"_s, QVariantList{person(u"Amina B."_s, u"Director"_s), person(kHostile, u""_s)}}},
            QVariantMap{{u"title"_s, u"Japan"_s}, {u"people"_s, QVariantList{}}}};
        return QVariantMap{{u"label"_s, label},
                           {u"investor"_s, investor},
                           {u"meeting"_s, meeting},
                           {u"deals"_s, deals},
                           {u"notes"_s, notes},
                           {u"followups"_s, QVariantList{}},
                           {u"history"_s, QVariantList{u"2024-01-02 lead"_s, kHostile}},
                           {u"sides"_s, sides},
                           {u"confidential"_s, false},
                           {u"summary"_s, kHostile},
                           {u"about"_s, QVariant()},
                           {u"deals_as_of"_s, u"2024-05-17"_s}};
    }();
    return instance;
}

// The override folder, one per process (libFuzzer's -jobs run several).
const QString &overrideDir()
{
    static QTemporaryDir dir;
    if (!dir.isValid()) {
        violated("no temporary folder for the override templates");
    }
    static const QString path = dir.path();
    return path;
}

void put(const QString &name, const std::optional<QByteArray> &bytes)
{
    const QString path = QDir(overrideDir()).filePath(name);
    if (!bytes) {
        QFile::remove(path);
        return;
    }
    QFile file(path);
    require(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(*bytes) == bytes->size(),
            "cannot write the override template");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = crm::fuzz::bytesOf(data, size);
    const qsizetype nul = bytes.indexOf('\0');
    const QByteArray templateText = nul < 0 ? bytes : bytes.first(nul);
    const std::optional<QByteArray> partialText = nul < 0 ? std::nullopt : std::optional(bytes.sliced(nul + 1));
    put(kTemplate, templateText);
    put(kPartial, partialText);

    crm::RenderedDocument rendered;
    try {
        rendered = crm::renderDocumentTemplate(kTemplate, context(), overrideDir());
    } catch (const crm::Error &error) {
        require(!error.message().isEmpty(), "a template refused without a message");
        return 0;
    } catch (...) {
        violated("the renderer throws something other than crm::Error");
    }
    require(crm::fuzz::isWellFormed(rendered.html), "a rendered document holds a lone surrogate");
    const QString text = QString::fromUtf8(templateText);
    // Text without tags is printed as it is.
    if (rendered.warning.isEmpty() && !text.contains(u"{{"_s)) {
        require(rendered.html == text, "a template without tags is not printed as it is");
    }
    // The officer's values are escaped unless a template asks for them raw ({{{x}}}, {{&x}}, or
    // other delimiters set with {{=...=}}).
    const QString partial = partialText ? QString::fromUtf8(*partialText) : QString();
    const auto raw = [](const QString &t) { return t.contains(u'&') || t.contains(u"{{{"_s) || t.contains(u"{{="_s); };
    const bool asksRaw = raw(text) || raw(partial);
    if (!asksRaw && !text.contains(u"script"_s, Qt::CaseInsensitive) &&
        !partial.contains(u"script"_s, Qt::CaseInsensitive)) {
        require(!rendered.html.contains(u"<script>"_s), "an officer's value is printed unescaped");
    }
    return 0;
}
