#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

class QAbstractItemView;
class QWidget;

namespace crm::test {

// One text as drawn: where it is, its colour and the colour under it.
struct ContrastSample
{
    QString where;
    QString text;
    QColor foreground;
    QColor background;
    double ratio = 0;

    QString describe() const;
};

// Collects the text colours a screen shows against the backgrounds they are drawn on: every visible,
// enabled label, check box and radio button (and the colours named inside rich text), and the cells of
// item views with the colours their models give. Disabled widgets are left out, as WCAG does.
class ContrastSampler
{
public:
    void sample(const QWidget &root, const QString &scene);
    void sampleView(const QAbstractItemView &view, const QString &scene);
    void add(const QString &where, const QString &text, const QColor &foreground, const QColor &background);

    // The background a widget's text is drawn on: the first of the widget and its parents that fills
    // its background, else its window's Window colour.
    static QColor backgroundOf(const QWidget &widget);
    static QPalette::ColorGroup groupOf(const QWidget &widget);

    const QList<ContrastSample> &samples() const { return m_samples; }
    QList<ContrastSample> below(double ratio) const;
    ContrastSample lowest() const;

private:
    QList<ContrastSample> m_samples;
};

// A dark palette such as a desktop's dark theme gives (Fusion's colours, dark): light text on #2b2b2b.
QPalette darkPalette();

// Sets the application's palette for a test and puts the previous one back after it.
class ApplicationPalette
{
public:
    explicit ApplicationPalette(const QPalette &palette);
    ~ApplicationPalette();
    ApplicationPalette(const ApplicationPalette &) = delete;
    ApplicationPalette &operator=(const ApplicationPalette &) = delete;

private:
    QPalette m_previous;
};

} // namespace crm::test
