#pragma once

#include <QUrl>
#include <functional>

namespace crm::ui {

// Hands a link or a file to the officer's own programs (mail, browser, calendar) through
// QDesktopServices, unless a test has put a handler in its place, so that a test checks what would
// be opened without launching anything (like the MessageBox and FileDialog seams).
class UrlOpener final
{
public:
    // Whether the system (or the test's handler) took the URL.
    static bool open(const QUrl &url);
    // Replaces QDesktopServices until reset with an empty handler.
    static void setHandler(std::function<bool(const QUrl &)> handler);

private:
    static std::function<bool(const QUrl &)> s_handler;
};

} // namespace crm::ui
