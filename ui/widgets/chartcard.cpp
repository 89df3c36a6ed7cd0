#include "chartcard.h"

#include "chartpalette.h"
#include "support/filedialog.h"
#include "support/messagebox.h"
#include "support/texttone.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
// Room for every category label: Qt Charts elides a label taller than its category's band.
int minimumChartHeight(const BarChartData &data)
{
    constexpr int kBase = 240;
    if (!data.horizontal || data.isEmpty()) {
        return kBase;
    }
    const int band = data.stacked || data.sets.size() < 2 ? 24 : 30;
    return std::max(kBase, 110 + static_cast<int>(data.categories.size()) * band);
}
} // namespace

ChartCard::ChartCard(const QString &title, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_saveButton(new QToolButton(this)),
      m_copyButton(new QToolButton(this)), m_stack(new QStackedWidget(this)), m_view(new QChartView(m_stack)),
      m_empty(new QLabel(m_stack)), m_caption(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_title->setObjectName(u"chartTitle"_s);

    m_saveButton->setObjectName(u"savePngButton"_s);
    m_saveButton->setText(tr("Save PNG…"));
    m_saveButton->setToolTip(tr("Save this chart as a PNG picture"));
    m_saveButton->setAutoRaise(true);
    connect(m_saveButton, &QToolButton::clicked, this, &ChartCard::savePngAs);
    m_copyButton->setObjectName(u"copyTableButton"_s);
    m_copyButton->setText(tr("Copy table"));
    m_copyButton->setToolTip(tr("Copy the numbers of this chart as a table, for a spreadsheet"));
    m_copyButton->setAutoRaise(true);
    connect(m_copyButton, &QToolButton::clicked, this, &ChartCard::copyTable);

    m_view->setObjectName(u"chartView"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_empty->setObjectName(u"chartEmptyText"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    setTextTone(m_empty, Tone::Muted);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_caption->setObjectName(u"chartCaption"_s);
    m_caption->setWordWrap(true);
    setTextTone(m_caption, Tone::Muted);
    m_caption->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_saveButton);
    header->addWidget(m_copyButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_caption);
    setData({});
}

QString ChartCard::title() const
{
    return m_title->text();
}

void ChartCard::setTitle(const QString &title)
{
    m_title->setText(title);
}

void ChartCard::setData(const BarChartData &data)
{
    m_data = data;
    QChart *old = m_view->chart();
    if (data.isEmpty()) {
        m_empty->setText(data.emptyText.isEmpty() ? tr("Nothing to show") : data.emptyText);
        m_stack->setCurrentWidget(m_empty);
        m_view->setChart(new QChart); // an empty placeholder; setChart() leaves the old one to us
    } else {
        QChart *chart = createBarChart(data);
        applyPalette(chart, palette());
        m_view->setChart(chart);
        m_stack->setCurrentWidget(m_view);
    }
    m_view->setMinimumHeight(minimumChartHeight(data));
    delete old;
    m_caption->setText(data.caption);
    m_caption->setVisible(!data.caption.isEmpty());
    updateActions();
}

void ChartCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_data.isEmpty()) {
        applyPalette(m_view->chart(), palette());
    }
}

QChart *ChartCard::chart() const
{
    return m_data.isEmpty() ? nullptr : m_view->chart();
}

QString ChartCard::emptyText() const
{
    return m_data.isEmpty() ? m_empty->text() : QString();
}

QString ChartCard::caption() const
{
    return m_caption->text();
}

void ChartCard::updateActions()
{
    m_saveButton->setEnabled(!m_data.isEmpty());
    m_copyButton->setEnabled(!m_data.table.isEmpty());
}

QImage ChartCard::image() const
{
    // What the card shows without its buttons: the title, the chart and the caption.
    const QPixmap chart = m_stack->currentWidget()->grab();
    const QPixmap title = m_title->grab();
    const QPixmap caption = m_caption->isVisible() ? m_caption->grab() : QPixmap();
    const qreal ratio = chart.devicePixelRatio();
    const int margin = 8;
    const QSize logical = chart.deviceIndependentSize().toSize();
    const int height =
        margin + m_title->height() + margin + logical.height() + (caption.isNull() ? 0 : m_caption->height()) + margin;
    QImage image(QSize(logical.width() + 2 * margin, height) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    int y = margin;
    painter.drawPixmap(margin, y, title);
    y += m_title->height() + margin;
    painter.drawPixmap(margin, y, chart);
    y += logical.height();
    if (!caption.isNull()) {
        painter.drawPixmap(margin, y, caption);
    }
    return image;
}

bool ChartCard::savePng(const QString &path)
{
    QImageWriter writer(path, "png");
    if (!writer.write(image())) {
        MessageBox::critical(this, tr("Cannot save the picture"),
                             tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), writer.errorString()));
        return false;
    }
    return true;
}

void ChartCard::savePngAs()
{
    if (m_data.isEmpty()) {
        return;
    }
    const QString path = FileDialog::saveFileName(
        this, tr("Save the chart as PNG"),
        FileDialog::suggestedPath(QStandardPaths::PicturesLocation, title(), u".png"_s), tr("PNG pictures (*.png)"));
    if (!path.isEmpty()) {
        savePng(path);
    }
}

void ChartCard::copyTable() const
{
    if (m_data.table.isEmpty()) {
        return;
    }
    auto *mime = new QMimeData;
    mime->setText(m_data.table.toTsv());
    mime->setHtml(m_data.table.toHtml());
    QApplication::clipboard()->setMimeData(mime);
}

} // namespace crm::ui
