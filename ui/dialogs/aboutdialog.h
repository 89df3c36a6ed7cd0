#pragma once

#include <QDialog>

class QTextBrowser;

namespace crm::ui {

// Help > About Delegates CRM: the version, the GPL-3 notice, and what the app ships from others
// under which licence (Qt, the IPA font, iso-codes, libsodium, Mustache, SQLite). Licence texts that
// ship with the app open in the user guide's viewer; web addresses in the browser.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QString version();
    QString text() const;

private:
    QTextBrowser *m_text;
};

} // namespace crm::ui
