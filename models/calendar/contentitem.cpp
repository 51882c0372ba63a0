// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/calendar/contentitem.h"

#include <QCoreApplication>

namespace siyu {

bool ContentMetrics::operator==(const ContentMetrics &other) const
{
    return reads == other.reads && likes == other.likes && comments == other.comments &&
           shares == other.shares && clicks == other.clicks && conversions == other.conversions;
}

std::optional<double> interactionRate(const ContentMetrics &metrics)
{
    if (metrics.reads == 0)
        return std::nullopt;
    return double(metrics.likes + metrics.comments + metrics.shares) / double(metrics.reads);
}

std::optional<double> clickThroughRate(const ContentMetrics &metrics)
{
    if (metrics.reads == 0)
        return std::nullopt;
    return double(metrics.clicks) / double(metrics.reads);
}

bool ContentItem::isPublished() const
{
    return status == QLatin1String("published") || status == QLatin1String("reviewed");
}

bool ContentItem::sameStored(const ContentItem &o) const
{
    return id == o.id && contentId == o.contentId && title == o.title && kind == o.kind &&
           channel == o.channel && groupRef == o.groupRef && scheduledAt == o.scheduledAt &&
           status == o.status && campaignRef == o.campaignRef && owner == o.owner &&
           targetStage == o.targetStage && body == o.body && metrics == o.metrics &&
           seriesRef == o.seriesRef && seriesDay == o.seriesDay && detached == o.detached;
}

namespace content {

namespace {

struct KindInfo
{
    const char *key;
    const char *label;
    QRgb color;
};

const KindInfo kindInfo[] = {
    {"article", QT_TRANSLATE_NOOP("siyu::content", "Article"), 0x3b7dd8},
    {"short_video", QT_TRANSLATE_NOOP("siyu::content", "Short video"), 0xd8523b},
    {"live_stream", QT_TRANSLATE_NOOP("siyu::content", "Live stream"), 0xc2317a},
    {"poster", QT_TRANSLATE_NOOP("siyu::content", "Poster"), 0xe0a526},
    {"coupon_push", QT_TRANSLATE_NOOP("siyu::content", "Coupon push"), 0x2e9e5b},
    {"group_announcement", QT_TRANSLATE_NOOP("siyu::content", "Group announcement"), 0x7b5cc4},
    {"qa", QT_TRANSLATE_NOOP("siyu::content", "Q&A"), 0x1a9aa6},
    {"poll", QT_TRANSLATE_NOOP("siyu::content", "Poll"), 0x8a8f2a},
    {"lucky_draw", QT_TRANSLATE_NOOP("siyu::content", "Lucky draw"), 0xd46a1f},
};

const char *const statusNames[] = {
    QT_TRANSLATE_NOOP("siyu::content", "Idea"),
    QT_TRANSLATE_NOOP("siyu::content", "Draft"),
    QT_TRANSLATE_NOOP("siyu::content", "Scheduled"),
    QT_TRANSLATE_NOOP("siyu::content", "Published"),
    QT_TRANSLATE_NOOP("siyu::content", "Reviewed"),
};

const KindInfo *findKind(const QString &kind)
{
    for (const KindInfo &info : kindInfo) {
        if (kind == QLatin1String(info.key))
            return &info;
    }
    return nullptr;
}

} // namespace

const QStringList &kinds()
{
    static const QStringList list = [] {
        QStringList keys;
        for (const KindInfo &info : kindInfo)
            keys << QLatin1String(info.key);
        return keys;
    }();
    return list;
}

const QStringList &statuses()
{
    static const QStringList list{QStringLiteral("idea"), QStringLiteral("draft"),
                                  QStringLiteral("scheduled"), QStringLiteral("published"),
                                  QStringLiteral("reviewed")};
    return list;
}

QString kindLabel(const QString &kind)
{
    const KindInfo *info = findKind(kind);
    return info ? QCoreApplication::translate("siyu::content", info->label) : kind;
}

QString statusLabel(const QString &status)
{
    const qsizetype index = statuses().indexOf(status);
    return index < 0 ? status : QCoreApplication::translate("siyu::content", statusNames[index]);
}

QColor kindColor(const QString &kind)
{
    const KindInfo *info = findKind(kind);
    return info ? QColor(info->color) : QColor(0x8c8c8c);
}

QString statusMark(const QString &status)
{
    // Marks that read the same in both languages: ○ idea, ◔ draft, ◑ scheduled, ● published,
    // ✓ reviewed.
    static const char16_t marks[] = {u'\u25cb', u'\u25d4', u'\u25d1', u'\u25cf', u'\u2713'};
    const qsizetype index = statuses().indexOf(status);
    return index < 0 ? QString() : QString(QChar(marks[index]));
}

} // namespace content

} // namespace siyu
