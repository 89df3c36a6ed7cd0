#include "setfielddialog.h"

#include "databasesession.h"
#include "domain/error.h"
#include "domain/recordcodec.h"
#include "forms/choicecombo.h"
#include "forms/fieldeditor.h"
#include "forms/formfields.h"
#include "models/recordkindlabel.h"
#include "services/records/bulkedit.h"
#include "support/screenfit.h"
#include "support/taborder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
// The session's officers for an owner or author: "佐藤 花子 (HS)".
Choices officerChoices(DatabaseSession &session)
{
    Choices choices;
    const KindCodec &codec = codecFor(RecordKind::Officer);
    try {
        session.store()->forEach(RecordKind::Officer, {}, [&](const QVariantMap &row) {
            const QString initials = row.value(u"initials"_s).toString();
            const QString title = codec.title(row);
            choices.append({row.value(u"id"_s), initials.isEmpty() ? title : u"%1 (%2)"_s.arg(title, initials)});
            return true;
        });
    } catch (const Error &error) {
        session.reportReadFailure(error);
    }
    return choices;
}
} // namespace

SetFieldDialog::SetFieldDialog(DatabaseSession &session, RecordKind kind, QStringList ids, const QString &currentId,
                               QWidget *parent)
    : QDialog(parent), m_session(session), m_kind(kind), m_ids(std::move(ids)), m_fields(new QComboBox(this)),
      m_editors(new QStackedWidget(this)), m_count(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"setFieldDialog"_s);
    setWindowTitle(tr("Set Field"));
    auto *intro = new QLabel(tr("Set one field of the %n selected %1 to the same value.", nullptr, int(m_ids.size()))
                                 .arg(recordKindPluralLabel(kind).toLower()),
                             this);
    intro->setWordWrap(true);
    m_fields->setObjectName(u"fieldChoice"_s);
    m_editors->setObjectName(u"valueEditors"_s);
    m_count->setObjectName(u"changeCount"_s);
    m_count->setWordWrap(true);
    m_buttons->setObjectName(u"buttonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set"));

    // The editors start from the record on show, so the count says how many others differ from it.
    QVariantMap current;
    try {
        if (const auto found = session.store()->find(kind, currentId.isEmpty() ? m_ids.value(0) : currentId)) {
            current = *found;
        }
    } catch (const Error &error) {
        session.reportReadFailure(error);
    }
    const QList<FormRow> rows = formFields(kind);
    for (const catalogue::FieldSpec *spec : BulkEdit::fields(kind)) {
        const auto row =
            std::find_if(rows.cbegin(), rows.cend(), [&](const FormRow &r) { return r.name == spec->name; });
        if (row == rows.cend()) {
            continue;
        }
        m_fields->addItem(plainLabel(row->label), spec->name);
        if (spec->type == catalogue::Type::Link) {
            auto *combo = new ChoiceCombo(officerChoices(session), !spec->required, true, m_editors);
            combo->setAccessibleName(plainLabel(row->label));
            combo->setValue(current.value(spec->name));
            connect(combo, &ChoiceCombo::valueEdited, this, &SetFieldDialog::updateCount);
            addEditor(spec->name, combo, [combo] { return combo->value(); });
            continue;
        }
        FieldEditor *editor = createFieldEditor(*row, session, m_editors, this);
        editor->read(current);
        if (auto *box = qobject_cast<QCheckBox *>(editor->widget())) {
            box->setText(plainLabel(row->label)); // alone on its row, it says what it marks
        }
        connect(editor, &FieldEditor::edited, this, &SetFieldDialog::updateCount);
        const QString name = spec->name;
        addEditor(name, editor->widget(), [editor, name] {
            QVariantMap json;
            editor->write(json);
            return json.value(name);
        });
    }
    connect(m_fields, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_editors->setCurrentIndex(index);
        updateCount();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Field:"), m_fields);
    form->addRow(tr("&Value:"), m_editors);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // Made first, the buttons would come before the editors on Tab.
    moveToEndOfTabOrder(*this, {m_buttons});
    fitToScreen(this, sizeHint().expandedTo(QSize(480, 0)));
    updateCount();
}

void SetFieldDialog::addEditor(const QString &field, QWidget *editor, std::function<QVariant()> value)
{
    editor->setObjectName(field);
    m_editors->addWidget(editor);
    m_values.insert(field, std::move(value));
}

QString SetFieldDialog::field() const
{
    return m_fields->currentData().toString();
}

void SetFieldDialog::setField(const QString &field)
{
    m_fields->setCurrentIndex(m_fields->findData(field));
}

QVariant SetFieldDialog::value() const
{
    const auto it = m_values.constFind(field());
    return it == m_values.cend() ? QVariant() : (*it)();
}

void SetFieldDialog::updateCount()
{
    m_changing = 0;
    QString text;
    if (!field().isEmpty()) {
        try {
            m_changing = BulkEdit(*m_session.database()).countChanging(m_kind, m_ids, field(), value());
            text = m_changing == 0 ? tr("Every selected record already has this value.")
                                   : tr("%n record(s) will change.", nullptr, int(m_changing));
        } catch (const Error &error) {
            text = error.message();
            if (error.kind() == Error::Kind::Database) {
                m_session.reportReadFailure(error);
            }
        }
    }
    m_count->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_changing > 0);
}

} // namespace crm::ui
