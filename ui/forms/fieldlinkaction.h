#pragma once

#include "formfields.h"

#include <QAction>
#include <QUrl>

class QLineEdit;

namespace crm::ui {

// The small button at the end of an e-mail or website field: "Write E-mail" opens mailto:ADDRESS in
// the officer's mail program, "Open Website" the site in the browser (https:// added when the value
// has none). Shown only while the field holds something that makes such a link; it works in a
// read-only form too. Named after the field: "emailLink", "websiteLink".
class FieldLinkAction final : public QAction
{
    Q_OBJECT

public:
    FieldLinkAction(FieldLink link, QLineEdit *edit);

    // The link the field's text makes now; empty when it makes none.
    QUrl url() const;

private:
    void update();
    void openLink();

    FieldLink m_link;
    QLineEdit *m_edit;
};

} // namespace crm::ui
