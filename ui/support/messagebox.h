#pragma once

#include <QMessageBox>

namespace crm::ui {

// The only way the UI asks the user a question. Tests queue the answer with setNextAnswer() so
// that a modal dialog never blocks them (KeePassXC's MessageBox seam).
class MessageBox final
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton def);
    static void critical(QWidget *parent, const QString &title, const QString &text);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last message shown or answered through the seam, for tests.
    static QString lastText();

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastText;
};

} // namespace crm::ui
