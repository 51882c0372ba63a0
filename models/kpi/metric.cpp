// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/kpi/metric.h"

#include "models/common/units.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace siyu::kpi {

namespace {

struct MetricText
{
    Metric metric;
    const char *title;
};

// The display names, marked for lupdate and translated when shown.
const MetricText titles[] = {
    {Metric::NewMembers, QT_TRANSLATE_NOOP("siyu::kpi", "New members")},
    {Metric::TotalMembers, QT_TRANSLATE_NOOP("siyu::kpi", "Total members")},
    {Metric::ActiveMembers, QT_TRANSLATE_NOOP("siyu::kpi", "Active members")},
    {Metric::ActivityRate, QT_TRANSLATE_NOOP("siyu::kpi", "Activity rate")},
    {Metric::ChurnedMembers, QT_TRANSLATE_NOOP("siyu::kpi", "Churned members")},
    {Metric::ChurnRate, QT_TRANSLATE_NOOP("siyu::kpi", "Churn rate")},
    {Metric::ContentReads, QT_TRANSLATE_NOOP("siyu::kpi", "Content reads")},
    {Metric::ContentLikes, QT_TRANSLATE_NOOP("siyu::kpi", "Content likes")},
    {Metric::ContentComments, QT_TRANSLATE_NOOP("siyu::kpi", "Content comments")},
    {Metric::ContentShares, QT_TRANSLATE_NOOP("siyu::kpi", "Content shares")},
    {Metric::InteractionRate, QT_TRANSLATE_NOOP("siyu::kpi", "Interaction rate")},
    {Metric::Ctr, QT_TRANSLATE_NOOP("siyu::kpi", "Click-through rate")},
    {Metric::Buyers, QT_TRANSLATE_NOOP("siyu::kpi", "Buyers")},
    {Metric::ConversionRate, QT_TRANSLATE_NOOP("siyu::kpi", "Conversion rate")},
    {Metric::Gmv, QT_TRANSLATE_NOOP("siyu::kpi", "GMV")},
    {Metric::Orders, QT_TRANSLATE_NOOP("siyu::kpi", "Orders")},
    {Metric::Aov, QT_TRANSLATE_NOOP("siyu::kpi", "Average order value")},
    {Metric::RepurchaseRate, QT_TRANSLATE_NOOP("siyu::kpi", "Repurchase rate")},
    {Metric::Arpu, QT_TRANSLATE_NOOP("siyu::kpi", "ARPU")},
    {Metric::Ltv, QT_TRANSLATE_NOOP("siyu::kpi", "LTV")},
    {Metric::Cac, QT_TRANSLATE_NOOP("siyu::kpi", "Acquisition cost (CAC)")},
    {Metric::Roi, QT_TRANSLATE_NOOP("siyu::kpi", "ROI")},
    {Metric::KFactor, QT_TRANSLATE_NOOP("siyu::kpi", "Fission (k-factor)")},
    {Metric::Satisfaction, QT_TRANSLATE_NOOP("siyu::kpi", "Satisfaction")},
};

QLocale numberLocale()
{
    // Digits grouped by commas in both languages of the application ("1,234.50").
    QLocale locale = QLocale::c();
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

} // namespace

const std::vector<MetricInfo> &metrics()
{
    static const std::vector<MetricInfo> all{
        {Metric::NewMembers, "new_members", Unit::Count, false},
        {Metric::TotalMembers, "total_members", Unit::Count, false},
        {Metric::ActiveMembers, "active_members", Unit::Count, false},
        {Metric::ActivityRate, "activity_rate", Unit::Ratio, false},
        {Metric::ChurnedMembers, "churned_members", Unit::Count, true},
        {Metric::ChurnRate, "churn_rate", Unit::Ratio, true},
        {Metric::ContentReads, "content_reads", Unit::Count, false},
        {Metric::ContentLikes, "content_likes", Unit::Count, false},
        {Metric::ContentComments, "content_comments", Unit::Count, false},
        {Metric::ContentShares, "content_shares", Unit::Count, false},
        {Metric::InteractionRate, "interaction_rate", Unit::Ratio, false},
        {Metric::Ctr, "ctr", Unit::Ratio, false},
        {Metric::Buyers, "buyers", Unit::Count, false},
        {Metric::ConversionRate, "conversion_rate", Unit::Ratio, false},
        {Metric::Gmv, "gmv", Unit::Money, false},
        {Metric::Orders, "orders", Unit::Count, false},
        {Metric::Aov, "aov", Unit::Money, false},
        {Metric::RepurchaseRate, "repurchase_rate", Unit::Ratio, false},
        {Metric::Arpu, "arpu", Unit::Money, false},
        {Metric::Ltv, "ltv", Unit::Money, false},
        {Metric::Cac, "cac", Unit::Money, true},
        {Metric::Roi, "roi", Unit::Ratio, false},
        // Invited new members per inviting member: a plain number (1.5), not a percentage.
        {Metric::KFactor, "k_factor", Unit::Score, false},
        {Metric::Satisfaction, "satisfaction", Unit::Score, false},
    };
    return all;
}

const MetricInfo &info(Metric metric)
{
    return metrics().at(size_t(metric));
}

std::optional<Metric> metricFromKey(const QString &key)
{
    for (const MetricInfo &m : metrics()) {
        if (key == QLatin1String(m.key))
            return m.metric;
    }
    return std::nullopt;
}

QString title(Metric metric)
{
    return QCoreApplication::translate("siyu::kpi", titles[size_t(metric)].title);
}

QString format(Metric metric, const std::optional<double> &value, const units::Display &display)
{
    if (!value || !std::isfinite(*value))
        return QStringLiteral("—");
    const QLocale locale = numberLocale();
    switch (info(metric).unit) {
    case Unit::Count:
        return locale.toString(qint64(std::llround(*value)));
    case Unit::Ratio:
        return locale.toString(*value * 100.0, 'f', 1) + QLatin1Char('%');
    case Unit::Money:
        return units::moneyUnits(*value, display);
    case Unit::Score:
        return locale.toString(*value, 'f', 2);
    }
    return {};
}

} // namespace siyu::kpi
