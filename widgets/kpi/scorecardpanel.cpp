// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/kpi/scorecardpanel.h"

#include "models/kpi/scorecardmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace siyu {

ScorecardPanel::ScorecardPanel(kpi::ScorecardModel *model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    m_view = new QTableView;
    m_view->setModel(model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Scorecard"));

    m_total = new QLabel;
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 3);
    big.setBold(true);
    m_total->setFont(big);
    m_bar = new QProgressBar;
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(10);
    m_caption = new QLabel;
    m_caption->setWordWrap(true);
    auto *help = new QLabel(
        tr("Double-click a target or a weight to change it for this period; rates are entered "
           "in percent. A target holds for later periods until it is changed. Each KPI scores "
           "actual ÷ target (target ÷ actual where lower is better), capped at 150%; the total "
           "is the weighted average of the scores, 0–100."));
    help->setWordWrap(true);
    help->setStyleSheet(QStringLiteral("color: #5b6673;"));

    auto *side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("Total score")));
    side->addWidget(m_total);
    side->addWidget(m_bar);
    side->addWidget(m_caption);
    side->addSpacing(12);
    side->addWidget(help);
    side->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_view, 3);
    layout->addLayout(side, 1);

    connect(model, &kpi::ScorecardModel::scorecardChanged, this, &ScorecardPanel::updateTotal);
    updateTotal();
}

QString ScorecardPanel::totalText() const
{
    return m_total->text();
}

void ScorecardPanel::updateTotal()
{
    const kpi::Scorecard &card = m_model->scorecard();
    int scored = 0;
    for (const kpi::ScoreLine &line : card.lines)
        scored += line.score && line.weight > 0 ? 1 : 0;
    m_total->setText(card.total ? QLocale::c().toString(*card.total, 'f', 0) : QStringLiteral("—"));
    m_total->setToolTip(
        card.total || card.lines.empty()
            ? QString()
            : tr("Not defined: no KPI has a score in this period (a value, a target above 0 "
                 "and a weight)"));
    m_bar->setValue(card.total ? int(*card.total + 0.5) : 0);
    m_caption->setText(card.lines.empty() ? tr("No targets for this period yet.")
                                          : tr("out of 100 · KPIs scored: %1").arg(scored));
}

} // namespace siyu
