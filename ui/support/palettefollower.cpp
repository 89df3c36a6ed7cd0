#include "support/palettefollower.h"

#include <QEvent>
#include <QWidget>

namespace crm::ui {
namespace {
// A child of the widget it watches, so it lives and dies with it.
class PaletteFollower final : public QObject
{
public:
    PaletteFollower(QWidget *widget, std::function<void(QWidget *)> apply)
        : QObject(widget), m_widget(widget), m_apply(std::move(apply))
    {
        widget->installEventFilter(this);
        run();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget &&
            (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange ||
             event->type() == QEvent::ParentChange)) {
            run();
        }
        return false;
    }

private:
    void run()
    {
        if (m_running) {
            return;
        }
        m_running = true;
        m_apply(m_widget);
        m_running = false;
    }

    QWidget *m_widget;
    std::function<void(QWidget *)> m_apply;
    bool m_running = false;
};
} // namespace

void followPalette(QWidget *widget, std::function<void(QWidget *)> apply)
{
    new PaletteFollower(widget, std::move(apply));
}

} // namespace crm::ui
