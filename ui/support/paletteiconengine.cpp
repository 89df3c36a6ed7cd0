#include "support/paletteiconengine.h"

#include "support/themecolours.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImageReader>
#include <QPainter>
#include <QPixmapCache>

namespace crm::ui {
namespace {
constexpr char kInk[] = "#3b4a5a";
constexpr char kAccent[] = "#1f6fb2";

QColor inkColour(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    return palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::WindowText);
}

QColor accentColour(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    if (mode == QIcon::Disabled) {
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    }
    return readableOn(QColor(QLatin1StringView(kAccent)), palette.color(QPalette::Window));
}
} // namespace

PaletteIconEngine::PaletteIconEngine(QByteArray svg) : m_svg(std::move(svg)) {}

bool PaletteIconEngine::recolours(const QByteArray &svg)
{
    return svg.contains(kInk);
}

void PaletteIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
}

QPixmap PaletteIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap PaletteIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State /*state*/, qreal scale)
{
    const QSize pixels = (QSizeF(size) * scale).toSize();
    if (pixels.isEmpty()) {
        return {};
    }
    const QColor ink = inkColour(mode);
    const QColor accent = accentColour(mode);
    const QString cacheKey = QStringLiteral("crm-icon-%1-%2x%3-%4-%5")
                                 .arg(QString::number(qHash(m_svg), 16))
                                 .arg(pixels.width())
                                 .arg(pixels.height())
                                 .arg(ink.name(QColor::HexArgb), accent.name(QColor::HexArgb));
    QPixmap pixmap;
    if (!QPixmapCache::find(cacheKey, &pixmap)) {
        QByteArray svg = m_svg;
        svg.replace(kInk, ink.name().toLatin1());
        svg.replace(kAccent, accent.name().toLatin1());
        QBuffer buffer(&svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(pixels);
        pixmap = QPixmap::fromImage(reader.read());
        QPixmapCache::insert(cacheKey, pixmap);
    }
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QSize PaletteIconEngine::actualSize(const QSize &size, QIcon::Mode /*mode*/, QIcon::State /*state*/)
{
    return size; // drawn from vectors: any size is exact
}

QIconEngine *PaletteIconEngine::clone() const
{
    return new PaletteIconEngine(m_svg);
}

QString PaletteIconEngine::key() const
{
    return QStringLiteral("crm-palette-svg");
}

bool PaletteIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace crm::ui
