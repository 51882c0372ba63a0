// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QTableView;

namespace siyu::kpi {
class ScorecardModel;
}

namespace siyu {

// The scorecard of the chosen period: targets and weights to edit, scores and the 0–100
// total.
class ScorecardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardPanel(kpi::ScorecardModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QString totalText() const;

private:
    void updateTotal();

    kpi::ScorecardModel *m_model;
    QTableView *m_view = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_caption = nullptr;
    QProgressBar *m_bar = nullptr;
};

} // namespace siyu
