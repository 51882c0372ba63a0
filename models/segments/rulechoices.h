// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace siyu {

class Workspace;

// What the rule builder offers to choose from: the values present in the workspace. Each list
// is read through an index or from a bounded sample, so that loading stays quick on a million
// members.
struct RuleChoices
{
    struct Group
    {
        QString groupId; // what a rule stores
        QString name;    // what people read
    };

    QStringList cities;
    QStringList sources;
    QStringList staff;
    QStringList tags;
    QVector<Group> groups;
    QStringList customFields; // keys of the members' custom fields (a recent sample)
    QStringList eventTypes;   // the contract's types seen in recent events, in contract order
    QString currency = QStringLiteral("CNY");

    // The name of the group with this group_id, or the id itself when there is none.
    QString groupName(const QString &groupId) const;

    static Result<RuleChoices> load(const Workspace &ws);
};

} // namespace siyu
