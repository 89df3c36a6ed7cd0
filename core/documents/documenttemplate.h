#pragma once

#include <QString>
#include <QVariantMap>

// Printed documents are HTML made from Mustache templates (kainjow's mustache.hpp, from Debian's
// libkainjow-mustache-dev): logic-less, so an officer can edit one without programming, and
// {{value}} is HTML-escaped unless written {{{value}}}. The built-in templates are resources
// (resources/templates); a file of the same name in the override folder replaces one.
namespace crm {

struct RenderedDocument
{
    QString html;
    // Set when the override could not be used: its path and why; the built-in one was used.
    QString warning;
};

// Renders template name ("meeting-briefing.html") with the context (maps, lists, strings,
// numbers, booleans). An empty value is false in a section; each list at the top of the context
// also gets has_NAME, true when it has items, so that a heading shows only with its list. The
// partials {{> document-style}} (document-style.css, the style the documents share) and
// {{> investor-story}} (investor-story.html) are files too; an officer's copy in overrideDir
// replaces one for every document; a partial cannot include a partial (nor itself), and only these
// two can be included: {{> name}} never runs a value of the context as a template. A template or partial in overrideDir
// that cannot be read or parsed falls back to the built-in one with a warning. Throws crm::Error (NotFound) for a name
// with no built-in template.
RenderedDocument renderDocumentTemplate(const QString &name, const QVariantMap &context,
                                        const QString &overrideDir = {});

// The text of a built-in template or label file (":/crm/templates/NAME"); empty when there is none.
QString builtInTemplate(const QString &name);

} // namespace crm
