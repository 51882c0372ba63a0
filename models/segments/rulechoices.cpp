// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/segments/rulechoices.h"

#include "models/segments/rule.h"
#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"

#include <QSqlQuery>

namespace siyu {

namespace {

// Hops from one distinct value to the next through the column's index: a few lookups however
// many members there are.
QString distinctThroughIndex(const char *column)
{
    return QStringLiteral("WITH RECURSIVE s(v) AS (SELECT min(%1) FROM members UNION ALL SELECT "
                          "(SELECT min(%1) FROM members WHERE %1 > s.v) FROM s WHERE s.v IS NOT "
                          "NULL) SELECT v FROM s WHERE v IS NOT NULL AND v <> '' LIMIT 500")
        .arg(QLatin1String(column));
}

Result<QStringList> texts(const Workspace &ws, const QString &statement)
{
    return sql::texts(ws.db(), statement);
}

} // namespace

QString RuleChoices::groupName(const QString &groupId) const
{
    for (const Group &group : groups) {
        if (group.groupId == groupId)
            return group.name.isEmpty() ? groupId : group.name;
    }
    return groupId;
}

Result<RuleChoices> RuleChoices::load(const Workspace &ws)
{
    RuleChoices choices;
    const struct
    {
        QStringList *list;
        QString statement;
    } lists[] = {
        {&choices.cities, distinctThroughIndex("city")},
        {&choices.sources, distinctThroughIndex("source")},
        {&choices.staff, QStringLiteral("SELECT name FROM staff WHERE name <> '' ORDER BY name")},
        {&choices.tags, QStringLiteral("SELECT name FROM tags ORDER BY name")},
        // A custom field is a key of a member's `custom` object; the latest members show
        // which keys the imports write.
        {&choices.customFields,
         QStringLiteral("SELECT DISTINCT j.key FROM (SELECT custom FROM members WHERE custom IS "
                        "NOT NULL AND json_valid(custom) ORDER BY id DESC LIMIT 20000) c, "
                        "json_each(c.custom) j ORDER BY 1")},
        // events has no index on type: the latest events tell which types arrive.
        {&choices.eventTypes, QStringLiteral("SELECT DISTINCT type FROM (SELECT type FROM events "
                                             "ORDER BY id DESC LIMIT 200000)")},
    };
    for (const auto &entry : lists) {
        auto values = texts(ws, entry.statement);
        if (!values)
            return values.error();
        *entry.list = *values;
    }
    QStringList present;
    for (const QString &type : Rule::eventTypes()) {
        if (choices.eventTypes.contains(type))
            present << type;
    }
    choices.eventTypes = present;
    for (const QString &field : Rule::memberFields())
        choices.customFields.removeAll(field);
    auto groups = sql::run(ws.db(), QStringLiteral("SELECT group_id, name FROM groups WHERE "
                                                   "group_id IS NOT NULL ORDER BY name, id"));
    if (!groups)
        return groups.error();
    while (groups->next())
        choices.groups.append({groups->value(0).toString(), groups->value(1).toString()});
    choices.currency = settings::currency.get(ws);
    return choices;
}

} // namespace siyu
