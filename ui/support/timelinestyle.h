#pragma once

#include "services/timeline.h"

#include <QColor>
#include <QIcon>

namespace crm::ui {

// One colour and one icon per kind of timeline event, shared by the list and the overview so that
// a kind reads the same everywhere. The kind's hue, as a light theme shows it.
QColor timelineKindColour(TimelineEventKind kind);
// The kind's hue made readable as text on background (lighter in a dark theme).
QColor timelineKindColour(TimelineEventKind kind, const QColor &background);
// The record-kind line icon of the event's kind, drawn in its colour readable on the application
// palette's base (the lists' background).
QIcon timelineKindIcon(TimelineEventKind kind);
// The warm colour of a deal's step back (on hold, lost, an earlier stage again), readable on background.
QColor timelineSetbackColour(const QColor &background);

} // namespace crm::ui
