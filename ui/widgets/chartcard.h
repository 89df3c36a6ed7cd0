#pragma once

#include "widgets/barchart.h"

#include <QFrame>

class QChartView;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace crm::ui {

// One chart of a dashboard with its title, a caption, and the two ways out: "Save PNG…" writes
// the title and the chart as a picture, "Copy table" puts the numbers behind it on the clipboard
// (tab-separated text for spreadsheets, and HTML) with a header row. Without data the card says
// so in words instead of drawing an empty axis.
class ChartCard final : public QFrame
{
    Q_OBJECT

public:
    explicit ChartCard(const QString &title, QWidget *parent = nullptr);

    QString title() const;
    void setTitle(const QString &title);
    // Replaces the chart (or shows data.emptyText when data has no categories).
    void setData(const BarChartData &data);
    const BarChartData &data() const { return m_data; }
    QChart *chart() const; // nullptr while the card shows its empty text
    QString emptyText() const;
    QString caption() const;

    // The title above the chart, as "Save PNG…" writes it.
    QImage image() const;
    // Writes image() as PNG; false (and a message box) when the file cannot be written.
    bool savePng(const QString &path);
    // Asks where (through FileDialog) and saves.
    void savePngAs();
    void copyTable() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateActions();

    BarChartData m_data;
    QLabel *m_title;
    QToolButton *m_saveButton;
    QToolButton *m_copyButton;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QLabel *m_empty;
    QLabel *m_caption;
};

} // namespace crm::ui
