#include "urlopener.h"

#include <QDesktopServices>

namespace crm::ui {

std::function<bool(const QUrl &)> UrlOpener::s_handler;

bool UrlOpener::open(const QUrl &url)
{
    return s_handler ? s_handler(url) : QDesktopServices::openUrl(url);
}

void UrlOpener::setHandler(std::function<bool(const QUrl &)> handler)
{
    s_handler = std::move(handler);
}

} // namespace crm::ui
