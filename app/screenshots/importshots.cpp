#include "importshots.h"

#include "databasesession.h"
#include "dialogs/importsourcepage.h"
#include "dialogs/importwizard.h"

#include <QFile>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

bool importShots(crm::ui::DatabaseSession &session, QWidget *window, const QString &outDir, const QString &prefix,
                 const std::function<bool(QWidget *, const QString &)> &save)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"取引先リスト.csv"_s);
    const QString text =
        u"会社名,氏名,フリガナ,役職,部署,メール,電話\r\n"
        "矢崎総業株式会社,田中 一郎,タナカ イチロウ,課長,海外事業本部,i.tanaka@yazaki.example,03-1234-5678\r\n"
        "矢崎総業株式会社,山本 誠,ヤマモト マコト,部長,,m.yamamoto@yazaki.example,\r\n"
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
    bool ok = save(&wizard, outDir + u"/"_s + prefix + u"source.png"_s);
    wizard.next();
    ok &= save(&wizard, outDir + u"/"_s + prefix + u"mapping.png"_s);
    wizard.next();
    ok &= save(&wizard, outDir + u"/"_s + prefix + u"preview.png"_s);
    if (auto *tabs = wizard.findChild<QTabWidget *>(u"previewTabs"_s)) {
        tabs->setCurrentIndex(2);
        ok &= save(&wizard, outDir + u"/"_s + prefix + u"duplicates.png"_s);
        tabs->setCurrentIndex(0);
        ok &= save(&wizard, outDir + u"/"_s + prefix + u"rows.png"_s);
    }
    wizard.reject();
    return ok;
}
