#include "fieldlinkaction.h"

#include "domain/weblinks.h"
#include "support/icons.h"
#include "support/messagebox.h"
#include "support/urlopener.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace crm::ui {

FieldLinkAction::FieldLinkAction(FieldLink link, QLineEdit *edit) : QAction(edit), m_link(link), m_edit(edit)
{
    setObjectName(edit->objectName() + u"Link"_s);
    const bool email = link == FieldLink::Email;
    setText(email ? tr("Write E-mail") : tr("Open Website"));
    setIcon(ui::icon(email ? u"email"_s : u"website"_s));
    edit->addAction(this, QLineEdit::TrailingPosition);
    connect(edit, &QLineEdit::textChanged, this, &FieldLinkAction::update);
    connect(this, &QAction::triggered, this, &FieldLinkAction::openLink);
    update();
}

QUrl FieldLinkAction::url() const
{
    const QString text = m_edit->text();
    switch (m_link) {
    case FieldLink::Email:
        return weblinks::mailUrl(text);
    case FieldLink::Website:
        return weblinks::webUrl(text);
    case FieldLink::None:
        break;
    }
    return {};
}

void FieldLinkAction::update()
{
    const QUrl link = url();
    setVisible(!link.isEmpty());
    const QString shown = link.toDisplayString();
    setToolTip(m_link == FieldLink::Email ? tr("Write an e-mail to %1").arg(link.path())
                                          : tr("Open %1 in the browser").arg(shown));
}

void FieldLinkAction::openLink()
{
    const QUrl link = url();
    if (!weblinks::isAllowed(link)) {
        return; // only mailto:, http: and https: ever leave the application
    }
    if (!UrlOpener::open(link)) {
        MessageBox::critical(m_edit, text(),
                             m_link == FieldLink::Email
                                 ? tr("No mail program on this computer opened %1.").arg(link.toDisplayString())
                                 : tr("No browser on this computer opened %1.").arg(link.toDisplayString()));
    }
}

} // namespace crm::ui
