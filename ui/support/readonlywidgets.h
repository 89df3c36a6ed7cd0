#pragma once

class QWidget;

namespace crm::ui {

// Makes every editor under root read-only, for a database that can only be read (an archive on
// read-only media): text stays selectable and copyable, while choices, buttons and in-place editing
// are switched off, and stay off when an editor re-enables its buttons as its selection moves.
// Buttons named "openButton" (which open a linked record) keep working: they only navigate.
void makeReadOnly(QWidget *root);

} // namespace crm::ui
