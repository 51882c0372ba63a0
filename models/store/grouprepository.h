// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace siyu {

class Workspace;

// A group fills up from this share of its member cap on: lists highlight it and the weekly
// report raises an alert.
inline constexpr double nearCapThreshold = 0.9;

// The fields of a group an operator may edit.
enum class GroupField
{
    Name,
    Theme,
    Cap,
    Status,
    Owner,
    Platform // a platform code (wecom, wechat, slack, …), or null
};

// A group added by hand. An empty group id is generated ("manual-…").
struct NewGroup
{
    QString groupId;
    QString name; // required
    QString platform;
    std::optional<qint64> ownerRef;
    QString theme;
    std::optional<int> memberCap;
    qint64 createdAt = 0; // epoch seconds; 0: now
};

// The columns groups can be listed and sorted by.
enum class GroupSortKey
{
    Name,
    Platform,
    Owner,
    Theme,
    Created,
    Members,
    Cap,
    Fill,
    Status
};

// One group with its current member count (memberships not left).
struct GroupSummary
{
    qint64 ref = 0;
    QString groupId;
    QString name;
    QString platform;
    std::optional<qint64> ownerRef;
    QString ownerName;
    QString theme;
    std::optional<qint64> createdAt;
    std::optional<int> memberCap; // none, or >= 1
    QString status;
    int members = 0;

    // members / cap; not defined without a cap.
    std::optional<double> fill() const;
    bool isNearCap() const;
};

struct GroupQuery
{
    QString search;   // matches name or theme, case-insensitively; empty = every group
    QString platform; // empty = every platform
    GroupSortKey sortKey = GroupSortKey::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
};

struct StaffEntry
{
    qint64 ref = 0;
    QString name;
};

enum class GroupMemberSortKey
{
    Name,
    Role,
    Joined,
    Stage,
    LastActive
};

// A current member of a group, without contact details.
struct GroupMemberRow
{
    qint64 memberRef = 0;
    QString memberId;
    QString displayName;
    QString role; // owner, admin, member
    qint64 joinedAt = 0;
    QString stage;
    std::optional<qint64> lastActiveAt;
};

// Reads and writes groups and their memberships. Every write runs in its own Transaction.
class GroupRepository
{
public:
    explicit GroupRepository(Workspace &workspace) : m_workspace(workspace) {}

    // The groups matching `query`, their members counted in the same statement.
    Result<std::vector<GroupSummary>> summaries(const GroupQuery &query) const;
    Result<GroupSummary> summary(qint64 groupRef) const;
    Result<int> count() const;

    // Distinct platforms named by groups, sorted.
    Result<QStringList> platforms() const;
    Result<std::vector<StaffEntry>> staff() const;
    // The statuses an operator can choose: the usual ones and any in use.
    Result<QStringList> statuses() const;

    Result<QVariant> field(qint64 groupRef, GroupField field) const;
    // Validates and writes one field: names and statuses are not empty, a cap is >= 1 or null
    // (no cap), an owner is an existing staff row or null.
    Status setField(qint64 groupRef, GroupField field, const QVariant &value);
    // The same, only while the field still holds `expected` (compare and set, for undo and
    // redo): the value as stored, or nullopt, with nothing written, when someone else changed
    // it since.
    Result<std::optional<QVariant>> setFieldIf(qint64 groupRef, GroupField field,
                                               const QVariant &expected, const QVariant &value);

    // Adds a group by hand, validated as setField validates, one transaction; `ref` > 0 reuses
    // that row id (redo after undo). Returns the row id.
    Result<qint64> create(const NewGroup &group, qint64 ref = 0);
    // Undoes create(): removes the group while nothing names it (memberships, events, content);
    // false, with nothing removed, otherwise.
    Result<bool> removeCreated(qint64 groupRef);

    // Current members (memberships not left), member row ids.
    Result<QList<qint64>> currentMemberRefs(qint64 groupRef) const;
    Result<int> currentMemberCount(qint64 groupRef) const;
    Result<std::vector<GroupMemberRow>> currentMembers(qint64 groupRef, GroupMemberSortKey key,
                                                       Qt::SortOrder order, int offset,
                                                       int limit) const;

    // Checks a value for setField without writing it.
    Status validate(GroupField field, const QVariant &value) const;

    // The form setField stores: text trimmed, an empty theme as null, refs and caps as integers.
    static QVariant normalized(GroupField field, const QVariant &value);
    static QStringList standardStatuses();

private:
    Workspace &m_workspace;
};

} // namespace siyu
