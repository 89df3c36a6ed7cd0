#include "documenttemplate.h"

#include "domain/bidi.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <kainjow/mustache.hpp>

using namespace Qt::StringLiterals;
namespace mustache = kainjow::mustache;

namespace crm {
namespace {
struct DocumentTemplateTr
{
    Q_DECLARE_TR_FUNCTIONS(DocumentTemplate)
};

// The pieces several documents include, {{> name}} -> its file: the look they share, and the
// investor's deals, follow-ups, history and notes (meeting briefing, investor profile). One file to
// change for all; an officer's copy in the override folder replaces the built-in one.
const QList<std::pair<QString, QString>> kPartials{{u"document-style"_s, u"document-style.css"_s},
                                                   {u"investor-story"_s, u"investor-story.html"_s}};

// Partials are the shared pieces only: a value of the record is never run as a template ({{> title}}
// would otherwise render what an officer typed, or a package carried, as Mustache).
class DocumentContext final : public mustache::context<std::string>
{
public:
    DocumentContext(const mustache::data *values, const mustache::data *partials)
        : mustache::context<std::string>(values), m_partials(partials)
    {}
    const mustache::data *get_partial(const std::string &name) const override { return m_partials->get(name); }

private:
    const mustache::data *m_partials;
};

// Whether a shared piece includes a piece (or changes the delimiters, behind which it could): a piece
// that includes itself, or two that include each other, would recurse until the stack overflows.
bool includesPieces(const QString &text)
{
    static const QRegularExpression tag(uR"(\{\{\s*[>=])"_s);
    return text.contains(tag);
}

mustache::data toData(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        mustache::data object{mustache::data::type::object};
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            object.set(it.key().toStdString(), toData(it.value()));
        }
        return object;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        mustache::data list{mustache::data::type::list};
        for (const QVariant &item : value.toList()) {
            list.push_back(toData(item));
        }
        return list;
    }
    case QMetaType::Bool:
        return value.toBool() ? mustache::data{mustache::data::type::bool_true}
                              : mustache::data{mustache::data::type::bool_false};
    default:
        // An empty value is false in a section, so {{#field}}...{{/field}} hides an empty heading.
        if (!value.isValid() || value.isNull() || value.toString().isEmpty()) {
            return mustache::data{mustache::data::type::bool_false};
        }
        return mustache::data{value.toString().toStdString()};
    }
}

std::optional<QString> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

// What {{value}} prints: escaped, and isolated when it holds right-to-left letters, so that an Arabic
// name between brackets, commas and years ("{{name}} ({{agency}}), {{year}}") does not reorder them.
// {{{value}}} (HTML made already, such as a booklet's briefings) is left as it is.
std::string escapeForPage(const std::string &text)
{
    return mustache::html_escape<std::string>(isolate(QString::fromStdString(text)).toStdString());
}

// The rendered HTML, or the parser's complaint.
std::pair<QString, QString> render(const QString &text, const mustache::data &context, const mustache::data &partials)
{
    mustache::mustache tmpl{text.toStdString()};
    tmpl.set_custom_escape(&escapeForPage);
    if (!tmpl.is_valid()) {
        return {{}, QString::fromStdString(tmpl.error_message())};
    }
    DocumentContext documentContext(&context, &partials);
    const std::string html = tmpl.render(documentContext);
    if (!tmpl.is_valid()) {
        return {{}, QString::fromStdString(tmpl.error_message())};
    }
    return {QString::fromStdString(html), {}};
}
} // namespace

QString builtInTemplate(const QString &name)
{
    QString error;
    return readFile(u":/crm/templates/"_s + name, &error).value_or(QString());
}

RenderedDocument renderDocumentTemplate(const QString &name, const QVariantMap &context, const QString &overrideDir)
{
    QVariantMap withPresence = context;
    QVariantMap pieces;
    RenderedDocument result;
    for (const auto &[partial, file] : kPartials) {
        QString text = builtInTemplate(file);
        const QString path = overrideDir.isEmpty() ? QString() : QDir(overrideDir).filePath(file);
        if (QFile::exists(path)) {
            QString error;
            const std::optional<QString> own = readFile(path, &error);
            const mustache::mustache parsed{own.value_or(QString()).toStdString()};
            if (own && parsed.is_valid() && !includesPieces(*own)) {
                text = *own;
            } else {
                const QString reason = !own                 ? error
                                       : !parsed.is_valid() ? QString::fromStdString(parsed.error_message())
                                                            : DocumentTemplateTr::tr("a shared part cannot include "
                                                                                     "another part, or itself");
                result.warning =
                    DocumentTemplateTr::tr("The template %1 cannot be used (%2); the built-in one was used.")
                        .arg(QDir::toNativeSeparators(path), reason);
            }
        }
        pieces.insert(partial, text);
    }
    const mustache::data partials = toData(pieces);
    for (auto it = context.cbegin(); it != context.cend(); ++it) {
        if (it.value().typeId() == QMetaType::QVariantList) {
            withPresence.insert(u"has_"_s + it.key(), !it.value().toList().isEmpty());
        }
    }
    const mustache::data data = toData(withPresence);
    if (!overrideDir.isEmpty()) {
        const QString path = QDir(overrideDir).filePath(name);
        if (QFile::exists(path)) {
            QString error;
            if (const auto text = readFile(path, &error)) {
                auto [html, parseError] = render(*text, data, partials);
                if (parseError.isEmpty()) {
                    result.html = html;
                    return result;
                }
                error = parseError;
            }
            result.warning = DocumentTemplateTr::tr("The template %1 cannot be used (%2); the built-in one was used.")
                                 .arg(QDir::toNativeSeparators(path), error);
        }
    }
    const QString builtIn = builtInTemplate(name);
    if (builtIn.isEmpty()) {
        throw Error::notFound(DocumentTemplateTr::tr("There is no document template named %1.").arg(name));
    }
    auto [html, parseError] = render(builtIn, data, partials);
    if (!parseError.isEmpty()) { // a defect of ours, caught by the tests that render every template
        throw Error(Error::Kind::Invalid,
                    DocumentTemplateTr::tr("The built-in template %1 is broken: %2").arg(name, parseError));
    }
    result.html = html;
    return result;
}

} // namespace crm
