// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace siyu {

// What a published item reached, as the channel reported it.
struct ContentMetrics
{
    qint64 reads = 0;
    qint64 likes = 0;
    qint64 comments = 0;
    qint64 shares = 0;
    qint64 clicks = 0;
    qint64 conversions = 0;

    bool operator==(const ContentMetrics &other) const;
};

// The domain brief's ratios for one item: not defined (nullopt) when nothing was read.
std::optional<double> interactionRate(const ContentMetrics &metrics);
std::optional<double> clickThroughRate(const ContentMetrics &metrics);

// One row of `content`: a planned piece for one group (or none) at one instant.
struct ContentItem
{
    qint64 id = 0;
    QString contentId;
    QString title;
    QString kind;
    QString channel;
    qint64 groupRef = 0; // 0: no group
    QString groupName;   // read with the item, never written
    qint64 scheduledAt = 0;
    QString status = QStringLiteral("draft");
    qint64 campaignRef = 0;
    QString campaignName; // read with the item, never written
    QString owner;
    QString targetStage;
    QString body;
    ContentMetrics metrics;
    qint64 seriesRef = 0;  // the SOP series that generated it, 0: none
    QString seriesDay;     // the local day of its occurrence (yyyy-MM-dd)
    bool detached = false; // edited by hand: the series no longer rewrites it

    bool isPublished() const;
    // Same stored fields (the names read alongside are not compared).
    bool sameStored(const ContentItem &other) const;
};

// An item as it stood, with the events that named it (so that a deleted item comes back with
// its reads and clicks attached).
struct ContentSnapshot
{
    ContentItem item;
    QList<qint64> eventRefs;
};

namespace content {

// The kinds of the domain brief, in the legend's order (keys as stored).
const QStringList &kinds();
// The statuses in their order: idea → draft → scheduled → published → reviewed.
const QStringList &statuses();
// Translated names ("Short video"); an unknown key is shown as it is.
QString kindLabel(const QString &kind);
QString statusLabel(const QString &status);
// The colour the calendar gives a kind; grey for an unknown or empty one.
QColor kindColor(const QString &kind);
// A one-letter mark of the status for tight cells.
QString statusMark(const QString &status);

} // namespace content

} // namespace siyu
