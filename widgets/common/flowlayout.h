// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace siyu {

// Lays its items out left to right and starts a new row where the next one does not fit, so
// that a row of filters wraps on a narrow window instead of squeezing its fields. An item
// added with a stretch of 1 (addStretchItem) takes the rest of its row, pushing what follows
// it to the right.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int horizontalSpacing = 6,
                        int verticalSpacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    // A gap of `width` pixels that never starts a row.
    void addFixedSpacing(int width);
    int horizontalSpacing() const { return m_hSpace; }
    int verticalSpacing() const { return m_vSpace; }
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;
    QSize sizeHint() const override;
    QLayoutItem *takeAt(int index) override;

private:
    int doLayout(const QRect &rect, bool testOnly) const;

    QList<QLayoutItem *> m_items;
    int m_hSpace;
    int m_vSpace;
};

} // namespace siyu
