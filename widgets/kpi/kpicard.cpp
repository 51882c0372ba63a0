// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/kpi/kpicard.h"

#include "models/kpi/change.h"
#include "models/kpi/reportdata.h"
#include "widgets/charts/charts.h"
#include "widgets/charts/sparkline.h"

#include <QLabel>
#include <QVBoxLayout>

namespace siyu {

namespace {

const QColor good(0x1a, 0x7f, 0x37);
const QColor bad(0xcf, 0x22, 0x2e);

} // namespace

KpiCard::KpiCard(kpi::Metric metric, bool clickable, QWidget *parent)
    : QFrame(parent), m_metric(metric), m_clickable(clickable)
{
    setObjectName(QStringLiteral("kpiCard"));
    setStyleSheet(QStringLiteral("#kpiCard { background: white; border: 1px solid #e3e8ef; "
                                 "border-radius: 8px; }"));
    setMinimumWidth(160);
    m_title = new QLabel(kpi::title(metric));
    m_title->setStyleSheet(QStringLiteral("color: #5b6673;"));
    m_valueLabel = new QLabel;
    QFont big = m_valueLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_valueLabel->setFont(big);
    m_valueLabel->setTextFormat(Qt::RichText);
    m_valueLabel->setAccessibleName(kpi::title(metric));
    if (clickable)
        m_valueLabel->setToolTip(tr("Click to list these members"));
    connect(m_valueLabel, &QLabel::linkActivated, this, [this] { emit numberClicked(m_metric); });
    m_change = new QLabel;
    m_previous = new QLabel;
    m_previous->setStyleSheet(QStringLiteral("color: #5b6673;"));
    m_target = new QLabel;
    m_target->setStyleSheet(QStringLiteral("color: #5b6673;"));
    m_spark = new Sparkline;
    m_spark->setToolTip(tr("The last weeks"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_valueLabel);
    layout->addWidget(m_change);
    layout->addWidget(m_previous);
    layout->addWidget(m_target);
    layout->addWidget(m_spark);
    // Words wrap in a narrow card; the value, a number, is never cut.
    for (QLabel *label : {m_title, m_change, m_previous, m_target})
        label->setWordWrap(true);
    clear();
}

void KpiCard::clear()
{
    m_value = QStringLiteral("—");
    m_valueLabel->setText(m_value);
    m_change->setText(QString());
    m_change->setToolTip(QString());
    m_previous->setText(QString());
    m_target->setText(QString());
    setToolTip(QString());
    m_spark->setValues({});
}

void KpiCard::setRow(const kpi::KpiRow &row, const QString &previousName)
{
    const auto current = kpi::shownValue(m_metric, row.current);
    m_value = kpi::format(m_metric, current);
    if (m_clickable && row.current)
        m_valueLabel->setText(QStringLiteral("<a href=\"members\" style=\"color:#1f2730; "
                                             "text-decoration:none;\">%1</a>")
                                  .arg(m_value.toHtmlEscaped()));
    else
        m_valueLabel->setText(m_value.toHtmlEscaped());
    if (!current)
        m_valueLabel->setToolTip(kpi::undefinedReason(m_metric, row.current));
    else if (m_clickable)
        m_valueLabel->setToolTip(tr("Click to list these members"));
    else
        m_valueLabel->setToolTip(QString());
    // No arrow and no colour for a change from or to "not defined": only the reason why.
    const kpi::Change delta = kpi::change(m_metric, row.current, row.previous);
    const QString colour = delta.direction > 0   ? good.name()
                           : delta.direction < 0 ? bad.name()
                                                 : QStringLiteral("#5b6673");
    // Three short lines that fit a narrow card in either language; the sentence in the tooltip.
    const QString change = kpi::changeText(m_metric, delta);
    const QString previous = kpi::formatShown(m_metric, row.previous);
    const QString target =
        row.target ? tr("Target %1").arg(kpi::format(m_metric, row.target)) : tr("No target");
    m_change->setText(
        QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour, change.toHtmlEscaped()));
    m_change->setToolTip(delta.reason);
    m_previous->setText(tr("%1: %2").arg(previousName, previous));
    m_target->setText(target);
    QString tip = tr("%1: %2, %3 against %4 (%5). %6.")
                      .arg(kpi::title(m_metric), m_value, change, previousName, previous, target);
    if (!current)
        tip += QLatin1Char(' ') + kpi::undefinedReason(m_metric, row.current) + QLatin1Char('.');
    else if (!delta.defined())
        tip += QLatin1Char(' ') + delta.reason + QLatin1Char('.');
    setToolTip(tip);
    m_spark->setValues(row.trend);
}

QString KpiCard::valueText() const
{
    return m_value;
}

QString KpiCard::changeText() const
{
    return m_change->text();
}

} // namespace siyu
