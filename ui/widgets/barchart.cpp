#include "barchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
constexpr qsizetype kMaxLabelLength = 30; // the table keeps the whole name
constexpr qsizetype kMaxUprightLabels = 12;

QString cellText(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
}

QString elided(const QString &label)
{
    return label.size() <= kMaxLabelLength ? label : label.left(kMaxLabelLength - 1) + u'…';
}

QAbstractBarSeries *createSeries(const BarChartData &data)
{
    if (data.horizontal) {
        return data.stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                            : new QHorizontalBarSeries;
    }
    return data.stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries) : new QBarSeries;
}

// Every first, second, fifth or tenth category, to keep about a dozen labels.
qsizetype labelStep(qsizetype count)
{
    for (qsizetype step : {1, 2, 5, 10}) {
        if (count <= step * kMaxUprightLabels) {
            return step;
        }
    }
    return (count + kMaxUprightLabels - 1) / kMaxUprightLabels;
}

// The largest bar: a category's sum when the sets are stacked.
qreal largestValue(const BarChartData &data)
{
    qreal largest = 0;
    for (qsizetype i = 0; i < data.categories.size(); ++i) {
        qreal sum = 0;
        for (const BarSetData &set : data.sets) {
            const qreal value = set.values.value(i);
            largest = std::max(largest, value);
            sum += value;
        }
        if (data.stacked) {
            largest = std::max(largest, sum);
        }
    }
    return largest;
}

// From zero to a round number past the largest value, in at most six steps of 1, 2 or 5 times a
// power of ten (whole steps for counts), so that the tick labels read well.
void setReadableRange(QValueAxis *axis, qreal largest, bool integers)
{
    if (largest <= 0) {
        largest = integers ? 5 : 1;
    }
    const qreal rough = largest / 5;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    qreal step = 10 * magnitude;
    for (qreal factor : {1.0, 2.0, 5.0}) {
        if (factor * magnitude >= rough) {
            step = factor * magnitude;
            break;
        }
    }
    if (integers) {
        step = std::max<qreal>(1, std::ceil(step));
    }
    const int intervals = std::max(1, static_cast<int>(std::ceil(largest / step - 1e-9)));
    axis->setRange(0, intervals * step);
    axis->setTickCount(intervals + 1);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(step >= 1 ? u"%.0f"_s : (step >= 0.1 ? u"%.1f"_s : u"%.2f"_s));
}
} // namespace

QString ChartTable::toTsv() const
{
    QString text;
    const auto line = [&text](const QStringList &cells) {
        QStringList clean;
        for (const QString &cell : cells) {
            clean << cellText(cell);
        }
        text += clean.join(u'\t') + u'\n';
    };
    line(header);
    for (const QStringList &row : rows) {
        line(row);
    }
    return text;
}

QString ChartTable::toHtml() const
{
    QString html = u"<table><thead><tr>"_s;
    for (const QString &cell : header) {
        html += u"<th>"_s + cell.toHtmlEscaped() + u"</th>"_s;
    }
    html += u"</tr></thead><tbody>"_s;
    for (const QStringList &row : rows) {
        html += u"<tr>"_s;
        for (const QString &cell : row) {
            html += u"<td>"_s + cell.toHtmlEscaped() + u"</td>"_s;
        }
        html += u"</tr>"_s;
    }
    return html + u"</tbody></table>"_s;
}

QChart *createBarChart(const BarChartData &data)
{
    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setVisible(data.sets.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);

    // Horizontal bars are drawn from the bottom up: reversed, the first category is on top.
    QStringList categories;
    for (const QString &category : data.categories) {
        categories << elided(category);
    }
    const auto ordered = [&data](QList<qreal> values) {
        if (data.horizontal) {
            std::reverse(values.begin(), values.end());
        }
        return values;
    };
    if (data.horizontal) {
        std::reverse(categories.begin(), categories.end());
    }

    QAbstractBarSeries *series = createSeries(data);
    for (const BarSetData &setData : data.sets) {
        auto *set = new QBarSet(setData.name);
        set->append(ordered(setData.values));
        if (setData.color.isValid()) {
            set->setColor(setData.color);
            set->setBorderColor(setData.color.darker(115));
        }
        series->append(set);
    }
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    setReadableRange(valueAxis, largestValue(data), data.integers);
    valueAxis->setTitleText(data.valueTitle);
    chart->addAxis(categoryAxis, data.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, data.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    if (!data.horizontal && categories.size() > kMaxUprightLabels) {
        // Thirty years side by side would each be elided to "…": label every few instead, on an
        // axis of the same span (the bars of category i sit at i).
        categoryAxis->setVisible(false);
        auto *sparse = new QCategoryAxis;
        const qsizetype count = categories.size();
        sparse->setRange(-0.5, static_cast<qreal>(count) - 0.5);
        sparse->setStartValue(-0.5);
        sparse->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        sparse->setGridLineVisible(false);
        const qsizetype step = labelStep(count);
        for (qsizetype i = 0; i < count; i += step) {
            sparse->append(categories.at(i), static_cast<qreal>(i));
        }
        chart->addAxis(sparse, Qt::AlignBottom);
    }
    return chart;
}

} // namespace crm::ui
