#pragma once

#include <QLayout>
#include <algorithm>

namespace crm::ui {

// Items of about one width (check boxes) in as many equal columns as the width allows, row by row:
// three or four columns on an office monitor, one on a narrow laptop pane, never wider than the
// widest item, so a form does not scroll sideways for a list of check boxes.
class ColumnFlowLayout final : public QLayout
{
public:
    explicit ColumnFlowLayout(QWidget *parent = nullptr);
    ~ColumnFlowLayout() override;
    Q_DISABLE_COPY_MOVE(ColumnFlowLayout)

    // The most columns used however wide (the hint asks for that many).
    void setMaximumColumns(int columns) { m_maximumColumns = std::max(1, columns); }
    int columnsFor(int width) const;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    QSize cellSize() const;
    int horizontalGap() const;
    int verticalGap() const;
    int place(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_maximumColumns = 4;
};

} // namespace crm::ui
