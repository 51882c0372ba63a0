// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/storewriter.h"

#include "models/common/phone.h"
#include "models/import/sourcerow.h"
#include "models/import/storewritercells.h"
#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

#include <sqlite3.h>

namespace siyu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("siyu::StoreWriter", text);
}

// The columns an import sets, per table, in the order of StoreWriter::Value arrays. `touch`
// is set to the import's time whenever a row is added or changed.
struct TableSpec
{
    const char *table;
    std::vector<const char *> columns;
    const char *touch = nullptr;
};

const std::array<TableSpec, StoreWriter::TableCount> &tableSpecs()
{
    static const std::array<TableSpec, StoreWriter::TableCount> specs{{
        {"members",
         {"member_id", "name", "remark", "gender", "city", "phone", "email", "source",
          "referrer_ref", "joined_at", "staff_ref", "consent", "consent_at", "phone_raw"},
         "updated_at"},
        {"groups",
         {"group_id", "name", "platform", "owner_ref", "theme", "created_at", "member_cap"}},
        {"memberships", {"group_ref", "member_ref", "joined_at", "left_at", "role"}},
        {"events",
         {"member_ref", "type", "occurred_at", "group_ref", "content_ref", "campaign_ref",
          "value"}},
        {"orders",
         {"order_id", "member_ref", "amount_cents", "items", "paid_at", "channel", "campaign_ref",
          "refunded"}},
        {"content",
         {"content_id", "title", "kind", "channel", "group_ref", "scheduled_at", "status",
          "campaign_ref", "owner", "reads", "likes", "comments", "shares", "clicks",
          "conversions"}},
        {"campaigns",
         {"campaign_id", "name", "objective", "type", "start_at", "end_at", "budget_cents",
          "target_segment"}},
        {"campaign_costs", {"campaign_ref", "category", "amount_cents", "incurred_at"}},
        {"identities", {}},
        {"staff", {}},
        {"tags", {}},
    }};
    return specs;
}

} // namespace

StoreWriter::StoreWriter(Workspace &ws, qint64 batchId, qint64 now)
    : m_ws(ws), m_db(ws.handle()), m_batch(batchId), m_now(now), m_zone(ws.timeZone()),
      m_phoneRegion(settings::phoneRegion.get(ws))
{}

StoreWriter::~StoreWriter() = default;

const std::vector<const char *> &StoreWriter::tablesInDeleteOrder()
{
    static const std::vector<const char *> order{
        "events",  "orders", "memberships", "campaign_costs", "content", "identities",
        "members", "groups", "campaigns",   "staff",          "tags"};
    return order;
}

QStringList StoreWriter::columnsOf(const QString &table)
{
    QStringList columns;
    for (const TableSpec &spec : tableSpecs()) {
        if (table != QLatin1String(spec.table))
            continue;
        for (const char *column : spec.columns)
            columns << QLatin1String(column);
        if (spec.touch)
            columns << QLatin1String(spec.touch);
    }
    return columns;
}

Status StoreWriter::sqlFailure(const QString &what) const
{
    Error error = sql::describeFailure(m_db, QStringLiteral("INSERT"));
    error.message = QStringLiteral("%1 (%2)").arg(error.message, what);
    return error;
}

StoreWriter::Outcome StoreWriter::fail(Error *error, const QString &message)
{
    *error = makeError(message);
    return Outcome::Invalid;
}

Status StoreWriter::begin(qint64 estimatedRows, const std::vector<Entity> &arriving)
{
    if (!m_db)
        return makeError(tr("the workspace has no SQLite connection"));
    m_estimatedRows = estimatedRows;
    for (Entity entity : arriving)
        m_arriving[size_t(entity)] = true;
    const auto &specs = tableSpecs();
    for (int t = 0; t < TableCount; ++t) {
        BulkStatement max(m_db, QByteArray("SELECT max(id) FROM ") + specs[size_t(t)].table);
        if (!max.isValid() || !max.step())
            return sqlFailure(QString::fromLatin1(specs[size_t(t)].table));
        m_tables[size_t(t)].emptyAtStart = max.isNull(0);
        m_tables[size_t(t)].maxIdAtStart = max.isNull(0) ? 0 : max.int64(0);
        max.reset();
    }
    m_members = std::make_unique<KeyIndex>(m_db, "SELECT id FROM members WHERE member_id = ?1",
                                           "SELECT member_id, id FROM members");
    m_groups = std::make_unique<KeyIndex>(m_db, "SELECT id FROM groups WHERE group_id = ?1",
                                          "SELECT group_id, id FROM groups");
    m_content = std::make_unique<KeyIndex>(m_db, "SELECT id FROM content WHERE content_id = ?1",
                                           "SELECT content_id, id FROM content");
    m_campaigns =
        std::make_unique<KeyIndex>(m_db, "SELECT id FROM campaigns WHERE campaign_id = ?1",
                                   "SELECT campaign_id, id FROM campaigns");
    m_orders = std::make_unique<KeyIndex>(m_db, "SELECT id FROM orders WHERE order_id = ?1",
                                          "SELECT order_id, id FROM orders");
    const std::pair<KeyIndex *, Table> indexes[] = {{m_members.get(), Members},
                                                    {m_groups.get(), Groups},
                                                    {m_content.get(), Content},
                                                    {m_campaigns.get(), Campaigns},
                                                    {m_orders.get(), Orders}};
    const qint64 reserve = qMin<qint64>(estimatedRows, 50000000);
    for (Entity entity : arriving) {
        if (entity != Entity::Memberships && entity != Entity::Events)
            m_seen[size_t(entity)].reserve(reserve);
    }
    for (const auto &[index, table] : indexes) {
        index->setTableEmpty(tableEmpty(table));
        // Read the whole key column when the import is large next to the table (or the table
        // is small anyway); otherwise look keys up one by one.
        const qint64 rows = m_tables[table].maxIdAtStart;
        const bool preload = rows <= 20000 || rows <= 4 * estimatedRows;
        const bool filled = (table == Members && m_arriving[size_t(Entity::Members)]) ||
                            (table == Orders && m_arriving[size_t(Entity::Orders)]);
        index->reserve((preload ? rows : 0) + (filled ? reserve : 0));
        if (preload) {
            if (!index->preload())
                return makeError(index->errorMessage());
        }
    }
    for (const QString &kind : identityKinds()) {
        const QByteArray k = kind.toLatin1();
        m_identities.push_back(std::make_unique<KeyIndex>(
            m_db,
            QByteArray("SELECT member_ref FROM identities WHERE kind = '" + k + "' AND value = ?1")
                .constData(),
            nullptr));
        m_identities.back()->setTableEmpty(tableEmpty(Identities));
    }
    if (const Status status = loadNames(); !status)
        return status;
    if (m_arriving[size_t(Entity::Events)] && !tableEmpty(Events)) {
        // Each bound on its own: SQLite reads a lone min() or max() from the end of the index,
        // but both in one query from a scan of all of it.
        BulkStatement range(m_db, "SELECT (SELECT min(occurred_at) FROM events), "
                                  "(SELECT max(occurred_at) FROM events)");
        if (range.step()) {
            m_eventsMinAt = range.int64(0);
            m_eventsMaxAt = range.int64(1);
        }
        range.reset();
    }
    return dropIndexesForLargeImport();
}

Status StoreWriter::loadNames()
{
    const std::pair<KeyMap *, const char *> names[] = {{&m_staff, "SELECT name, id FROM staff"},
                                                       {&m_tagIds, "SELECT name, id FROM tags"}};
    for (const auto &[map, sql] : names) {
        BulkStatement load(m_db, QByteArray(sql));
        if (!load.isValid())
            return sqlFailure(QString::fromLatin1(sql));
        while (load.step())
            map->insert(load.text(0), load.int64(1));
        load.reset();
    }
    return {};
}

Status StoreWriter::dropIndexesForLargeImport()
{
    // Rows going into a table that was empty: its indexes are built once, by sorting, when
    // finish() recreates them, instead of row by row. Not worth the schema change for a few.
    if (m_estimatedRows < 1000)
        return {};
    struct Plan
    {
        Entity entity;
        Table table;
        const char *name;
        bool afterRefresh; // the lifecycle refresh updates these rows: rebuild after it
    };
    const Plan plan[] = {
        {Entity::Members, Members, "members", true},
        {Entity::Members, Identities, "identities", true},
        {Entity::Members, Members, "member_tags", true},
        {Entity::Events, Events, "events", false},
        {Entity::Orders, Orders, "orders", false},
        {Entity::Memberships, Memberships, "memberships", false},
    };
    for (const Plan &step : plan) {
        if (!m_arriving[size_t(step.entity)] || !tableEmpty(step.table))
            continue;
        if (const Status status = dropIndexes(step.name, step.afterRefresh); !status)
            return status;
    }
    // Events or orders at least as many as the members: the lifecycle refresh rewrites the
    // stage and activity of most members. The members' indexes over those columns are cheaper
    // built again once than updated for each member (a third of the refresh).
    const bool feedsRefresh =
        m_arriving[size_t(Entity::Events)] || m_arriving[size_t(Entity::Orders)];
    if (feedsRefresh && !tableEmpty(Members) && m_estimatedRows >= m_tables[Members].maxIdAtStart) {
        static const std::vector<QByteArrayView> refreshed{
            "stage", "last_active_at", "last_order_at", "paid_orders", "paid_cents"};
        if (const Status status = dropIndexes("members", true, &refreshed); !status)
            return status;
    }
    if (m_arriving[size_t(Entity::Members)] && tableEmpty(Members))
        return dropFullTextTriggers("members");
    return {};
}

Status StoreWriter::dropIndexes(const char *table, bool afterRefresh,
                                const std::vector<QByteArrayView> *onlyOver)
{
    // Only the plain secondary indexes: UNIQUE ones enforce keys the import relies on.
    BulkStatement list(m_db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                             "tbl_name = ?1 AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'");
    list.bindText(1, QByteArrayView(table));
    std::vector<std::pair<QByteArray, QByteArray>> found;
    while (list.step()) {
        // A partial index covers a few kinds of rows (survey answers, events in a group): kept,
        // it costs a test per row and an entry per row it covers; rebuilt, a scan of the whole
        // table. The members' partial indexes over every live member are rebuilt all the same.
        if (!afterRefresh && list.text(1).contains(" WHERE "))
            continue;
        // Only the indexes whose definition names one of these columns.
        if (onlyOver &&
            std::none_of(onlyOver->begin(), onlyOver->end(),
                         [&](QByteArrayView column) { return list.text(1).contains(column); }))
            continue;
        found.emplace_back(list.text(0).toByteArray(), list.text(1).toByteArray());
    }
    list.reset();
    for (const auto &[name, sql] : found) {
        BulkStatement drop(m_db, "DROP INDEX \"" + name + '"');
        if (!drop.isValid() || !drop.exec())
            return sqlFailure(QString::fromUtf8(name));
        (afterRefresh ? m_droppedLateIndexes : m_droppedIndexes).emplace_back(name, sql);
    }
    return {};
}

// A full-text index over `table` kept in step by triggers costs more per inserted row than the
// row itself. Into an empty table, the triggers are dropped and the index rebuilt once at the
// end — but only triggers that write to nothing but those full-text tables.
Status StoreWriter::dropFullTextTriggers(const char *table)
{
    static const QRegularExpression externalContent(QStringLiteral("content\\s*=\\s*['\"]?(\\w+)"),
                                                    QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression writes(
        QStringLiteral(
            "\\b(?:INSERT\\s+(?:OR\\s+\\w+\\s+)?INTO|UPDATE|DELETE\\s+FROM)\\s+[\"'`]?(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    BulkStatement tables(m_db, "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql "
                               "LIKE 'CREATE VIRTUAL TABLE%USING fts%'");
    QSet<QString> fullText;
    while (tables.step()) {
        const auto match = externalContent.match(QString::fromUtf8(tables.text(1)));
        if (match.hasMatch() && match.captured(1) == QLatin1String(table))
            fullText.insert(QString::fromUtf8(tables.text(0)));
    }
    tables.reset();
    if (fullText.isEmpty())
        return {};
    BulkStatement triggers(m_db, "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND "
                                 "tbl_name = ?1");
    triggers.bindText(1, QByteArrayView(table));
    std::vector<std::pair<QByteArray, QByteArray>> found;
    while (triggers.step()) {
        const QString sql = QString::fromUtf8(triggers.text(1));
        const qsizetype body = sql.indexOf(QLatin1String("BEGIN"), 0, Qt::CaseInsensitive);
        bool onlyFullText = body > 0;
        for (auto it = writes.globalMatch(sql, body); it.hasNext() && onlyFullText;)
            onlyFullText = fullText.contains(it.next().captured(1));
        if (onlyFullText)
            found.emplace_back(triggers.text(0).toByteArray(), triggers.text(1).toByteArray());
    }
    triggers.reset();
    for (const auto &[name, sql] : found) {
        BulkStatement drop(m_db, "DROP TRIGGER \"" + name + '"');
        if (!drop.isValid() || !drop.exec())
            return sqlFailure(QString::fromUtf8(name));
        m_droppedTriggers.emplace_back(name, sql);
    }
    if (!found.empty()) {
        for (const QString &name : fullText)
            m_fullTextTables.push_back(name.toUtf8());
    }
    return {};
}

Status StoreWriter::rebuild(std::vector<std::pair<QByteArray, QByteArray>> &dropped)
{
    for (const auto &[name, sql] : dropped) {
        BulkStatement create(m_db, sql);
        if (!create.isValid() || !create.exec())
            return sqlFailure(QString::fromUtf8(name));
    }
    dropped.clear();
    return {};
}

Status StoreWriter::finish()
{
    lap("deferred_rows");
    if (const Status status = rebuild(m_droppedIndexes); !status)
        return status;
    lap("rebuild_indexes");
    // Rows of an INTEGER PRIMARY KEY table get ids above the largest one; nothing else writes
    // while the import holds the write lock, so every id above the start's maximum is ours.
    BulkStatement log(m_db, "INSERT INTO import_changes (batch_ref, seq, table_name, row_ref, "
                            "row_last, action) VALUES (?1, ?2, ?3, ?4, ?5, 'insert')");
    const auto &specs = tableSpecs();
    for (int t = 0; t < TableCount; ++t) {
        BulkStatement max(m_db, QByteArray("SELECT max(id) FROM ") + specs[size_t(t)].table);
        if (!max.step())
            return sqlFailure(QString::fromLatin1(specs[size_t(t)].table));
        const qint64 last = max.isNull(0) ? 0 : max.int64(0);
        max.reset();
        if (last <= m_tables[size_t(t)].maxIdAtStart)
            continue;
        log.bindInt(1, m_batch);
        log.bindInt(2, ++m_seq);
        log.bindText(3, QByteArrayView(specs[size_t(t)].table));
        log.bindInt(4, m_tables[size_t(t)].maxIdAtStart + 1);
        log.bindInt(5, last);
        if (!log.exec())
            return sqlFailure(QStringLiteral("import_changes"));
    }
    return {};
}

Status StoreWriter::finishAfterRefresh()
{
    if (const Status status = rebuild(m_droppedLateIndexes); !status)
        return status;
    lap("rebuild_member_indexes");
    for (const QByteArray &table : m_fullTextTables) {
        BulkStatement rebuildText(m_db, "INSERT INTO \"" + table + "\"(\"" + table +
                                            "\") VALUES ('rebuild')");
        if (!rebuildText.isValid() || !rebuildText.exec())
            return sqlFailure(QString::fromUtf8(table));
    }
    m_fullTextTables.clear();
    lap("rebuild_full_text");
    return rebuild(m_droppedTriggers);
}

BulkStatement &StoreWriter::selectStatement(Table table)
{
    TableState &state = m_tables[table];
    if (!state.select) {
        const TableSpec &spec = tableSpecs()[table];
        QByteArray sql("SELECT ");
        for (const char *column : spec.columns)
            sql += QByteArray(column) + ", ";
        sql += spec.touch ? QByteArray(spec.touch) : QByteArray("NULL");
        sql += QByteArray(" FROM ") + spec.table + " WHERE id = ?1";
        state.select = std::make_unique<BulkStatement>(m_db, sql);
    }
    return *state.select;
}

BulkStatement *StoreWriter::updateStatement(Table table, quint32 mask)
{
    TableState &state = m_tables[table];
    if (BulkStatement *statement = state.updates.value(mask))
        return statement;
    const TableSpec &spec = tableSpecs()[table];
    QByteArray sql = QByteArray("UPDATE ") + spec.table + " SET ";
    int index = 1;
    for (size_t c = 0; c < spec.columns.size(); ++c) {
        if (mask & (1u << c))
            sql += QByteArray(spec.columns[c]) + " = ?" + QByteArray::number(index++) + ", ";
    }
    sql += spec.touch ? QByteArray(spec.touch) + " = ?" + QByteArray::number(index++)
                      : QByteArray("id = id");
    sql += " WHERE id = ?" + QByteArray::number(index);
    state.updateStore.push_back(std::make_unique<BulkStatement>(m_db, sql));
    state.updates.insert(mask, state.updateStore.back().get());
    return state.updateStore.back().get();
}

bool StoreWriter::ensureLogged(Table table, qint64 id)
{
    TableState &state = m_tables[table];
    // Rows this batch added need no before-image: undo removes them.
    if (id > state.maxIdAtStart || state.logged.contains(id))
        return true;
    const TableSpec &spec = tableSpecs()[table];
    BulkStatement &select = selectStatement(table);
    select.bindInt(1, id);
    if (!select.step()) {
        select.reset();
        return false;
    }
    QJsonObject before;
    const int columns = int(spec.columns.size()) + (spec.touch ? 1 : 0);
    for (int c = 0; c < columns; ++c) {
        const QString name =
            QLatin1String(c < int(spec.columns.size()) ? spec.columns[size_t(c)] : spec.touch);
        switch (select.columnType(c)) {
        case SQLITE_INTEGER:
            before.insert(name, select.int64(c));
            break;
        case SQLITE_FLOAT:
            before.insert(name, select.real(c));
            break;
        case SQLITE_NULL:
            before.insert(name, QJsonValue::Null);
            break;
        default:
            before.insert(name, QString::fromUtf8(select.text(c)));
        }
    }
    select.reset();
    if (table == Members) {
        QJsonArray tags;
        for (qint64 tag : tagsOf(id))
            tags.append(tag);
        before.insert(QStringLiteral("_tags"), tags);
    }
    if (!m_logChange)
        m_logChange = std::make_unique<BulkStatement>(
            m_db, "INSERT INTO import_changes (batch_ref, seq, table_name, row_ref, action, "
                  "before) VALUES (?1, ?2, ?3, ?4, 'update', ?5)");
    const QByteArray json = QJsonDocument(before).toJson(QJsonDocument::Compact);
    m_logChange->bindInt(1, m_batch);
    m_logChange->bindInt(2, ++m_seq);
    m_logChange->bindText(3, QByteArrayView(spec.table));
    m_logChange->bindInt(4, id);
    m_logChange->bindText(5, json);
    if (!m_logChange->exec())
        return false;
    state.logged.insert(id);
    return true;
}

StoreWriter::Outcome StoreWriter::upsert(Table table, std::optional<qint64> existing,
                                         const Value *values, quint32 setMask, qint64 *id,
                                         Error *error)
{
    TableState &state = m_tables[table];
    const TableSpec &spec = tableSpecs()[table];
    const int columns = int(spec.columns.size());
    if (!existing) {
        if (!state.insert) {
            QByteArray sql = QByteArray("INSERT INTO ") + spec.table + " (";
            QByteArray params;
            for (int c = 0; c < columns; ++c) {
                sql += QByteArray(c ? ", " : "") + spec.columns[size_t(c)];
                params += QByteArray(c ? ", ?" : "?") + QByteArray::number(c + 1);
            }
            if (spec.touch) {
                sql += QByteArray(", ") + spec.touch;
                params += ", ?" + QByteArray::number(columns + 1);
            }
            state.insert = std::make_unique<BulkStatement>(m_db, sql + ") VALUES (" + params + ")");
        }
        BulkStatement &insert = *state.insert;
        for (int c = 0; c < columns; ++c)
            values[c].bind(insert, c + 1);
        if (spec.touch)
            insert.bindInt(columns + 1, m_now);
        if (!insert.exec()) {
            *error = sqlFailure(QString::fromLatin1(spec.table)).error();
            return Outcome::Invalid;
        }
        *id = sqlite3_last_insert_rowid(m_db);
        return Outcome::Inserted;
    }
    *id = *existing;
    if (!m_updateExisting)
        return Outcome::Unchanged;
    BulkStatement &select = selectStatement(table);
    select.bindInt(1, *existing);
    quint32 changed = 0;
    if (select.step()) {
        for (int c = 0; c < columns; ++c) {
            if ((setMask & (1u << c)) && !values[c].equalsColumn(select, c))
                changed |= 1u << c;
        }
    }
    select.reset();
    if (!changed)
        return Outcome::Unchanged;
    if (!ensureLogged(table, *existing)) {
        *error = sqlFailure(QStringLiteral("import_changes")).error();
        return Outcome::Invalid;
    }
    BulkStatement *update = updateStatement(table, changed);
    int index = 1;
    for (int c = 0; c < columns; ++c) {
        if (changed & (1u << c))
            values[c].bind(*update, index++);
    }
    if (spec.touch)
        update->bindInt(index++, m_now);
    update->bindInt(index, *existing);
    if (!update->exec()) {
        *error = sqlFailure(QString::fromLatin1(spec.table)).error();
        return Outcome::Invalid;
    }
    return Outcome::Updated;
}

std::optional<qint64> StoreWriter::staffId(QByteArrayView name, Error *error)
{
    if (const qint64 *id = m_staff.find(name))
        return *id;
    if (!m_addStaff)
        m_addStaff = std::make_unique<BulkStatement>(
            m_db, "INSERT INTO staff (name, created_at) VALUES (?1, ?2)");
    m_addStaff->bindText(1, name);
    m_addStaff->bindInt(2, m_now);
    if (!m_addStaff->exec()) {
        *error = sqlFailure(QStringLiteral("staff")).error();
        return std::nullopt;
    }
    const qint64 id = sqlite3_last_insert_rowid(m_db);
    m_staff.insert(name, id);
    return id;
}

std::optional<qint64> StoreWriter::tagId(QByteArrayView name, Error *error)
{
    if (const qint64 *id = m_tagIds.find(name))
        return *id;
    if (!m_addTagName)
        m_addTagName = std::make_unique<BulkStatement>(m_db, "INSERT INTO tags (name) VALUES (?1)");
    m_addTagName->bindText(1, name);
    if (!m_addTagName->exec()) {
        *error = sqlFailure(QStringLiteral("tags")).error();
        return std::nullopt;
    }
    const qint64 id = sqlite3_last_insert_rowid(m_db);
    m_tagIds.insert(name, id);
    return id;
}

std::vector<qint64> StoreWriter::tagsOf(qint64 member)
{
    if (!m_tagsOf)
        m_tagsOf = std::make_unique<BulkStatement>(
            m_db, "SELECT tag_ref FROM member_tags WHERE member_ref = ?1 ORDER BY tag_ref");
    std::vector<qint64> tags;
    m_tagsOf->bindInt(1, member);
    while (m_tagsOf->step())
        tags.push_back(m_tagsOf->int64(0));
    m_tagsOf->reset();
    return tags;
}

bool StoreWriter::setTags(qint64 member, const std::vector<qint64> &tags, bool isNew)
{
    if (!isNew) {
        if (!m_clearTags)
            m_clearTags = std::make_unique<BulkStatement>(
                m_db, "DELETE FROM member_tags WHERE member_ref = ?1");
        m_clearTags->bindInt(1, member);
        if (!m_clearTags->exec())
            return false;
    }
    if (!m_addTag)
        m_addTag = std::make_unique<BulkStatement>(
            m_db, "INSERT OR IGNORE INTO member_tags (member_ref, tag_ref) VALUES (?1, ?2)");
    for (qint64 tag : tags) {
        m_addTag->bindInt(1, member);
        m_addTag->bindInt(2, tag);
        if (!m_addTag->exec())
            return false;
    }
    return true;
}

KeyIndex &StoreWriter::identityIndex(int kind)
{
    return *m_identities[size_t(kind)];
}

int StoreWriter::addIdentity(qint64 member, int kind, QByteArrayView value, Error *error)
{
    if (value.isEmpty())
        return 0;
    if (identityIndex(kind).find(value))
        return 0; // known: this member's already, or another's (the first one keeps it)
    if (!m_addIdentity)
        m_addIdentity = std::make_unique<BulkStatement>(
            m_db, "INSERT OR IGNORE INTO identities (member_ref, kind, value) VALUES (?1, ?2, ?3)");
    const QByteArray kindName = identityKinds().at(kind).toLatin1();
    m_addIdentity->bindInt(1, member);
    m_addIdentity->bindText(2, kindName);
    m_addIdentity->bindText(3, value);
    if (!m_addIdentity->exec()) {
        *error = sqlFailure(QStringLiteral("identities")).error();
        return -1;
    }
    identityIndex(kind).insert(value, member);
    return 1;
}

const StoreWriter::PhoneValue &StoreWriter::phoneOf(QByteArrayView text)
{
    if (text == QByteArrayView(m_phoneText) &&
        (!m_phone.e164.isEmpty() || !m_phone.error.isEmpty()))
        return m_phone;
    m_phoneText = text.toByteArray();
    const phone::Parsed parsed = phone::parse(text, m_phoneRegion);
    m_phone = {parsed.e164.toLatin1(), parsed.error};
    return m_phone;
}

bool StoreWriter::checkPhone(Cells &c, int f)
{
    if (!c.has(f))
        return true;
    const PhoneValue &value = phoneOf(c.text(f));
    return !value.e164.isEmpty() ||
           c.fail(f, tr("'%1' is not a valid phone number: %2").arg(c.quoted(f), value.error));
}

QByteArray StoreWriter::storedPhone(QByteArrayView text)
{
    // Written by Siyu in E.164, validated then: reading a large workspace's phones must not
    // parse each again.
    const bool e164 =
        text.size() > 4 && text.front() == '+' &&
        std::all_of(text.begin() + 1, text.end(), [](char c) { return c >= '0' && c <= '9'; });
    return e164 ? text.toByteArray() : phoneOf(text).e164;
}

QByteArray StoreWriter::identityValue(int kind, QByteArrayView value)
{
    static const int phoneKind = int(identityKinds().indexOf(QStringLiteral("phone")));
    return kind == phoneKind ? phoneOf(value).e164 : value.toByteArray();
}

void StoreWriter::loadContactIndexes()
{
    if (m_contactsLoaded)
        return;
    m_contactsLoaded = true;
    const int phoneKind = int(identityKinds().indexOf(QStringLiteral("phone")));
    const int emailKind = int(identityKinds().indexOf(QStringLiteral("email")));
    // Phones and emails of members, as identities compare them: a Shopify customer whose email
    // a WeCom export brought is the same person.
    BulkStatement members(m_db, "SELECT id, phone, email FROM members WHERE deleted_at IS NULL "
                                "AND (phone IS NOT NULL OR email IS NOT NULL) ORDER BY id DESC");
    while (members.step()) {
        const qint64 id = members.int64(0);
        // Phones stored before they were kept in E.164 compare in E.164 too.
        const QByteArray phone = storedPhone(members.text(1));
        const QByteArray email = values::normalizeEmail(members.text(2));
        // Descending ids: the oldest member holding a phone wins, as with identities.
        if (!phone.isEmpty())
            identityIndex(phoneKind).insert(phone, id);
        if (!email.isEmpty())
            identityIndex(emailKind).insert(email, id);
    }
    members.reset();
    BulkStatement identities(m_db, "SELECT kind, value, member_ref FROM identities WHERE kind IN "
                                   "('phone', 'email')");
    while (identities.step()) {
        const int kind = identities.text(0) == QByteArrayView("phone") ? phoneKind : emailKind;
        const QByteArray value =
            kind == phoneKind ? storedPhone(identities.text(1)) : identities.text(1).toByteArray();
        if (!value.isEmpty())
            identityIndex(kind).insert(value, identities.int64(2));
    }
    identities.reset();
}

bool StoreWriter::eventExists(const Value *values)
{
    // Only events that were in the workspace before this import can be the same event: two
    // equal rows of one file are two events.
    if (tableEmpty(Events) || values[2].i < m_eventsMinAt || values[2].i > m_eventsMaxAt)
        return false;
    if (!m_eventExists)
        m_eventExists = std::make_unique<BulkStatement>(
            m_db, "SELECT 1 FROM events WHERE member_ref = ?1 AND occurred_at = ?3 AND type = ?2 "
                  "AND group_ref IS ?4 AND content_ref IS ?5 AND campaign_ref IS ?6 AND value IS "
                  "?7 AND id <= ?8 LIMIT 1");
    for (int c = 0; c < 7; ++c)
        values[c].bind(*m_eventExists, c + 1);
    m_eventExists->bindInt(8, m_tables[Events].maxIdAtStart);
    const bool exists = m_eventExists->step();
    m_eventExists->reset();
    return exists;
}

} // namespace siyu
