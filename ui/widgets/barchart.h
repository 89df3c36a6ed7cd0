#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class QChart;

namespace crm::ui {

// The numbers behind a chart, as a table with a header row: what "Copy table" puts on the clipboard.
struct ChartTable
{
    QStringList header;
    QList<QStringList> rows;

    bool isEmpty() const { return rows.isEmpty(); }
    // Tab-separated, one line per row after the header, "\n" line ends; tabs and line breaks
    // inside a value become spaces so that a spreadsheet sees the same cells.
    QString toTsv() const;
    // The same as an HTML table, for word processors.
    QString toHtml() const;
};

// One set of bars: a legend entry and one value per category.
struct BarSetData
{
    QString name;
    QList<qreal> values;
    QColor color;
};

// A bar chart described as data, so that the dashboard's rules can be tested without pixels.
struct BarChartData
{
    QStringList categories; // first on top (horizontal bars) or on the left (columns)
    QList<BarSetData> sets;
    bool horizontal = true; // bars grow to the right, categories down the left side
    bool stacked = false;
    bool integers = false; // counts: whole-number ticks
    QString valueTitle;    // the value axis's title ("Million USD")
    ChartTable table;
    QString caption;   // under the chart: what is left out, how it counts
    QString emptyText; // shown instead of the chart when there are no categories

    bool isEmpty() const { return categories.isEmpty(); }
};

// A new chart (owned by the caller) drawing data with Qt Charts: a category axis and a value axis
// starting at zero with readable steps, the legend at the bottom when there are several sets.
QChart *createBarChart(const BarChartData &data);

} // namespace crm::ui
