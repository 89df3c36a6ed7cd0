#include "choicecombo.h"
#include "choicelistedit.h"
#include "compositefieldeditors.h"
#include "dateedit.h"
#include "fieldeditor.h"
#include "fieldlinkaction.h"
#include "instantedit.h"
#include "recordlinkedit.h"
#include "stringlistedit.h"
#include "textarea.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <functional>

using namespace Qt::StringLiterals;

namespace crm::ui {

FieldEditor::FieldEditor(FormRow spec, QObject *parent) : QObject(parent), m_spec(std::move(spec)) {}

QStringList FieldEditor::fields() const
{
    return m_spec.companion.isEmpty() ? QStringList{m_spec.name} : QStringList{m_spec.name, m_spec.companion};
}

QString FieldEditor::fieldLabel(const QString &field) const
{
    return field == m_spec.companion && !m_spec.companionLabel.isEmpty() ? m_spec.companionLabel
                                                                         : plainLabel(m_spec.label);
}

QWidget *FieldEditor::editorFor(const QString &) const
{
    return widget();
}

void FieldEditor::setCellErrors(const QHash<QPair<int, QString>, QString> &) {}

QVariant FieldEditor::valueIn(const QVariantMap &json, const QString &field) const
{
    if (json.contains(field)) {
        return json.value(field);
    }
    return field == m_spec.name ? m_spec.defaultValue : QVariant();
}

QVariant textValue(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

namespace {

// One widget, one field: reads and writes through a pair of functions.
class SimpleFieldEditor final : public FieldEditor
{
public:
    SimpleFieldEditor(const FormRow &spec, QWidget *widget, std::function<QVariant()> get,
                      std::function<void(const QVariant &)> set, QObject *owner)
        : FieldEditor(spec, owner), m_widget(widget), m_get(std::move(get)), m_set(std::move(set))
    {
        m_widget->setObjectName(spec.name);
        if (!spec.toolTip.isEmpty()) {
            m_widget->setToolTip(spec.toolTip);
        }
    }

    QWidget *widget() const override { return m_widget; }
    void read(const QVariantMap &json) override { m_set(valueIn(json, spec().name)); }
    void write(QVariantMap &json) const override { json.insert(spec().name, m_get()); }

private:
    QWidget *m_widget;
    std::function<QVariant()> m_get;
    std::function<void(const QVariant &)> m_set;
};

QString textOf(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

FieldEditor *lineEditor(const FormRow &spec, QWidget *parent, QObject *owner)
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(spec.placeholder);
    auto *editor = new SimpleFieldEditor(
        spec, edit, [edit] { return textValue(edit->text()); }, [edit](const QVariant &v) { edit->setText(textOf(v)); },
        owner);
    QObject::connect(edit, &QLineEdit::textEdited, editor, &FieldEditor::edited);
    if (spec.link != FieldLink::None) {
        new FieldLinkAction(spec.link, edit); // after the objectName: the action is named after the field
    }
    return editor;
}

FieldEditor *multiLineEditor(const FormRow &spec, QWidget *parent, QObject *owner)
{
    auto *edit = new TextArea(5, parent);
    edit->setPlaceholderText(spec.placeholder);
    auto *editor = new SimpleFieldEditor(
        spec, edit, [edit] { return textValue(edit->toPlainText()); },
        [edit](const QVariant &v) { edit->setPlainText(textOf(v)); }, owner);
    QObject::connect(edit, &QPlainTextEdit::textChanged, editor, &FieldEditor::edited);
    return editor;
}

FieldEditor *integerEditor(const FormRow &spec, QWidget *parent, QObject *owner)
{
    auto *edit = new QLineEdit(parent);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,15}"_s), edit));
    edit->setPlaceholderText(spec.placeholder);
    auto *editor = new SimpleFieldEditor(
        spec, edit,
        [edit]() -> QVariant {
            bool ok = false;
            const qlonglong n = edit->text().toLongLong(&ok);
            return ok ? QVariant(n) : textValue(edit->text().trimmed());
        },
        [edit](const QVariant &v) { edit->setText(textOf(v)); }, owner);
    QObject::connect(edit, &QLineEdit::textEdited, editor, &FieldEditor::edited);
    return editor;
}

FieldEditor *boolEditor(const FormRow &spec, QWidget *parent, QObject *owner)
{
    auto *box = new QCheckBox(parent);
    box->setAccessibleName(plainLabel(spec.label));
    auto *editor = new SimpleFieldEditor(
        spec, box, [box] { return QVariant(box->isChecked()); },
        [box](const QVariant &v) { box->setChecked(v.toBool()); }, owner);
    QObject::connect(box, &QCheckBox::clicked, editor, &FieldEditor::edited);
    return editor;
}

template<class W>
FieldEditor *valueEditor(const FormRow &spec, W *widget, QObject *owner)
{
    auto *editor = new SimpleFieldEditor(
        spec, widget, [widget] { return QVariant(widget->value()); },
        [widget](const QVariant &v) { widget->setValue(v); }, owner);
    QObject::connect(widget, &W::valueEdited, editor, &FieldEditor::edited);
    return editor;
}

FieldEditor *linkEditor(const FormRow &spec, DatabaseSession &session, QWidget *parent, QObject *owner)
{
    auto *link = new RecordLinkEdit(*spec.linkKind, session, parent);
    link->lineEdit()->setPlaceholderText(spec.placeholder);
    link->lineEdit()->setAccessibleName(plainLabel(spec.label));
    FieldEditor *editor = valueEditor(spec, link, owner);
    QObject::connect(link, &RecordLinkEdit::openRecordRequested, editor, &FieldEditor::openRecordRequested);
    return editor;
}

} // namespace

FieldEditor *createFieldEditor(const FormRow &spec, DatabaseSession &session, QWidget *parent, QObject *owner)
{
    switch (spec.type) {
    case FieldType::Text:
    case FieldType::Amount:
        return lineEditor(spec, parent, owner);
    case FieldType::MultiLineText:
        return multiLineEditor(spec, parent, owner);
    case FieldType::Integer:
        return integerEditor(spec, parent, owner);
    case FieldType::Bool:
        return boolEditor(spec, parent, owner);
    case FieldType::Date:
        return valueEditor(spec, new DateEdit(parent), owner);
    case FieldType::Instant: {
        auto *edit = new InstantEdit(parent);
        if (!spec.placeholder.isEmpty()) {
            edit->setPlaceholderText(spec.placeholder);
        }
        return valueEditor(spec, edit, owner);
    }
    case FieldType::Choice: {
        const bool allowEmpty = !spec.required || !spec.defaultValue.isValid();
        return valueEditor(spec, new ChoiceCombo(spec.choices, allowEmpty, false, parent), owner);
    }
    case FieldType::Country:
        return valueEditor(spec, new ChoiceCombo(countryChoices(), true, true, parent), owner);
    case FieldType::Currency:
        return valueEditor(spec, new ChoiceCombo(currencyChoices(), true, true, parent), owner);
    case FieldType::StringList:
        return valueEditor(spec, new StringListEdit(parent), owner);
    case FieldType::ChoiceList:
        return valueEditor(spec, new ChoiceListEdit(spec.name, spec.choices, parent), owner);
    case FieldType::RecordLink:
        return linkEditor(spec, session, parent, owner);
    case FieldType::ZonedDateTime:
        return new ZonedDateTimeFieldEditor(spec, session, parent, owner);
    case FieldType::RecordKindLink:
        return new LinkedRecordFieldEditor(spec, session, parent, owner);
    case FieldType::ChildList:
        return new ChildListFieldEditor(spec, session, parent, owner);
    }
    return lineEditor(spec, parent, owner);
}

} // namespace crm::ui
