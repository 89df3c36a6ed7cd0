#include "darkshots.h"

#include "mainwindow.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace {
// Fusion's colours in the dark, as a desktop's dark theme hands them to Qt.
QPalette darkPalette()
{
    const QColor text(0xe6, 0xe6, 0xe6);
    QPalette p(text, QColor(0x35, 0x35, 0x35), QColor(0x47, 0x47, 0x47), QColor(0x1a, 0x1a, 0x1a),
               QColor(0x5a, 0x5a, 0x5a), text, Qt::white, QColor(0x1f, 0x1f, 0x1f), QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x3b, 0x3b, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc8, 0xa2, 0xff));
    QColor placeholder = text;
    placeholder.setAlpha(128);
    p.setColor(QPalette::PlaceholderText, placeholder);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    }
    return p;
}
} // namespace

bool darkShots(crm::ui::DatabaseSession &session, const QString &delegateId, const QString &outDir,
               const std::function<bool(QWidget *, const QString &)> &save)
{
    const QPalette previous = QApplication::palette();
    QApplication::setPalette(darkPalette());
    bool ok = true;
    {
        crm::ui::MainWindow window(session);
        window.resize(1500, 900);
        window.show();
        if (!delegateId.isEmpty()) {
            window.openRecord(crm::RecordKind::Delegate, delegateId);
        }
        ok &= save(&window, outDir + u"/dark-main-window.png"_s);
        window.resize(1600, 1000);
        window.showSection(crm::ui::MainWindow::Section::Pipeline);
        ok &= save(&window, outDir + u"/dark-pipeline.png"_s);
    }
    QApplication::setPalette(previous);
    return ok;
}
