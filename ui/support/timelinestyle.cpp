#include "support/timelinestyle.h"

#include "support/icons.h"
#include "support/themecolours.h"

#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
struct KindStyle
{
    TimelineEventKind kind;
    QRgb colour;
    const char *icon; // resources/icons/<icon>.svg
};

// Programme and career in blues and greys, deals in greens, the officer's own work in ambers.
const KindStyle kindStyles[] = {
    {TimelineEventKind::Stay, 0x1f6fb2, "delegate"},
    {TimelineEventKind::CareerPosition, 0x5a6b7d, "agency"},
    {TimelineEventKind::Mission, 0x7b4fa8, "mission"},
    {TimelineEventKind::Meeting, 0x0f8a7e, "meeting"},
    {TimelineEventKind::StageChange, 0x2e8540, "deal"},
    {TimelineEventKind::Impact, 0x8a6d00, "investor"},
    {TimelineEventKind::Note, 0x6b6f73, "note"},
    {TimelineEventKind::FollowUpDue, 0xb85c00, "followup"},
    {TimelineEventKind::FollowUpDone, 0x4d7f2a, "followup"},
    {TimelineEventKind::ContactJoined, 0x2a6f97, "contact"},
    {TimelineEventKind::ContactLeft, 0x7d8790, "contact"},
};

const KindStyle &styleOf(TimelineEventKind kind)
{
    for (const KindStyle &style : kindStyles) {
        if (style.kind == kind) {
            return style;
        }
    }
    return kindStyles[0];
}

// The SVG's strokes recoloured: the pixels keep their coverage and take the kind's colour.
QPixmap tinted(const QIcon &source, int size, const QColor &colour)
{
    QPixmap pixmap = source.pixmap(QSize(size, size));
    QPainter painter(&pixmap);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(pixmap.rect(), colour);
    return pixmap;
}
} // namespace

QColor timelineKindColour(TimelineEventKind kind)
{
    return QColor::fromRgb(styleOf(kind).colour);
}

QColor timelineKindColour(TimelineEventKind kind, const QColor &background)
{
    return readableOn(timelineKindColour(kind), background);
}

QIcon timelineKindIcon(TimelineEventKind kind)
{
    // One per kind and colour: a palette changed while the application runs gets icons of its own.
    static QHash<quint64, QIcon> cache;
    const QColor colour = timelineKindColour(kind, QGuiApplication::palette().color(QPalette::Base));
    const quint64 key = (quint64(kind) << 32) | colour.rgb();
    auto it = cache.find(key);
    if (it == cache.end()) {
        const QIcon source = icon(QString::fromLatin1(styleOf(kind).icon));
        QIcon icon;
        for (int size : {16, 20, 24, 32, 48}) {
            icon.addPixmap(tinted(source, size, colour));
        }
        it = cache.insert(key, icon);
    }
    return *it;
}

QColor timelineSetbackColour(const QColor &background)
{
    return readableOn(QColor::fromRgb(0xc0392b), background);
}

} // namespace crm::ui
