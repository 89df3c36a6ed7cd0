#include "kinds.h"

using namespace Qt::StringLiterals;

namespace crm::catalogue {
namespace {
void stampWritten(QVariantMap &stored, const Clock &clock)
{
    if (storedText(stored, u"written_at"_s).isEmpty()) {
        stored.insert(u"written_at"_s, mapvalue::isoInstant(clock.nowUtc()));
    }
}

// The first line of the body, cut to fit a list.
QString noteTitle(const QVariantMap &stored)
{
    const QString firstLine = storedText(stored, u"body"_s).section(u'\n', 0, 0);
    return firstLine.size() > 80 ? firstLine.left(79) + u'\u2026' : firstLine;
}

QString noteSortKey(const QVariantMap &stored)
{
    const std::optional<QDateTime> written = storedInstant(stored, u"written_at"_s);
    return written ? mapvalue::isoInstant(*written) : QString();
}
} // namespace

KindSpec noteKind()
{
    const Text general = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Note"));
    KindSpec spec{RecordKind::Note,
                  u"note"_s,
                  {searched(field(u"body"_s, Type::MultiLineText,
                                  form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Text")), general, true),
                            Search::Text),
                   listed(link(u"author_id"_s, RecordKind::Officer,
                               form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Author")), general),
                          2, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Author"))),
                   listed(field(u"written_at"_s, Type::Instant,
                                form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "&Written at")), general),
                          0, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Written"))),
                   listed(linkedRecordField(true), 3, list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "About")))},
                  list(QT_TRANSLATE_NOOP("crm::ui::ListColumns", "Note")),
                  1};
    named(spec.fields, u"author_id").defaultsToOfficer = true;
    named(spec.fields, u"written_at").placeholder = form(QT_TRANSLATE_NOOP("crm::ui::FormFields", "Now, when saved"));
    spec.applyDefaults = &stampWritten;
    spec.title = &noteTitle;
    spec.sortKey = &noteSortKey;
    return spec;
}

} // namespace crm::catalogue
