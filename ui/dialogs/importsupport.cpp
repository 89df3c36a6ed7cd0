#include "importsupport.h"

#include "domain/catalogue/catalogue.h"
#include "domain/dateformat.h"
#include "forms/formfields.h"
#include "interchange/headersynonyms.h"
#include "support/progressdialog.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace crm::ui {

QList<RecordKind> ImportText::importableKinds()
{
    // What offices keep in spreadsheets first; officers are people of this office, not imported.
    return {RecordKind::Contact, RecordKind::Investor, RecordKind::Delegate, RecordKind::Agency, RecordKind::Mission,
            RecordKind::Meeting, RecordKind::Deal,     RecordKind::FollowUp, RecordKind::Note};
}

QList<std::pair<QString, QString>> ImportText::fillableFields(RecordKind kind)
{
    QList<std::pair<QString, QString>> fields;
    if (interchange::takesFullName(kind)) {
        fields.append({interchange::kFullNameField, tr("Full name (family and given)")});
        fields.append({interchange::kFullReadingField, tr("Full name reading (kana)")});
    }
    for (const catalogue::FieldSpec &f : catalogue::Catalogue::builtin().kind(kind).fields) {
        if (interchange::ColumnMapping::fillable(kind, f.name)) {
            fields.append({f.name, fieldLabel(kind, f.name)});
        }
    }
    return fields;
}

QString ImportText::fieldLabel(RecordKind kind, const QString &field)
{
    if (field == interchange::kFullNameField) {
        return tr("Full name (family and given)");
    }
    if (field == interchange::kFullReadingField) {
        return tr("Full name reading (kana)");
    }
    const catalogue::FieldSpec *f = catalogue::Catalogue::builtin().field(kind, field);
    if (!f || f->label.isEmpty()) {
        return field;
    }
    QString label = plainLabel(f->label.tr());
    if (label.endsWith(u':')) {
        label.chop(1);
    }
    return label;
}

QString ImportText::matchSource(interchange::MatchSource source)
{
    switch (source) {
    case interchange::MatchSource::None:
        return tr("skipped");
    case interchange::MatchSource::JsonName:
        return tr("by field name");
    case interchange::MatchSource::Label:
        return tr("by label");
    case interchange::MatchSource::Synonym:
        return tr("by usual header");
    case interchange::MatchSource::Saved:
        return tr("by saved mapping");
    case interchange::MatchSource::Chosen:
        return tr("chosen");
    }
    return {};
}

QString ImportText::duplicateReason(imports::DuplicateReason reason)
{
    switch (reason) {
    case imports::DuplicateReason::Name:
        return tr("same name");
    case imports::DuplicateReason::Email:
        return tr("same e-mail");
    case imports::DuplicateReason::Phone:
        return tr("same phone");
    case imports::DuplicateReason::Website:
        return tr("same website");
    }
    return {};
}

QString ImportText::choice(imports::DuplicateChoice choice)
{
    switch (choice) {
    case imports::DuplicateChoice::Skip:
        return tr("Skip");
    case imports::DuplicateChoice::UpdateEmpty:
        return tr("Update Empty Fields");
    case imports::DuplicateChoice::Create:
        return tr("Create Anyway");
    }
    return {};
}

QString ImportText::sourceDescription(const imports::ImportSource &source, qsizetype files)
{
    QString format;
    switch (source.format) {
    case imports::FileFormat::Csv:
        format = tr("CSV or text file");
        break;
    case imports::FileFormat::Xlsx:
        format = tr("Excel workbook");
        break;
    case imports::FileFormat::VCard:
        format = files > 1 ? tr("%n vCard file(s)", nullptr, static_cast<int>(files)) : tr("vCard file");
        break;
    }
    const QString rows = tr("%n row(s)", nullptr, static_cast<int>(source.table.rows.size()));
    if (source.table.encoding.isEmpty()) {
        return tr("%1; %2").arg(format, rows);
    }
    return tr("%1, %2; %3").arg(format, source.table.encoding, rows);
}

QString ImportText::cell(const QVariant &value)
{
    const QLocale locale;
    switch (value.typeId()) {
    case QMetaType::QDate:
        return formatDate(value.toDate(), locale);
    case QMetaType::QDateTime:
        return formatDateTime(value.toDateTime(), locale);
    case QMetaType::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QMetaType::Double: {
        const double number = value.toDouble();
        return locale.toString(number, 'g', 15);
    }
    default:
        return value.toString().simplified();
    }
}

PlanCounts PlanCounts::of(const imports::ImportPlan &plan)
{
    PlanCounts counts;
    for (const imports::PlannedRow &row : plan.rows) {
        if (row.refused()) {
            ++counts.refused;
        } else if (!row.duplicate || row.choice == imports::DuplicateChoice::Create) {
            ++counts.created;
        } else if (row.choice == imports::DuplicateChoice::UpdateEmpty) {
            ++counts.updated;
        } else {
            ++counts.skipped;
        }
    }
    return counts;
}

QString PlanCounts::summary() const
{
    const QLocale locale;
    return ImportText::tr("%1 new, %2 to update, %3 skipped, %4 refused")
        .arg(locale.toString(created), locale.toString(updated), locale.toString(skipped), locale.toString(refused));
}

namespace {
ImportProgressDialog::Observer &progressObserver()
{
    static ImportProgressDialog::Observer instance;
    return instance;
}
} // namespace

ImportProgressDialog::ImportProgressDialog(QWidget *parent, const QString &label)
    : m_dialog(createProgressDialog(parent, tr("Import"), label, u"importProgress"_s))
{}

ImportProgressDialog::~ImportProgressDialog()
{
    m_dialog->close();
    delete m_dialog;
}

imports::ImportProgress ImportProgressDialog::callback()
{
    return [dialog = m_dialog](qint64 done, qint64 total) {
        const qint64 permille = total > 0 ? std::clamp<qint64>(done * 1000 / total, 0, 1000) : 0;
        dialog->setValue(static_cast<int>(permille)); // a window-modal dialog processes events here
        if (progressObserver()) {
            progressObserver()(*dialog, done, total);
        }
        return !dialog->wasCanceled();
    }; // namespace crm::ui
}

void ImportProgressDialog::setObserver(Observer observer)
{
    progressObserver() = std::move(observer);
}

} // namespace crm::ui
