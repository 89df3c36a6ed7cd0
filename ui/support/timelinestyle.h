#pragma once

#include "services/timeline.h"

#include <QColor>
#include <QIcon>

namespace crm::ui {

// One colour and one icon per kind of timeline event, shared by the list and the overview so that
// a kind reads the same everywhere. The colours are dark enough for text on a light background.
QColor timelineKindColour(TimelineEventKind kind);
// The record-kind line icon of the event's kind, drawn in timelineKindColour().
QIcon timelineKindIcon(TimelineEventKind kind);
// The warm colour of a deal's step back (on hold, lost, an earlier stage again).
QColor timelineSetbackColour();

} // namespace crm::ui
