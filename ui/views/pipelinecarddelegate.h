#pragma once

#include <QStyledItemDelegate>

namespace crm::ui {

// Paints a deal card of the pipeline board (no widget per card): the title in bold, the investor,
// host country and sector, then the latest capex and jobs.
class PipelineCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace crm::ui
