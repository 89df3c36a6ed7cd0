#include "aboutdialog.h"

#include "dialogs/userguidedialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_text(new QTextBrowser(this))
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Delegates CRM"));
    m_text->setObjectName(u"aboutText"_s);
    m_text->setAccessibleName(tr("About Delegates CRM"));
    m_text->setOpenLinks(false);
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"qrc"_s) {
            UserGuideDialog::showPage(parentWidget() ? parentWidget() : this, url);
        } else {
            QDesktopServices::openUrl(url);
        }
    });

    const QString row = u"<tr><td>%1</td><td>%2</td></tr>"_s;
    QString components;
    components += row.arg(tr("Qt %1 (Widgets, Sql, Print Support)").arg(QString::fromLatin1(qVersion())),
                          tr("GNU LGPL 3.0 or GNU GPL 3.0"));
    components += row.arg(tr("Qt Charts (the dashboard)"), tr("GNU GPL 3.0, hence this program's GPL-3.0-or-later"));
    components += row.arg(tr("IPA Gothic font by IPA (now CITPC), in printed documents"),
                          tr("<a href=\"%1\">IPA Font License Agreement v1.0</a>")
                              .arg(u"qrc:/guide/resources/fonts/IPA_Font_License_Agreement_v1.0.txt"_s));
    components +=
        row.arg(tr("iso-codes: country and currency names, with their translations"), tr("GNU LGPL 2.1 or later"));
    components += row.arg(tr("libsodium (encryption of sync packages)"), tr("ISC licence"));
    components += row.arg(tr("Mustache templates by Kevin Wojniak (kainjow)"), tr("Boost Software License 1.0"));
    components += row.arg(tr("SQLite"), tr("public domain"));
    components +=
        row.arg(tr("Variant kanji table (search), derived from the Unicode Han Database"), tr("Unicode licence"));
    components += row.arg(tr("…and from KANJIDIC2, the property of the Electronic Dictionary Research and Development "
                             "Group, used in conformance with the Group's <a href=\"%1\">licence</a>")
                              .arg(u"https://www.edrdg.org/edrdg/licence.html"_s),
                          tr("Creative Commons Attribution-ShareAlike 3.0"));
    components += row.arg(tr("The sample dataset, templates and icons"),
                          tr("part of this program; the agencies, investors and deals other than AMDIE and "
                             "Yazaki are fictional"));

    m_text->setHtml(u"<h2>"_s + tr("Delegates CRM %1").arg(version()) + u"</h2><p>"_s +
                    tr("The CRM of the ITPO Japan Delegates Programme (UNIDO Investment and Technology Promotion "
                       "Office, Tokyo).") +
                    u"</p><p>"_s +
                    tr("This program is free software: you can redistribute it and/or modify it under the terms of "
                       "the GNU General Public License as published by the Free Software Foundation, either version "
                       "3 of the License, or (at your option) any later version.") +
                    u"</p><p>"_s +
                    tr("This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; "
                       "without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. "
                       "See the <a href=\"%1\">GNU General Public License</a> for more details.")
                        .arg(u"qrc:/guide/LICENSE"_s) +
                    u"</p><h3>"_s + tr("Shipped with it, under their own licences") +
                    u"</h3><table cellpadding=\"3\">"_s + components + u"</table>"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(QSize(640, 620).boundedTo(screen.size() * 9 / 10));
}

QString AboutDialog::version()
{
    return QStringLiteral(CRM_VERSION);
}

QString AboutDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace crm::ui
