#pragma once

#include <QByteArray>
#include <QIconEngine>

namespace crm::ui {

// One of the application's line icons drawn in the colours of the current application palette: the
// file's ink (#3b4a5a) becomes the window text colour and its accent (#1f6fb2) a blue readable on the
// window, so the icons stay visible in a dark theme. Each size and colour is rendered once (QPixmapCache);
// a new palette simply asks for new colours.
class PaletteIconEngine final : public QIconEngine
{
public:
    explicit PaletteIconEngine(QByteArray svg);

    // True when the SVG uses the ink colour that this engine replaces.
    static bool recolours(const QByteArray &svg);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    QByteArray m_svg;
};

} // namespace crm::ui
