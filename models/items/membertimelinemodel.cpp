// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/membertimelinemodel.h"

#include "models/common/units.h"
#include "models/store/workspace.h"

#include <QLocale>

namespace siyu {

namespace {

constexpr int pageSize = 50;

} // namespace

MemberTimelineModel::MemberTimelineModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_repository(workspace)
{}

// Views (and the model tester) may ask for more while a change is announced; rows inserted
// then would land in a change still in flight. They ask again once it is done.
void MemberTimelineModel::setMember(qint64 ref)
{
    m_notifying = true;
    beginResetModel();
    m_ref = ref;
    m_entries.clear();
    m_total = 0;
    if (ref > 0) {
        auto total = m_repository.timelineSize(ref);
        if (total)
            m_total = *total;
        else
            emit errorOccurred(total.error().message);
        appendPage(); // the first page comes with the reset
    }
    endResetModel();
    m_notifying = false;
}

QString MemberTimelineModel::eventTitle(const QString &type)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("message"), QT_TR_NOOP("Message")},
        {QStringLiteral("read"), QT_TR_NOOP("Read")},
        {QStringLiteral("like"), QT_TR_NOOP("Like")},
        {QStringLiteral("comment"), QT_TR_NOOP("Comment")},
        {QStringLiteral("share"), QT_TR_NOOP("Share")},
        {QStringLiteral("click"), QT_TR_NOOP("Click")},
        {QStringLiteral("checkin"), QT_TR_NOOP("Check-in")},
        {QStringLiteral("live_view"), QT_TR_NOOP("Live stream view")},
        {QStringLiteral("coupon_claim"), QT_TR_NOOP("Coupon claimed")},
        {QStringLiteral("coupon_redeem"), QT_TR_NOOP("Coupon redeemed")},
        {QStringLiteral("invite"), QT_TR_NOOP("Invite sent")},
        {QStringLiteral("survey"), QT_TR_NOOP("Survey answer")}};
    const char *title = titles.value(type);
    return title ? tr(title) : type;
}

int MemberTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int MemberTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool MemberTimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_notifying && m_entries.size() < m_total;
}

QVector<TimelineEntry> MemberTimelineModel::nextPage()
{
    auto page = m_repository.timeline(m_ref, int(m_entries.size()), pageSize);
    if (!page) {
        m_total = int(m_entries.size()); // stop asking
        emit errorOccurred(page.error().message);
        return {};
    }
    if (page->isEmpty())
        m_total = int(m_entries.size()); // fewer than counted: changed meanwhile
    return *page;
}

void MemberTimelineModel::appendPage()
{
    m_entries += nextPage();
}

void MemberTimelineModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QVector<TimelineEntry> page = nextPage();
    if (page.isEmpty())
        return;
    m_notifying = true;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page.size() - 1));
    m_entries += page;
    endInsertRows();
    m_notifying = false;
}

QString MemberTimelineModel::detail(const TimelineEntry &entry) const
{
    QStringList parts;
    if (entry.kind == TimelineEntry::Kind::Order) {
        parts << entry.orderId;
        if (entry.items > 0)
            parts << (entry.items == 1 ? tr("1 item") : tr("%1 items").arg(entry.items));
        if (!entry.channel.isEmpty())
            parts << entry.channel;
    } else {
        if (!entry.group.isEmpty())
            parts << entry.group;
        if (!entry.content.isEmpty())
            parts << entry.content;
        if (entry.value)
            parts << tr("score %1").arg(QLocale().toString(*entry.value));
    }
    if (!entry.campaign.isEmpty())
        parts << tr("campaign %1").arg(entry.campaign);
    return parts.join(QStringLiteral(" · "));
}

QVariant MemberTimelineModel::display(const TimelineEntry &entry, int column) const
{
    const bool order = entry.kind == TimelineEntry::Kind::Order;
    switch (column) {
    case WhenColumn:
        return units::dateTime(entry.at, units::Display::in(m_workspace.timeZone()));
    case WhatColumn:
        if (order)
            return entry.refunded ? tr("Order (refunded)") : tr("Order");
        return eventTitle(entry.type);
    case DetailColumn:
        return detail(entry);
    case AmountColumn:
        return order ? units::money(entry.amountCents) : QString();
    default:
        return {};
    }
}

QVariant MemberTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &entry = m_entries.at(index.row());
    const bool order = entry.kind == TimelineEntry::Kind::Order;
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        return index.column() == DetailColumn ? display(entry, index.column()) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignVCenter |
                   (index.column() == AmountColumn ? Qt::AlignRight : Qt::AlignLeft));
    case KindRole:
        return order ? QStringLiteral("order") : QStringLiteral("event");
    case AtRole:
        return entry.at;
    case AmountCentsRole:
        return order ? QVariant(entry.amountCents) : QVariant();
    default:
        return {};
    }
}

QVariant MemberTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return int(Qt::AlignVCenter | (section == AmountColumn ? Qt::AlignRight : Qt::AlignLeft));
    // The workspace's time, which may not be this computer's.
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == WhenColumn)
        return tr("Times in %1").arg(units::zoneLabel(units::Display::in(m_workspace.timeZone())));
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhatColumn:
        return tr("What");
    case DetailColumn:
        return tr("Details");
    case AmountColumn:
        return tr("Amount");
    default:
        return {};
    }
}

QHash<int, QByteArray> MemberTimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(AtRole, "at");
    names.insert(AmountCentsRole, "amountCents");
    return names;
}

} // namespace siyu
