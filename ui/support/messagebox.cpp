#include "messagebox.h"

namespace crm::ui {

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;
QString MessageBox::s_lastText;

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons, QMessageBox::StandardButton def)
{
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const auto answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, def);
}

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        s_nextAnswer = QMessageBox::NoButton;
        return;
    }
    QMessageBox::critical(parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

} // namespace crm::ui
