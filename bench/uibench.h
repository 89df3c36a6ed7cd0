#pragma once

#include "harness.h"
#include "rawtimeline.h"
#include "timelinedataset.h"

#include <QDate>
#include <memory>
#include <utility>

class QWidget;

namespace crm::ui {
class DatabaseSession;
class StoryPane;
} // namespace crm::ui

namespace crm::bench {

class PaintCounter;

// What the officer sees of the delegate timeline: the story pane (impact panel, overview strip,
// timeline list) shown in a 1000x800 window, opened on the dataset through the app's own
// DatabaseSession. Each step ends when Qt has painted what it changed, so the times include the
// models, the item layout and the painting, not only the reading. Needs a QApplication.
class UiBench final
{
public:
    explicit UiBench(const TimelineDataset &dataset);
    ~UiBench();
    Q_DISABLE_COPY_MOVE(UiBench)

    static QStringList operationNames();
    // The steps drive this object's widgets: run them one at a time, in the order given.
    QList<Operation> operations();

private:
    void showBig();
    // Lets the view lay out (its layout is posted) and paints what changed, synchronously.
    void settle();
    // Throws when the timeline list painted nothing since the last call: the step timed nothing.
    void checkPainted(const QString &operation);

    TimelineDataset m_dataset;
    RawTimeline m_raw;
    std::unique_ptr<ui::DatabaseSession> m_session;
    std::unique_ptr<ui::StoryPane> m_pane;
    std::unique_ptr<PaintCounter> m_paints;
    QString m_otherId; // another delegate, shown between the runs of "show"
    std::pair<QDate, QDate> m_fullRange;
    int m_run = 0; // scroll positions and overview ranges change from run to run
};

} // namespace crm::bench
