#include "dialogs/meetingentrydialog.h"
#include "forms/recordform.h"
#include "formtesting.h"

#include <QComboBox>

using namespace Qt::StringLiterals;
using namespace crm;
using namespace crm::ui;
using namespace crm::test::forms;

namespace {
// The levels a combo offers, by the value each stands for (the "not recorded" entry left out).
QMap<qint64, QString> levels(const QComboBox &combo)
{
    QMap<qint64, QString> result;
    for (int i = 0; i < combo.count(); ++i) {
        bool ok = false;
        const qint64 level = combo.itemData(i).toLongLong(&ok);
        if (ok && level > 0) {
            result.insert(level, combo.itemText(i));
        }
    }
    return result;
}
} // namespace

TEST_CASE("an interest level reads the same in quick meeting entry and in the meeting form", "[ui][interest]")
{
    SampleForms sample;
    MeetingEntryDialog dialog(sample.session());
    RecordForm form(RecordKind::Meeting, sample.session());
    const QMap<qint64, QString> entry = levels(*child<QComboBox>(dialog, u"interestCombo"_s));
    const QMap<qint64, QString> meeting = levels(*child<QComboBox>(form, u"interest_level"_s));
    CHECK(entry.keys() == QList<qint64>{1, 2, 3, 4, 5});
    CHECK(entry == meeting);
}
