#include "recordform.h"

#include "choicecombo.h"
#include "databasesession.h"
#include "domain/personname.h"
#include "domain/recordcodec.h"
#include "duplicatewarning.h"
#include "errorlabel.h"
#include "fieldeditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
const QString nameOrderField = u"name_order"_s;

void setErrorVisible(QLabel *label, bool visible)
{
    auto *form = label->parentWidget() ? qobject_cast<QFormLayout *>(label->parentWidget()->layout()) : nullptr;
    if (form && form->indexOf(label) >= 0) {
        form->setRowVisible(label, visible);
    } else {
        label->setVisible(visible);
    }
}
} // namespace

RecordForm::RecordForm(RecordKind kind, DatabaseSession &session, QWidget *parent)
    : RecordForm(kind, catalogue::Catalogue::builtin(), session, parent)
{}

RecordForm::RecordForm(RecordKind kind, const catalogue::Catalogue &catalogue, DatabaseSession &session,
                       QWidget *parent)
    : QWidget(parent), m_kind(kind), m_catalogue(catalogue), m_session(session), m_scroll(new QScrollArea(this)),
      m_formError(nullptr)
{
    setObjectName(kindName(kind) + u"Form"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    if (hasDuplicateCheck(kind)) {
        // Above the scrolled fields, so that it stays in view whichever field is being typed.
        m_duplicates = new DuplicateWarning(*this, session, this);
        outer->addWidget(m_duplicates);
        connect(m_duplicates, &DuplicateWarning::openRecordRequested, this, &RecordForm::openRecordRequested);
    }
    outer->addWidget(m_scroll, 1);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    build();
    setupNameOrder();

    // Ctrl+S is the window's Save Record action; a second binding here would make it ambiguous.
    setRecord({});
}

QLabel *RecordForm::makeErrorLabel(const QString &field, QWidget *parent)
{
    auto *label = new ErrorLabel(parent);
    label->setObjectName(field + u"Error"_s);
    if (!field.isEmpty()) {
        m_errorLabels.insert(field, label);
    }
    return label;
}

void RecordForm::build()
{
    auto *content = new QWidget;
    content->setObjectName(u"formContent"_s);
    auto *layout = new QVBoxLayout(content);
    m_formError = makeErrorLabel({}, content);
    m_formError->setObjectName(u"formError"_s);
    layout->addWidget(m_formError);
    m_formError->hide();

    QFormLayout *form = nullptr;
    QString section;
    QList<QLabel *> labels;
    for (const FormRow &spec : formFields(m_kind, m_catalogue)) {
        FieldEditor *editor = createFieldEditor(spec, m_session, content, this);
        m_editors << editor;
        for (const QString &field : editor->fields()) {
            m_editorOf.insert(field, editor);
        }
        connect(editor, &FieldEditor::edited, this, &RecordForm::onEdited);
        connect(editor, &FieldEditor::openRecordRequested, this, &RecordForm::openRecordRequested);

        if (spec.type == FieldType::ChildList) {
            // A list gets its own group; its title's mnemonic focuses the table.
            auto *box = new QGroupBox(spec.label, content);
            box->setObjectName(spec.name + u"Group"_s);
            auto *boxLayout = new QVBoxLayout(box);
            boxLayout->addWidget(editor->widget());
            boxLayout->addWidget(makeErrorLabel(spec.name, box));
            m_errorLabels.value(spec.name)->hide();
            layout->addWidget(box);
            form = nullptr;
            continue;
        }
        if (!form || spec.section != section) {
            auto *box = new QGroupBox(spec.section, content);
            form = new QFormLayout(box);
            form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            // A field that does not fit beside its label goes under it, so a narrow pane does not scroll sideways.
            form->setRowWrapPolicy(QFormLayout::WrapLongRows);
            form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
            layout->addWidget(box);
            section = spec.section;
        }
        auto *label = new QLabel(spec.label, content);
        labels << label;
        label->setBuddy(editor->editorFor(spec.name));
        label->setToolTip(spec.toolTip);
        if (spec.required) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            editor->editorFor(spec.name)->setAccessibleDescription(tr("Required"));
        }
        form->addRow(label, editor->widget());
        // A screen reader finds a buddy label only beside its editor; an editor inside a row of two
        // (a time and its zone) is named after the label itself.
        QWidget *buddy = editor->editorFor(spec.name);
        if (buddy->parentWidget() != label->parentWidget() && buddy->accessibleName().isEmpty()) {
            buddy->setAccessibleName(plainLabel(spec.label));
        }
        for (const QString &field : editor->fields()) {
            QLabel *error = makeErrorLabel(field, content);
            form->addRow(static_cast<QWidget *>(nullptr), error);
            form->setRowVisible(error, false);
        }
    }
    // One label column through all the sections, so the fields line up from group to group.
    int labelWidth = 0;
    for (const QLabel *label : std::as_const(labels)) {
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    }
    for (QLabel *label : std::as_const(labels)) {
        label->setMinimumWidth(labelWidth);
    }
    layout->addStretch(1);
    m_scroll->setWidget(content);
    setFocusProxy(m_editors.isEmpty() ? nullptr : m_editors.first()->editorFor(m_editors.first()->spec().name));
}

void RecordForm::setRecord(const QVariantMap &json)
{
    m_loading = true;
    m_recordId = json.value(u"id"_s).toString();
    QVariantMap record = json;
    if (m_recordId.isEmpty()) {
        // A new follow-up is usually the officer's own; a new note is written by them.
        for (const FieldEditor *editor : std::as_const(m_editors)) {
            if (editor->spec().defaultsToOfficer && !m_session.officerId().isEmpty() &&
                !record.contains(editor->spec().name)) {
                record.insert(editor->spec().name, m_session.officerId());
            }
        }
    }
    for (FieldEditor *editor : std::as_const(m_editors)) {
        editor->read(record);
    }
    m_autoNameOrder = json.value(nameOrderField).toString().isEmpty();
    m_loading = false;
    m_modified = false;
    if (m_duplicates) {
        m_duplicates->reset();
    }
    showErrors({});
    m_scroll->verticalScrollBar()->setValue(0);
}

QVariantMap RecordForm::value() const
{
    QVariantMap json;
    for (const FieldEditor *editor : m_editors) {
        editor->write(json);
    }
    for (const QString &field : metadataFields()) {
        json.remove(field);
    }
    return json;
}

bool RecordForm::validate()
{
    try {
        codecFor(m_kind).normalise(value(), MapFormat::Json, m_session.clock());
    } catch (const Error &error) {
        showErrors(error.fieldErrors().isEmpty() ? FieldErrors{{QString(), error.message()}} : error.fieldErrors());
        return false;
    }
    showErrors({});
    return true;
}

void RecordForm::onEdited()
{
    if (m_loading) {
        return;
    }
    m_modified = true;
    if (m_duplicates) {
        m_duplicates->schedule();
    }
    Q_EMIT modified();
}

bool RecordForm::opensRecords() const
{
    return isSignalConnected(QMetaMethod::fromSignal(&RecordForm::openRecordRequested));
}

void RecordForm::setupNameOrder()
{
    auto *family = findChild<QLineEdit *>(u"family_name"_s);
    auto *given = findChild<QLineEdit *>(u"given_name"_s);
    auto *order = findChild<ChoiceCombo *>(nameOrderField);
    if (!family || !given || !order) {
        return;
    }
    connect(family, &QLineEdit::textEdited, this, &RecordForm::updateNameOrder);
    connect(given, &QLineEdit::textEdited, this, &RecordForm::updateNameOrder);
    connect(order, &ChoiceCombo::valueEdited, this, [this] { m_autoNameOrder = false; });
}

// 山田 is written family-first, Hassani given-first: follow the script until the officer chooses.
void RecordForm::updateNameOrder()
{
    auto *order = findChild<ChoiceCombo *>(nameOrderField);
    const QString name =
        findChild<QLineEdit *>(u"family_name"_s)->text() + findChild<QLineEdit *>(u"given_name"_s)->text();
    if (!m_autoNameOrder || !order || name.trimmed().isEmpty()) {
        return;
    }
    order->setValue(PersonName::looksEastAsian(name) ? u"family_first"_s : u"given_first"_s);
}

QString RecordForm::errorText(const FieldError &error, FieldEditor *&editor, QHash<QPair<int, QString>, QString> &cells,
                              QString &field) const
{
    static const QRegularExpression path(u"^([A-Za-z_]+)(?:\\[(\\d+)\\](?:\\.([A-Za-z_]+))?)?$"_s);
    auto describe = [](const QString &label, const QString &message) {
        // Messages that quote the value read on their own ("abc" is not a valid e-mail address).
        if (label.isEmpty() || message.startsWith(u'"')) {
            return message;
        }
        return tr("%1 %2", "a field's name, then its problem: End date | must not be before the start")
            .arg(label, message);
    };
    const QRegularExpressionMatch m = path.match(error.field);
    field = m.hasMatch() ? m.captured(1) : QString();
    editor = m_editorOf.value(field);
    if (!editor) {
        return error.field.isEmpty() ? error.message : tr("%1: %2").arg(error.field, error.message);
    }
    if (m.captured(2).isEmpty()) {
        return describe(editor->fieldLabel(field), error.message);
    }
    const int row = m.captured(2).toInt();
    const QString column = m.captured(3);
    QString columnLabel;
    for (const ColumnSpec &c : editor->spec().columns) {
        if (c.name == column) {
            columnLabel = c.label.toLower();
        }
    }
    cells.insert({row, column}, describe(columnLabel, error.message));
    return tr("Row %1: %2").arg(row + 1).arg(describe(columnLabel, error.message));
}

void RecordForm::showErrors(const FieldErrors &errors)
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        setErrorVisible(label, false);
    }
    for (FieldEditor *editor : std::as_const(m_editors)) {
        editor->setCellErrors({});
        for (const QString &field : editor->fields()) {
            editor->editorFor(field)->setAccessibleDescription(editor->spec().required ? tr("Required") : QString());
        }
    }
    m_formError->clear();
    m_formError->hide();

    QHash<QString, QStringList> texts;
    QHash<FieldEditor *, QHash<QPair<int, QString>, QString>> cells;
    QStringList general;
    for (const FieldError &error : errors) {
        FieldEditor *editor = nullptr;
        QHash<QPair<int, QString>, QString> cellErrors;
        QString field;
        const QString text = errorText(error, editor, cellErrors, field);
        if (!editor || !m_errorLabels.contains(field)) {
            general << text;
            continue;
        }
        texts[field] << text;
        cells[editor].insert(cellErrors);
    }
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        it.key()->setCellErrors(it.value());
    }
    QWidget *first = nullptr;
    QLabel *firstLabel = nullptr;
    for (FieldEditor *editor : std::as_const(m_editors)) {
        for (const QString &field : editor->fields()) {
            if (!texts.contains(field)) {
                continue;
            }
            QLabel *label = m_errorLabels.value(field);
            label->setText(texts.value(field).join(u'\n'));
            setErrorVisible(label, true);
            editor->editorFor(field)->setAccessibleDescription(label->text());
            if (!first) {
                first = editor->editorFor(field);
                firstLabel = label;
            }
        }
    }
    if (!general.isEmpty()) {
        m_formError->setText(general.join(u'\n'));
        m_formError->show();
        firstLabel = firstLabel ? firstLabel : m_formError;
    }
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
    }
    if (firstLabel) {
        m_scroll->ensureWidgetVisible(firstLabel);
    }
}

} // namespace crm::ui
