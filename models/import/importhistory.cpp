// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/importhistory.h"

#include "models/import/storewriter.h"
#include "models/segments/lifecycle.h"
#include "models/store/sql.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace siyu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("siyu::ImportHistory", text);
}

struct Range
{
    qint64 first = 0;
    qint64 last = -1;
};

using Ranges = QList<Range>;

// `ranges` without the ids in `cut`.
Ranges without(const Ranges &ranges, const Range &cut)
{
    Ranges out;
    for (const Range &r : ranges) {
        if (cut.last < r.first || cut.first > r.last) {
            out << r;
            continue;
        }
        if (r.first < cut.first)
            out << Range{r.first, cut.first - 1};
        if (r.last > cut.last)
            out << Range{cut.last + 1, r.last};
    }
    return out;
}

// "(id BETWEEN ? AND ? OR ...)" over `ranges`, its binds appended to `binds`; false when empty.
QString inRanges(const QString &column, const Ranges &ranges, QVariantList &binds)
{
    if (ranges.isEmpty())
        return QStringLiteral("0");
    QStringList terms;
    for (const Range &r : ranges) {
        terms << column + QStringLiteral(" BETWEEN ? AND ?");
        binds << r.first << r.last;
    }
    return QLatin1Char('(') + terms.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

struct Changes
{
    QHash<QString, Ranges> inserted; // table → ids added (and still the batch's own)
    struct Update
    {
        QString table;
        qint64 row;
        QJsonObject before;
    };
    QList<Update> updated; // in log order
};

// A row that refers to another: child.column → parent.id.
struct Reference
{
    const char *child;
    const char *column;
    const char *parent;
};

const Reference references[] = {
    {"members", "referrer_ref", "members"},
    {"members", "staff_ref", "staff"},
    {"identities", "member_ref", "members"},
    {"member_tags", "member_ref", "members"},
    {"member_tags", "tag_ref", "tags"},
    {"groups", "owner_ref", "staff"},
    {"memberships", "group_ref", "groups"},
    {"memberships", "member_ref", "members"},
    {"events", "member_ref", "members"},
    {"events", "group_ref", "groups"},
    {"events", "content_ref", "content"},
    {"events", "campaign_ref", "campaigns"},
    {"orders", "member_ref", "members"},
    {"orders", "campaign_ref", "campaigns"},
    {"content", "group_ref", "groups"},
    {"content", "campaign_ref", "campaigns"},
    {"campaign_costs", "campaign_ref", "campaigns"},
};

bool isImportTable(const QString &table)
{
    for (const char *name : StoreWriter::tablesInDeleteOrder()) {
        if (table == QLatin1String(name))
            return true;
    }
    return false;
}

Result<Changes> loadChanges(Workspace &ws, qint64 batch)
{
    auto query = sql::run(ws.db(),
                          QStringLiteral("SELECT table_name, row_ref, row_last, action, before "
                                         "FROM import_changes WHERE batch_ref = ? ORDER BY seq"),
                          {batch});
    if (!query)
        return query.error();
    Changes changes;
    while (query->next()) {
        const QString table = query->value(0).toString();
        if (!isImportTable(table))
            return makeError(tr("the undo log of batch %1 names an unknown table").arg(batch));
        if (query->value(3).toString() == QLatin1String("insert")) {
            changes.inserted[table]
                << Range{query->value(1).toLongLong(), query->value(2).toLongLong()};
        } else {
            changes.updated << Changes::Update{
                table, query->value(1).toLongLong(),
                QJsonDocument::fromJson(query->value(4).toString().toUtf8()).object()};
        }
    }
    return changes;
}

// An id SQLite handed out again (the batch's last rows were erased, a later import added
// rows) belongs to the later batch: those ids are not this batch's to remove.
Status dropReusedIds(Workspace &ws, qint64 batch, Changes &changes)
{
    auto query = sql::run(
        ws.db(),
        QStringLiteral("SELECT c.table_name, c.row_ref, c.row_last FROM import_changes c JOIN "
                       "import_batches b ON b.id = c.batch_ref WHERE c.batch_ref > ? AND "
                       "b.undone_at IS NULL AND c.action = 'insert'"),
        {batch});
    if (!query)
        return query.error();
    while (query->next()) {
        const QString table = query->value(0).toString();
        if (!changes.inserted.contains(table))
            continue;
        changes.inserted[table] =
            without(changes.inserted.value(table),
                    Range{query->value(1).toLongLong(), query->value(2).toLongLong()});
    }
    return {};
}

// Members the batch added or changed whose row changed since (by hand, by another program):
// the import stamped them with its time, and every later write stamps its own.
Result<QStringList> editedSince(Workspace &ws, qint64 batch, qint64 importedAt,
                                const Changes &changes)
{
    QVariantList binds{importedAt};
    const QString added =
        inRanges(QStringLiteral("m.id"), changes.inserted.value(QStringLiteral("members")), binds);
    binds << batch;
    auto query = sql::run(
        ws.db(),
        // A member whose tags alone the import changed kept the stamp of their before-image.
        QStringLiteral("SELECT m.member_id FROM members m WHERE m.updated_at IS NOT ? AND (%1 OR "
                       "EXISTS (SELECT 1 FROM import_changes c WHERE c.batch_ref = ? AND "
                       "c.table_name = 'members' AND c.action = 'update' AND c.row_ref = m.id AND "
                       "m.updated_at IS NOT json_extract(c.before, '$.updated_at'))) ORDER BY m.id")
            .arg(added),
        binds);
    if (!query)
        return query.error();
    QStringList ids;
    while (query->next())
        ids << query->value(0).toString();
    return ids;
}

// Rows the batch added or changed that were edited in the window since it was imported: the
// hand-edit log records, with each edit, the newest batch at the time.
Result<QStringList> handEditedSince(Workspace &ws, qint64 batch, const Changes &changes)
{
    QHash<QString, QList<qint64>> updatedRows;
    for (const Changes::Update &update : changes.updated)
        updatedRows[update.table] << update.row;
    QStringList tables = changes.inserted.keys() + updatedRows.keys();
    tables.removeDuplicates();
    tables.sort();
    QStringList rows;
    for (const QString &table : std::as_const(tables)) {
        QVariantList binds{table, batch};
        QString where = inRanges(QStringLiteral("e.row_ref"), changes.inserted.value(table), binds);
        for (const qint64 row : updatedRows.value(table)) {
            where += QStringLiteral(" OR e.row_ref = ?");
            binds << row;
        }
        // Members and groups are named by their own ids; other rows by table and number.
        const bool named = table == QLatin1String("members") || table == QLatin1String("groups");
        const QString key = table == QLatin1String("members") ? QStringLiteral("member_id")
                                                              : QStringLiteral("group_id");
        const QString label =
            named ? QStringLiteral("(SELECT %1 FROM %2 WHERE id = e.row_ref)").arg(key, table)
                  : QStringLiteral("e.row_ref");
        auto query = sql::run(ws.db(),
                              QStringLiteral("SELECT %1 FROM hand_edits e WHERE e.table_name = ? "
                                             "AND e.after_batch >= ? AND (%2) ORDER BY e.row_ref")
                                  .arg(label, where),
                              binds);
        if (!query)
            return query.error();
        while (query->next()) {
            const QString id = query->value(0).toString();
            rows << (table == QLatin1String("members")  ? id
                     : table == QLatin1String("groups") ? tr("group %1").arg(id)
                                                        : tr("%1 row %2").arg(table, id));
        }
    }
    return rows;
}

QString listOfMembers(const QStringList &ids)
{
    constexpr int shown = 5;
    const QString list = QStringList(ids.mid(0, shown)).join(QLatin1String(", "));
    // Other rows than members come labelled ("group G1").
    bool onlyMembers = true;
    for (const QString &id : ids)
        onlyMembers = onlyMembers && !id.contains(QLatin1Char(' '));
    if (!onlyMembers)
        return ids.size() <= shown
                   ? tr("the rows %1").arg(list)
                   : tr("the rows %1 and %2 more").arg(list).arg(ids.size() - shown);
    return ids.size() <= shown ? tr("members %1").arg(list)
                               : tr("members %1 and %2 more").arg(list).arg(ids.size() - shown);
}

// A later import that changed a row this batch added or changed.
Result<qint64> laterChange(Workspace &ws, qint64 batch)
{
    auto query = sql::scalar(
        ws.db(),
        QStringLiteral(
            "SELECT c.batch_ref FROM import_changes c JOIN import_batches b ON b.id = c.batch_ref "
            "WHERE c.batch_ref > ? AND b.undone_at IS NULL AND c.action = 'update' AND EXISTS ("
            " SELECT 1 FROM import_changes m WHERE m.batch_ref = ? AND m.table_name = "
            "c.table_name AND ((m.action = 'update' AND m.row_ref = c.row_ref) OR (m.action = "
            "'insert' AND c.row_ref BETWEEN m.row_ref AND m.row_last))) "
            "ORDER BY c.batch_ref LIMIT 1"),
        {batch, batch});
    if (!query)
        return query.error();
    return query->isValid() ? query->toLongLong() : 0;
}

// Rows the batch did not add that refer to rows it added: removing those would change them.
Result<bool> foreignReferences(Workspace &ws, const Changes &changes)
{
    for (const Reference &reference : references) {
        const QString parent = QLatin1String(reference.parent);
        if (!changes.inserted.contains(parent))
            continue;
        const QString child = QLatin1String(reference.child);
        // member_tags has no ids of its own: its rows belong to their member.
        const bool tagsOfMember = child == QLatin1String("member_tags");
        const Ranges own = changes.inserted.value(tagsOfMember ? QStringLiteral("members") : child);
        QVariantList binds;
        const QString parents =
            inRanges(QLatin1String(reference.column), changes.inserted.value(parent), binds);
        const QString owned = inRanges(
            tagsOfMember ? QStringLiteral("member_ref") : QStringLiteral("id"), own, binds);
        const QString statement = QStringLiteral("SELECT 1 FROM %1 WHERE %2 AND NOT %3 LIMIT 1")
                                      .arg(child, parents, owned);
        auto found = sql::scalar(ws.db(), statement, binds);
        if (!found)
            return found.error();
        if (found->isValid())
            return true;
    }
    return false;
}

Status restore(Workspace &ws, const Changes::Update &update)
{
    const QStringList allowed = StoreWriter::columnsOf(update.table);
    QStringList assignments;
    QVariantList binds;
    for (auto it = update.before.begin(); it != update.before.end(); ++it) {
        if (it.key() == QLatin1String("_tags"))
            continue;
        if (!allowed.contains(it.key()))
            return makeError(tr("the undo log names an unknown column %1").arg(it.key()));
        assignments << it.key() + QStringLiteral(" = ?");
        binds << (it.value().isNull() ? QVariant() : it.value().toVariant());
    }
    binds << update.row;
    if (!assignments.isEmpty()) {
        if (const Status status =
                sql::exec(ws.db(),
                          QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                              .arg(update.table, assignments.join(QLatin1String(", "))),
                          binds);
            !status)
            return status;
    }
    if (!update.before.contains(QLatin1String("_tags")))
        return {};
    if (const Status status = sql::exec(
            ws.db(), QStringLiteral("DELETE FROM member_tags WHERE member_ref = ?"), {update.row});
        !status)
        return status;
    for (const QJsonValue &tag : update.before.value(QLatin1String("_tags")).toArray()) {
        if (const Status status = sql::exec(
                ws.db(),
                QStringLiteral(
                    "INSERT OR IGNORE INTO member_tags (member_ref, tag_ref) VALUES (?, ?)"),
                {update.row, tag.toVariant()});
            !status)
            return status;
    }
    return {};
}

Result<qint64> removeAdded(Workspace &ws, const Changes &changes)
{
    qint64 removed = 0;
    for (const char *name : StoreWriter::tablesInDeleteOrder()) {
        const QString table = QLatin1String(name);
        if (!changes.inserted.contains(table))
            continue;
        for (const Range &range : changes.inserted.value(table)) {
            auto query = sql::run(
                ws.db(), QStringLiteral("DELETE FROM %1 WHERE id BETWEEN ? AND ?").arg(table),
                {range.first, range.last});
            if (!query)
                return query.error();
            if (table != QLatin1String("identities") && table != QLatin1String("staff") &&
                table != QLatin1String("tags"))
                removed += query->numRowsAffected();
        }
    }
    return removed;
}

Result<ImportBatch> batchOf(Workspace &ws, qint64 id)
{
    auto batches = ImportHistory::batches(ws);
    if (!batches)
        return batches.error();
    for (const ImportBatch &batch : *batches) {
        if (batch.id == id)
            return batch;
    }
    return makeError(tr("there is no import batch %1").arg(id));
}

} // namespace

Result<QList<ImportBatch>> ImportHistory::batches(Workspace &ws)
{
    auto query =
        sql::run(ws.db(), QStringLiteral("SELECT id, preset, files, started_at, finished_at, "
                                         "rows_read, rows_inserted, rows_updated, rows_rejected, "
                                         "undone_at FROM import_batches ORDER BY id"));
    if (!query)
        return query.error();
    QList<ImportBatch> list;
    while (query->next()) {
        ImportBatch batch;
        batch.id = query->value(0).toLongLong();
        batch.preset = query->value(1).toString();
        for (const QJsonValue &file :
             QJsonDocument::fromJson(query->value(2).toString().toUtf8()).array())
            batch.files << file.toString();
        batch.startedAt = query->value(3).toLongLong();
        batch.finishedAt = query->value(4).toLongLong();
        batch.read = query->value(5).toLongLong();
        batch.inserted = query->value(6).toLongLong();
        batch.updated = query->value(7).toLongLong();
        batch.rejected = query->value(8).toLongLong();
        if (!query->value(9).isNull())
            batch.undoneAt = query->value(9).toLongLong();
        list << batch;
    }
    return list;
}

Result<qint64> ImportHistory::lastBatch(Workspace &ws)
{
    auto id = sql::scalar(ws.db(), QStringLiteral("SELECT max(id) FROM import_batches WHERE "
                                                  "undone_at IS NULL"));
    if (!id)
        return id.error();
    return id->isNull() ? 0 : id->toLongLong();
}

Result<ImportHistory::UndoReport> ImportHistory::undo(Workspace &ws, qint64 batchId, qint64 now)
{
    if (!now)
        now = QDateTime::currentSecsSinceEpoch();
    auto batch = batchOf(ws, batchId);
    if (!batch)
        return batch.error();
    if (batch->undoneAt)
        return makeError(tr("import batch %1 was undone already").arg(batchId));
    Transaction transaction(ws);
    if (!transaction.isActive())
        return transaction.error();
    auto later = laterChange(ws, batchId);
    if (!later)
        return later.error();
    if (*later)
        return makeError(tr("import batch %1 cannot be undone: batch %2 changed the same rows "
                            "since; undo batch %2 first")
                             .arg(batchId)
                             .arg(*later));
    auto changes = loadChanges(ws, batchId);
    if (!changes)
        return changes.error();
    if (const Status status = dropReusedIds(ws, batchId, *changes); !status)
        return status.error();
    auto edited = editedSince(ws, batchId, batch->startedAt, *changes);
    if (!edited)
        return edited.error();
    auto byHand = handEditedSince(ws, batchId, *changes);
    if (!byHand)
        return byHand.error();
    for (const QString &row : std::as_const(*byHand)) {
        if (!edited->contains(row))
            edited->append(row);
    }
    if (!edited->isEmpty())
        return makeError(tr("import batch %1 cannot be undone: %2 changed since the import (by "
                            "hand or by another program), and undo would overwrite or delete "
                            "those changes")
                             .arg(batchId)
                             .arg(listOfMembers(*edited)));
    // Read while the batch's rows are still there: undo refreshes the members it named.
    auto named = lifecycle::membersOfBatch(ws, batchId);
    if (!named)
        return named.error();
    UndoReport report;
    for (auto it = changes->updated.crbegin(); it != changes->updated.crend(); ++it) {
        if (const Status status = restore(ws, *it); !status)
            return status.error();
        ++report.restored;
    }
    auto foreign = foreignReferences(ws, *changes);
    if (!foreign)
        return foreign.error();
    if (*foreign)
        return makeError(tr("import batch %1 cannot be undone: rows added or changed since "
                            "(by a later import or by hand) refer to records it added; undo "
                            "the later imports first")
                             .arg(batchId));
    auto removed = removeAdded(ws, *changes);
    if (!removed)
        return removed.error();
    report.removed = *removed;
    for (const auto &[statement, binds] :
         {std::pair{QStringLiteral("UPDATE import_batches SET undone_at = ? WHERE id = ?"),
                    QVariantList{now, batchId}},
          std::pair{QStringLiteral("DELETE FROM import_changes WHERE batch_ref = ?"),
                    QVariantList{batchId}}}) {
        if (const Status status = sql::exec(ws.db(), statement, binds); !status)
            return status.error();
    }
    if (const Status status = lifecycle::refreshMembers(ws, *named, now); !status)
        return status.error();
    if (const Status status = transaction.commit(); !status)
        return status.error();
    return report;
}

} // namespace siyu
