#include "catalogue.h"

#include "kinds.h"

#include <QCoreApplication>
#include <algorithm>
#include <stdexcept>

namespace crm::catalogue {

QString Text::tr() const
{
    if (!source) {
        return {};
    }
    return context ? QCoreApplication::translate(context, source) : QString::fromUtf8(source);
}

Catalogue::Catalogue(QList<KindSpec> kinds) : m_kinds(std::move(kinds)) {}

const Catalogue &Catalogue::builtin()
{
    static const Catalogue catalogue({officerKind(), agencyKind(), delegateKind(), investorKind(), contactKind(),
                                      missionKind(), meetingKind(), dealKind(), followUpKind(), noteKind()});
    return catalogue;
}

const KindSpec &Catalogue::kind(RecordKind kind) const
{
    for (const KindSpec &spec : m_kinds) {
        if (spec.kind == kind) {
            return spec;
        }
    }
    throw std::logic_error("the catalogue has no such kind");
}

const FieldSpec *Catalogue::field(RecordKind kind, QStringView name) const
{
    for (const FieldSpec &f : this->kind(kind).fields) {
        if (f.name == name) {
            return &f;
        }
    }
    return nullptr;
}

QList<const FieldSpec *> KindSpec::listColumns() const
{
    QList<std::pair<int, const FieldSpec *>> ordered;
    if (titleListOrder >= 0) {
        ordered.append({titleListOrder, nullptr});
    }
    for (const FieldSpec &f : fields) {
        if (f.listed()) {
            ordered.append({f.listOrder, &f});
        }
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<const FieldSpec *> columns;
    for (const auto &[order, field] : ordered) {
        columns << field;
    }
    return columns;
}

} // namespace crm::catalogue
