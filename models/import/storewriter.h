// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/import/bulkstatement.h"
#include "models/import/entityfields.h"
#include "models/import/keyindex.h"
#include "models/import/keymap.h"
#include "models/import/localtimeconverter.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace siyu {

class Workspace;
struct SourceRow;
struct RowPolicy;

// Named laps of wall-clock time: where an import spends it.
class PhaseTimer
{
public:
    PhaseTimer() { m_timer.start(); }
    void lap(const QString &name) { m_phases.append({name, m_timer.restart()}); }
    const QList<std::pair<QString, qint64>> &phases() const { return m_phases; }

private:
    QElapsedTimer m_timer;
    QList<std::pair<QString, qint64>> m_phases;
};

// Writes import rows into the store inside the import's transaction: converts and checks each
// value, matches existing records through keys and identities, inserts or updates, and keeps
// the undo log of the batch (before-images of changed rows, the id ranges of added rows).
class StoreWriter
{
public:
    enum class Outcome
    {
        Inserted,
        Updated,   // matched an existing record and changed it
        Unchanged, // matched an existing record that already held these values
        Invalid,
        Deferred // names a record that may still arrive in this import
    };

    StoreWriter(Workspace &ws, qint64 batchId, qint64 now);
    ~StoreWriter();
    StoreWriter(const StoreWriter &) = delete;
    StoreWriter &operator=(const StoreWriter &) = delete;

    // Before the first row. `arriving`: the kinds of record this import brings (a reference to
    // one of them that is not known yet is deferred until the end). With many rows coming into
    // an empty table, its secondary indexes are dropped and rebuilt by finish(): one sort
    // instead of millions of random index writes.
    Status begin(qint64 estimatedRows, const std::vector<Entity> &arriving);
    Outcome write(const SourceRow &row, bool finalPass, Error *error);
    // With false, records that match an existing one leave it as it is (the wizard's "skip
    // existing").
    void setUpdateExisting(bool update) { m_updateExisting = update; }
    // Names the files of the import, for messages about rows in another file.
    void setFileNames(const QStringList &names) { m_fileNames = names; }
    // Where finish() and finishAfterRefresh() record the time of their steps.
    void setTimer(PhaseTimer *timer) { m_timer = timer; }
    // After the last row: records the added rows in the undo log and rebuilds the dropped
    // indexes the lifecycle refresh reads (events, orders, ...).
    Status finish();
    // After the lifecycle refresh: rebuilds the rest (the members' indexes, which the refresh
    // would otherwise update row by row, and their full-text index).
    Status finishAfterRefresh();

    // Tables whose rows an import adds, children before parents (the order undo deletes in).
    static const std::vector<const char *> &tablesInDeleteOrder();
    // The columns of `table` an import writes (and its before-images hold).
    static QStringList columnsOf(const QString &table);

    struct Value; // a typed value bound to one column
    enum Table : int
    {
        Members,
        Groups,
        Memberships,
        Events,
        Orders,
        Content,
        Campaigns,
        CampaignCosts,
        Identities,
        Staff,
        Tags,
        TableCount
    };

private:
    struct TableState
    {
        qint64 maxIdAtStart = 0;
        bool emptyAtStart = true;
        std::unique_ptr<BulkStatement> insert;
        std::unique_ptr<BulkStatement> select;
        QHash<quint32, BulkStatement *> updates; // by mask of the columns set
        std::vector<std::unique_ptr<BulkStatement>> updateStore;
        QSet<qint64> logged; // rows whose before-image is in the log
    };
    struct Cells;

    Outcome writeMember(const SourceRow &row, bool finalPass, Error *error);
    Outcome writeGroup(const SourceRow &row, Error *error);
    Outcome writeMembership(const SourceRow &row, bool finalPass, Error *error);
    Outcome writeEvent(const SourceRow &row, bool finalPass, Error *error);
    Outcome writeOrder(const SourceRow &row, bool finalPass, Error *error);
    Outcome writeContent(const SourceRow &row, bool finalPass, Error *error);
    Outcome writeCampaign(const SourceRow &row, Error *error);
    Outcome writeCost(const SourceRow &row, bool finalPass, Error *error);

    // The steps below return nullopt when the row may go on, or the outcome that ends it.
    // Finds (or creates, when the policy allows) the member a record names.
    std::optional<Outcome> resolveMember(Cells &cells, int memberIdField, bool finalPass,
                                         qint64 *memberRef);
    std::optional<qint64> lookupMember(Cells &cells, int lookup);
    std::optional<Outcome> createMember(Cells &cells, int lookup, qint64 *memberRef);
    // Finds a record named by its key; Deferred when it may still arrive in this import.
    std::optional<Outcome> resolveRef(Entity entity, Cells &cells, int field, bool finalPass,
                                      std::optional<qint64> *ref);
    std::optional<qint64> matchMember(Cells &cells, QByteArrayView key);
    // The record's key: its key field, or the policy's prefix + the first of keyFrom.
    bool recordKey(Cells &cells, int keyField, QByteArray *key, int *namedField);
    // A key seen before in this import: the row is invalid, naming the first one.
    bool duplicate(Entity entity, QByteArrayView key, Cells &cells, int field);
    std::optional<qint64> timeOrDefault(Cells &cells, int field, bool inserting);
    QByteArrayView textOrDefault(Cells &cells, int field, bool inserting);
    KeyIndex &keysOf(Entity entity);
    int addIdentity(qint64 member, int kind, QByteArrayView value, Error *error);
    // A phone as the store keeps it: E.164, or empty with the reason it is not a number.
    struct PhoneValue
    {
        QByteArray e164;
        QString error;
    };
    const PhoneValue &phoneOf(QByteArrayView text);
    bool checkPhone(Cells &cells, int field);
    bool storedPhoneIs(qint64 member, QByteArrayView e164);
    QByteArray storedPhone(QByteArrayView text); // a phone read from the workspace
    // An identity's value as it is compared: phones in E.164, other kinds as written.
    QByteArray identityValue(int kind, QByteArrayView value);

    // Insert, or compare and update, one row of `table`; `values` has one entry per importable
    // column, `setMask` the columns the record sets.
    Outcome upsert(Table table, std::optional<qint64> existing, const Value *values,
                   quint32 setMask, qint64 *id, Error *error);
    BulkStatement &selectStatement(Table table);
    BulkStatement *updateStatement(Table table, quint32 mask);

    std::optional<qint64> staffId(QByteArrayView name, Error *error);
    std::optional<qint64> tagId(QByteArrayView name, Error *error);
    std::vector<qint64> tagsOf(qint64 member);
    bool setTags(qint64 member, const std::vector<qint64> &tags, bool isNew);
    KeyIndex &identityIndex(int kind);
    void loadContactIndexes();
    bool eventExists(const Value *values);

    Status loadNames();
    Status dropIndexesForLargeImport();
    Status dropIndexes(const char *table, bool afterRefresh,
                       const std::vector<QByteArrayView> *onlyOver = nullptr);
    Status dropFullTextTriggers(const char *table);
    Status rebuild(std::vector<std::pair<QByteArray, QByteArray>> &dropped);
    bool ensureLogged(Table table, qint64 id);
    void lap(const char *phase)
    {
        if (m_timer)
            m_timer->lap(QString::fromLatin1(phase));
    }
    Status sqlFailure(const QString &what) const;
    Outcome fail(Error *error, const QString &message);
    bool tableEmpty(Table table) const { return m_tables[table].emptyAtStart; }

    Workspace &m_ws;
    sqlite3 *m_db;
    qint64 m_batch;
    QStringList m_fileNames;
    qint64 m_now;
    LocalTimeConverter m_zone;
    QString m_phoneRegion; // of numbers without a country code
    QByteArray m_phoneText;
    PhoneValue m_phone; // of m_phoneText: one row asks for the same phone several times
    qint64 m_estimatedRows = 0;
    std::array<bool, entityCount> m_arriving{};
    std::array<TableState, TableCount> m_tables;
    std::array<KeyMap, entityCount> m_seen;
    std::unique_ptr<KeyIndex> m_members, m_groups, m_content, m_campaigns, m_orders;
    std::vector<std::unique_ptr<KeyIndex>> m_identities; // by identityKinds() index
    bool m_contactsLoaded = false;
    KeyMap m_staff, m_tagIds;
    std::unique_ptr<BulkStatement> m_eventExists, m_membershipKey, m_costKey, m_tagsOf, m_clearTags,
        m_addTag, m_addIdentity, m_addStaff, m_addTagName, m_logChange;
    std::unique_ptr<BulkStatement> m_joinedOf, m_phoneOf;
    bool m_updateExisting = true;
    PhaseTimer *m_timer = nullptr;
    qint64 m_eventsMinAt = 0, m_eventsMaxAt = -1;
    qint64 m_seq = 0;
    // Dropped for a bulk write and rebuilt at the end: (name, sql) of indexes and triggers, the
    // full-text tables to rebuild.
    std::vector<std::pair<QByteArray, QByteArray>> m_droppedIndexes, m_droppedLateIndexes;
    std::vector<std::pair<QByteArray, QByteArray>> m_droppedTriggers;
    std::vector<QByteArray> m_fullTextTables;
    std::vector<QByteArrayView> m_parts;
    QByteArray m_scratch;
};

} // namespace siyu
