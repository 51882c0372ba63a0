// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/calendar/contentitem.h"
#include "models/common/error.h"

#include <QList>
#include <QString>

#include <vector>

namespace siyu {

class Workspace;

// Which items a calendar shows; an empty or zero field lets everything through.
struct ContentFilter
{
    QString channel;
    qint64 groupRef = 0;
    qint64 campaignRef = 0;
    QString owner;
    QString status;
    QString kind;

    bool isEmpty() const;
    bool operator==(const ContentFilter &other) const;
    bool operator!=(const ContentFilter &other) const { return !(*this == other); }
};

// A choice offered by a filter: the stored key and what to show.
struct NamedRef
{
    qint64 ref = 0;
    QString name;
};

// The `content` table: reads for the calendar, and the writes its commands make. Writes do
// not open a transaction of their own; apply() does, for a whole change.
class ContentRepository
{
public:
    explicit ContentRepository(Workspace &workspace);

    // Items scheduled in [from, to) that pass `filter`, by time then row id.
    Result<std::vector<ContentItem>> list(qint64 from, qint64 to,
                                          const ContentFilter &filter = {}) const;
    Result<std::vector<ContentItem>> find(const QList<qint64> &ids) const;
    Result<std::vector<ContentItem>> ofSeries(qint64 seriesRef) const;
    Result<std::vector<ContentSnapshot>> snapshots(const QList<qint64> &ids) const;
    // The first free row id; ids from here on are free as well.
    Result<qint64> nextId() const;
    // The content_id a new item of this row id gets.
    static QString newContentId(qint64 id);

    // Replaces the items of `before` by those of `after` (matched by row id) in one
    // transaction: an item only in `before` is deleted — and when a series generated it, its
    // occurrence is skipped from then on; one in `after` is written as it stands, its events
    // named again, and its occurrence no longer skipped.
    Status apply(const std::vector<ContentSnapshot> &before,
                 const std::vector<ContentSnapshot> &after);
    // The same, without a transaction of its own and without touching skips.
    Status write(const ContentSnapshot &snapshot);
    Status remove(qint64 id);

    // What the filters offer.
    Result<QStringList> channels() const;
    Result<QStringList> owners() const;
    Result<std::vector<NamedRef>> groups() const;
    Result<std::vector<NamedRef>> campaigns() const;

private:
    Result<std::vector<ContentItem>> select(const QString &where, const QVariantList &binds) const;
    Status setSkipped(const ContentItem &item, bool skipped);

    Workspace &m_workspace;
};

} // namespace siyu
