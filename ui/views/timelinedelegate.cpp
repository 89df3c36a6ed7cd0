#include "timelinedelegate.h"

#include "models/timelinemodel.h"
#include "support/themecolours.h"
#include "support/timelinestyle.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
constexpr int padding = 8;       // left and right of the row
constexpr int markerSize = 26;   // the kind's circle on the rail
constexpr int markerColumn = 42; // the rail's column, marker centred in it
constexpr int eventVPadding = 6; // above and below an event's two lines
constexpr int lineSpacing = 2;   // between an event's two lines
constexpr int iconSize = 16;

QFont yearFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 1.3 : 12);
    return font;
}

QFont boldFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    if (base.pointSizeF() > 0) {
        font.setPointSizeF(base.pointSizeF() * 0.9);
    }
    return font;
}

QColor secondaryText(const QStyleOptionViewItem &option)
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &p = option.palette;
    return selected ? p.color(QPalette::HighlightedText)
                    : mixColours(p.color(QPalette::Text), p.color(QPalette::Base), 0.42);
}

TimelineModel::RowType rowType(const QModelIndex &index)
{
    return index.data(TimelineModel::RowTypeRole).value<TimelineModel::RowType>();
}

QString countText(const QModelIndex &index)
{
    return TimelineDelegate::tr("%n event(s)", nullptr, index.data(TimelineModel::EventCountRole).toInt());
}
} // namespace

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = option.rect.width() > 0 ? option.rect.width() : 400;
    const int line = option.fontMetrics.height();
    switch (rowType(index)) {
    case TimelineModel::RowType::YearHeader:
        return {width, QFontMetrics(yearFont(option.font)).height() + 14};
    case TimelineModel::RowType::MonthHeader:
        return {width, line + 10};
    case TimelineModel::RowType::Event:
        break;
    }
    return {width, std::max(2 * line + lineSpacing + 2 * eventVPadding, markerSize + 2 * eventVPadding)};
}

int TimelineDelegate::dateColumnWidth(const QStyleOptionViewItem &option) const
{
    // Wide enough for a span of days ("14 Oct 1996 – 8 Dec 1996"), the longest common case; a
    // rarer longer one is elided, whole in the tooltip. Never more than 30% of a narrow pane.
    const QString sample =
        tr("%1 – %2").arg(PartialDate(QDate(2000, 12, 28)).toDisplay(), PartialDate(QDate(2009, 12, 28)).toDisplay());
    const int wanted = option.fontMetrics.horizontalAdvance(sample) + 8;
    return std::clamp(wanted, 96, std::max(96, option.rect.width() * 3 / 10));
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    // Headers cannot be chosen, so the view hands them the disabled palette: they are not disabled.
    QStyleOptionViewItem header = option;
    header.palette.setCurrentColorGroup(option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive);
    switch (rowType(index)) {
    case TimelineModel::RowType::YearHeader:
        paintYear(painter, header, index);
        break;
    case TimelineModel::RowType::MonthHeader:
        paintMonth(painter, header, index);
        break;
    case TimelineModel::RowType::Event:
        paintEvent(painter, option, index);
        break;
    }
    painter->restore();
}

void TimelineDelegate::paintRail(QPainter *painter, const QStyleOptionViewItem &option) const
{
    const int x = option.rect.left() + padding + dateColumnWidth(option) + markerColumn / 2;
    const QColor rail = mixColours(option.palette.color(QPalette::Base), option.palette.color(QPalette::Text), 0.18);
    painter->fillRect(QRect(x - 1, option.rect.top(), 2, option.rect.height()), rail);
}

void TimelineDelegate::paintYear(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &p = option.palette;
    const QRect band = option.rect.adjusted(0, 4, 0, 0);
    painter->fillRect(band, mixColours(p.color(QPalette::Base), p.color(QPalette::Highlight), 0.14));
    painter->fillRect(QRect(band.left(), band.bottom(), band.width(), 1),
                      mixColours(p.color(QPalette::Base), p.color(QPalette::Highlight), 0.45));
    const QRect text = band.adjusted(padding, 0, -padding, 0);
    painter->setPen(secondaryText(option));
    painter->setFont(smallFont(option.font));
    const QString count = countText(index);
    painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, count);
    painter->setPen(p.color(QPalette::Text));
    painter->setFont(yearFont(option.font));
    const int countWidth = QFontMetrics(smallFont(option.font)).horizontalAdvance(count) + padding;
    painter->drawText(
        text.adjusted(0, 0, -countWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(painter->font()).elidedText(index.data().toString(), Qt::ElideRight, text.width() - countWidth));
}

void TimelineDelegate::paintMonth(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    paintRail(painter, option);
    const QRect text = option.rect.adjusted(padding, 0, -padding, 0);
    const int width = std::min(dateColumnWidth(option), text.width());
    painter->setPen(mixColours(option.palette.color(QPalette::Text), option.palette.color(QPalette::Base), 0.2));
    painter->setFont(boldFont(option.font));
    painter->drawText(QRect(text.left(), text.top(), width, text.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(painter->font()).elidedText(index.data().toString(), Qt::ElideRight, width));
}

void TimelineDelegate::paintEvent(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget); // selection and hover
    paintRail(painter, option);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &p = option.palette;
    const QColor text = p.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor grey = secondaryText(option);
    const auto kind = index.data(TimelineModel::KindRole).value<TimelineEventKind>();
    const bool setback = index.data(TimelineModel::SetbackRole).toBool();
    const QColor base = p.color(QPalette::Base);
    const QColor colour = setback ? timelineSetbackColour(base) : timelineKindColour(kind, base);

    const QFontMetrics fm = option.fontMetrics;
    const int line = fm.height();
    const QRect r = option.rect.adjusted(padding, eventVPadding, -padding, -eventVPadding);
    const int top = r.top() + (r.height() - (2 * line + lineSpacing)) / 2;
    const QRect firstLine(r.left(), top, r.width(), line);
    const QRect secondLine(r.left(), top + line + lineSpacing, r.width(), line);

    // The dates, and below them how long a span lasted.
    const int dateWidth = dateColumnWidth(option);
    painter->setFont(option.font);
    painter->setPen(text);
    painter->drawText(QRect(firstLine.left(), firstLine.top(), dateWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(TimelineModel::DateTextRole).toString(), Qt::ElideRight, dateWidth));
    const QString length = index.data(TimelineModel::SpanLengthRole).toString();
    if (!length.isEmpty()) {
        painter->setPen(grey);
        painter->setFont(smallFont(option.font));
        painter->drawText(QRect(secondLine.left(), secondLine.top(), dateWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(painter->font()).elidedText(length, Qt::ElideRight, dateWidth));
    }

    // The marker on the rail: the kind's icon in its colour, or a warm "↩" for a step back.
    const int centreX = r.left() + dateWidth + markerColumn / 2;
    const QRectF marker(centreX - markerSize / 2.0, option.rect.center().y() - markerSize / 2.0 + 0.5, markerSize,
                        markerSize);
    painter->setPen(QPen(colour, 1.5));
    painter->setBrush(mixColours(p.color(QPalette::Base), colour, 0.14));
    painter->drawEllipse(marker.adjusted(0.75, 0.75, -0.75, -0.75));
    if (setback) {
        QFont arrow = boldFont(option.font);
        arrow.setPixelSize(iconSize);
        painter->setFont(arrow);
        painter->setPen(colour);
        painter->drawText(marker, Qt::AlignCenter, u"\u21a9"_s);
    } else {
        const QRect iconRect(static_cast<int>(marker.center().x()) - iconSize / 2,
                             static_cast<int>(marker.center().y()) - iconSize / 2, iconSize, iconSize);
        timelineKindIcon(kind).paint(painter, iconRect);
    }

    // The title in bold with the kind's name on its right; the role and the summary below it.
    const int textLeft = r.left() + dateWidth + markerColumn;
    const int textWidth = r.right() - textLeft;
    if (textWidth <= 0) {
        return;
    }
    const QFont small = smallFont(option.font);
    const QFontMetrics smallMetrics(small);
    const QString kindLabel = setback ? tr("%1 · setback").arg(index.data(TimelineModel::KindLabelRole).toString())
                                      : index.data(TimelineModel::KindLabelRole).toString();
    // A pixel or two to spare: the advance is rounded, and elision would cut a label that fits.
    const int labelWidth = std::min(smallMetrics.horizontalAdvance(kindLabel) + 2, textWidth / 3);
    painter->setFont(small);
    painter->setPen(selected ? text : colour);
    painter->drawText(QRect(r.right() - labelWidth, firstLine.top(), labelWidth, line),
                      Qt::AlignRight | Qt::AlignVCenter,
                      smallMetrics.elidedText(kindLabel, Qt::ElideRight, labelWidth));

    const QString title = index.data().toString();
    const QFont bold = boldFont(option.font);
    const QFontMetrics boldMetrics(bold);
    int titleLeft = textLeft;
    if (setback) {
        const QString arrow = u"\u21a9 "_s;
        painter->setFont(bold);
        painter->setPen(selected ? text : colour);
        painter->drawText(QRect(titleLeft, firstLine.top(), textWidth, line), Qt::AlignLeft | Qt::AlignVCenter, arrow);
        titleLeft += boldMetrics.horizontalAdvance(arrow);
    }
    const int titleWidth = std::max(0, r.right() - labelWidth - padding - titleLeft);
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(QRect(titleLeft, firstLine.top(), titleWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(title, Qt::ElideRight, titleWidth));

    const QString role = index.data(TimelineModel::RoleTextRole).toString();
    // A note's title is the first line of its body, its summary the whole body: show what follows.
    QString summary = index.data(TimelineModel::SummaryRole).toString();
    if (!title.isEmpty() && summary.startsWith(title)) {
        summary = summary.mid(title.size()).trimmed();
    }
    summary = summary.left(300).replace(u'\n', u' '); // one line of it is all that can show
    const QString details =
        role.isEmpty() ? summary : (summary.isEmpty() ? role : tr("%1 · %2", "role · summary").arg(role, summary));
    if (!details.isEmpty()) {
        painter->setFont(option.font);
        painter->setPen(grey);
        painter->drawText(QRect(textLeft, secondLine.top(), textWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(details, Qt::ElideRight, textWidth));
    }

    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.backgroundColor = p.color(selected ? QPalette::Highlight : QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

} // namespace crm::ui
