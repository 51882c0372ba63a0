// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace siyu {

// A table view that says why it is empty ("No groups match …") instead of showing a blank.
class PlaceholderTableView : public QTableView
{
    Q_OBJECT

public:
    using QTableView::QTableView;

    void setPlaceholderText(const QString &text);
    const QString &placeholderText() const { return m_placeholder; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace siyu
