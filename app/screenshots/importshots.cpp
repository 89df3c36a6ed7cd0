#include "importshots.h"

#include "databasesession.h"
#include "dialogs/importhistorydialog.h"
#include "dialogs/importsourcepage.h"
#include "dialogs/importsupport.h"
#include "dialogs/importwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

bool importShots(crm::ui::DatabaseSession &session, QWidget *window, const QString &outDir, const QString &prefix,
                 const QStringList &wanted, const std::function<bool(QWidget *, const QString &)> &save)
{
    const auto shot = [&](QWidget *widget, const QString &name) {
        return !wanted.contains(name) || save(widget, outDir + u"/"_s + prefix + name + u".png"_s);
    };
    QTemporaryDir dir;
    const QString path = dir.filePath(u"取引先リスト.csv"_s);
    const QString text =
        u"会社名,氏名,フリガナ,役職,部署,メール,電話\r\n"
        "矢崎総業株式会社,田中 一郎,タナカ イチロウ,課長,海外事業本部,i.tanaka@yazaki.example,03-1234-5678\r\n"
        "矢崎総業株式会社,山本 誠,ヤマモト マコト,部長,,m.yamamoto@yazaki.example,03-1111-2222\r\n"
        "東雲繊維㈱,佐藤 美咲,サトウ ミサキ,主任,生産本部,m.sato@shinonome-textile.example,0776-12-3456\r\n"
        "桜海食品,髙橋 健,タカハシ ケン,課長,海外事業部,k.takahashi@sakuraumi-foods.example,06-1234-0000\r\n"
        "青嶺エナジー,森田 彩,モリタ アヤ,主任,,a.morita@aomine-energy.example,\r\n"
        "株式会社ノーウェア商事,鈴木 次郎,スズキ ジロウ,代表取締役,,j.suzuki@nowhere.example,\r\n"_s;
    QStringEncoder cp932("windows-31j");
    QFile file(path);
    if (!cp932.isValid() || !file.open(QIODevice::WriteOnly) || file.write(cp932.encode(text)) < 0) {
        return false;
    }
    file.close();

    crm::ui::ImportWizard wizard(session, window);
    wizard.show();
    auto *source = qobject_cast<crm::ui::ImportSourcePage *>(wizard.page(crm::ui::ImportWizard::SourcePage));
    source->setFiles({path});
    bool ok = shot(&wizard, u"source"_s);
    wizard.next();
    ok &= shot(&wizard, u"mapping"_s);
    wizard.next();
    ok &= shot(&wizard, u"preview"_s);
    if (auto *tabs = wizard.findChild<QTabWidget *>(u"previewTabs"_s)) {
        tabs->setCurrentIndex(2);
        // One duplicate's choice changed from the default, as an officer would.
        if (auto *choice = wizard.findChild<QComboBox *>(u"duplicateChoice0"_s)) {
            choice->setCurrentIndex(
                choice->findText(crm::ui::ImportText::choice(crm::imports::DuplicateChoice::UpdateEmpty)));
        }
        ok &= shot(&wizard, u"duplicates"_s);
        tabs->setCurrentIndex(0);
        ok &= shot(&wizard, u"rows"_s);
    }
    // Imported (the last shots: the sample data then holds these contacts), and the history.
    if (auto *skip = wizard.findChild<QCheckBox *>(u"skipRefused"_s)) {
        skip->setChecked(true);
        wizard.next();
        ok &= shot(&wizard, u"done"_s);
    }
    wizard.reject();
    {
        crm::ui::ImportHistoryDialog history(session, window);
        history.show();
        ok &= shot(&history, u"history"_s);
    }

    // A folder of business cards from phones, when run from the source tree: the readers' notes.
    const QStringList cards{u"tests/data/interchange/ezvcard-John_Doe_IPHONE.vcf"_s,
                            u"tests/data/interchange/aosp-v21_japanese_1.vcf"_s,
                            u"tests/data/interchange/handmade-ios-japanese.vcf"_s};
    if (QFile::exists(cards.constFirst())) {
        crm::ui::ImportWizard cardsWizard(session, window);
        cardsWizard.show();
        qobject_cast<crm::ui::ImportSourcePage *>(cardsWizard.page(crm::ui::ImportWizard::SourcePage))->setFiles(cards);
        ok &= shot(&cardsWizard, u"cards"_s);
        cardsWizard.next();
        ok &= shot(&cardsWizard, u"cards-mapping"_s);
        cardsWizard.reject();
    }
    return ok;
}
