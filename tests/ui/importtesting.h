#pragma once

// Drives the import wizard (File > Import…) as an officer does: files through the FileDialog seam,
// combos and buttons found by objectName, the wizard's own Next and Import buttons.

#include "dialogs/importsupport.h"
#include "dialogs/importwizard.h"
#include "formtesting.h"
#include "samplesession.h"
#include "support/filedialog.h"
#include "support/messagebox.h"
#include "testfiles.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <memory>

namespace crm::test::importwizard {

using namespace Qt::StringLiterals;
using crm::test::forms::child;

inline QString interchangeFile(const QString &name)
{
    return QStringLiteral(CRM_SOURCE_DIR "/tests/data/interchange/") + name;
}

// Contacts as an office keeps them in Excel: a new one at a sample investor, one already there
// (山本 誠 of Yazaki, by name and e-mail, whose phone the file adds), one at a company the database does not know.
inline QByteArray contactsCsv()
{
    return QStringLiteral("氏名,フリガナ,会社名,メール,役職,電話\r\n"
                          "田中 一郎,タナカ イチロウ,Yazaki,i.tanaka@example.jp,課長,03-1234-5678\r\n"
                          "山本 誠,ヤマモト マコト,矢崎総業株式会社,m.yamamoto@yazaki.example,,03-1111-2222\r\n"
                          "佐々木 次郎,ササキ ジロウ,Nowhere Trading KK,j.sasaki@example.jp,部長,\r\n")
        .toUtf8();
}

// Accepts the message boxes shown while it lives (a question answered through the seam can be
// followed by a box of its own, which the one-answer seam does not cover).
class ModalCloser
{
public:
    ModalCloser()
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                box->accept();
            }
        });
        m_timer.start(10);
    }

private:
    QTimer m_timer;
};

struct WizardFixture
{
    WizardFixture() : wizard(std::make_unique<ui::ImportWizard>(sample.session()))
    {
        ui::MessageBox::setNextAnswer(QMessageBox::NoButton);
        wizard->show();
    }
    ~WizardFixture()
    {
        ui::ImportProgressDialog::setObserver({});
        ui::MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        writeAll(path, bytes);
        return path;
    }
    template<class T>
    T *find(const QString &name)
    {
        return child<T>(*wizard, name);
    }
    void chooseKind(RecordKind kind)
    {
        auto *combo = find<QComboBox>(u"importKind"_s);
        combo->setCurrentIndex(combo->findData(static_cast<int>(kind)));
    }
    void chooseFiles(const QStringList &paths)
    {
        ui::FileDialog::setNextFileNames(paths);
        QTest::mouseClick(find<QAbstractButton>(u"chooseFiles"_s), Qt::LeftButton);
    }
    void choose(const QString &comboName, const QVariant &data)
    {
        auto *combo = find<QComboBox>(comboName);
        const int index = combo->findData(data);
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
    }
    void chooseText(const QString &comboName, const QString &text)
    {
        auto *combo = find<QComboBox>(comboName);
        const int index = combo->findText(text);
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
    }
    bool canGoOn(QWizard::WizardButton which = QWizard::NextButton) const
    {
        QAbstractButton *button = wizard->button(which);
        return button->isVisible() && button->isEnabled();
    }
    void click(QWizard::WizardButton which)
    {
        REQUIRE(canGoOn(which));
        QTest::mouseClick(wizard->button(which), Qt::LeftButton);
    }
    // The column of a table whose header is text, or -1.
    static int columnOf(const QTableWidget &table, const QString &text)
    {
        for (int c = 0; c < table.columnCount(); ++c) {
            if (table.horizontalHeaderItem(c) && table.horizontalHeaderItem(c)->text() == text) {
                return c;
            }
        }
        return -1;
    }
    // The row of the mapping table for a file's column header.
    int mappingRow(const QString &header)
    {
        auto *table = find<QTableWidget>(u"mappingTable"_s);
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == header) {
                return row;
            }
        }
        FAIL("no column " << header.toStdString());
        return -1;
    }

    SampleSession sample;
    QTemporaryDir dir;
    std::unique_ptr<ui::ImportWizard> wizard;
};

} // namespace crm::test::importwizard
