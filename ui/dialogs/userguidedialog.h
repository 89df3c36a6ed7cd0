#pragma once

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace crm::ui {

// Help > User Guide: the README (and the documents it links to, with its screenshots), compiled into
// the app and rendered from Markdown, so the guide is there on a mission laptop without network or
// an installed copy, and always matches the version running.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(const QUrl &page = readme(), QWidget *parent = nullptr);

    static QUrl readme();
    // Opens the guide (non-modal, closed with its parent) at a page.
    static UserGuideDialog *showPage(QWidget *parent, const QUrl &page = readme());
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace crm::ui
