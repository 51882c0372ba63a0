// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <optional>

namespace siyu {

class Workspace;

// The fields of a member an operator may edit. member_id is the source's key and stays.
enum class MemberField
{
    Name,
    Remark,
    Gender, // "M", "F" or "U"
    City,
    Phone,
    Email,
    Source,
    Staff,     // staff row id (qint64), or null
    Stage,     // a lifecycle stage code
    Consent,   // "yes", "no" or "unknown"
    ConsentAt, // epoch seconds, or null
    ConsentSource,
    Notes,
    JoinedAt, // epoch seconds, never null
    Referrer, // member row id (qint64), or null
    // A lifecycle stage set by hand (a stage code), or null: computed. While set, the stored
    // stage is this one and the lifecycle refresh leaves it.
    StageOverride
};

// A member added by hand. An empty member id is generated ("manual-…").
struct NewMember
{
    QString memberId;
    QString name;
    QString remark;
    QString gender = QStringLiteral("U");
    QString city;
    QString phone;
    QString email;
    QString source;
    std::optional<qint64> staffRef;
    qint64 joinedAt = 0; // epoch seconds; required
    QString consent = QStringLiteral("unknown");
};

// One member's part of a bulk edit: write `value` where the field still holds `expected`.
// For MemberField::StageOverride, `stage` is the stage to put back where the override is
// cleared (undo); null leaves the stored stage.
struct MemberFieldChange
{
    qint64 ref = 0;
    QVariant expected;
    QVariant value;
    QVariant stage;
};

struct MemberIdentity
{
    qint64 ref = 0;
    QString kind;
    QString value;
};

struct MemberGroupEntry
{
    qint64 groupRef = 0;
    QString groupId;
    QString name;
    QString platform;
    QString role; // owner, admin or member
    qint64 joinedAt = 0;
    std::optional<qint64> leftAt;
};

// One member with everything about them but their timeline, which is paged.
struct MemberRecord
{
    qint64 ref = 0;
    QString memberId;
    QString name;
    QString remark;
    QString gender;
    QString city;
    QString phone;
    QString email;
    QString source;
    std::optional<qint64> referrerRef;
    QString referrerName; // the referrer's name, or their member id when unnamed
    int referredCount = 0;
    qint64 joinedAt = 0;
    std::optional<qint64> staffRef;
    QString staffName;
    QString stage;
    QString stageOverride; // empty: computed
    std::optional<qint64> stageSince;
    QString consent;
    std::optional<qint64> consentAt;
    QString consentSource;
    QString notes;
    QJsonObject custom;
    std::optional<qint64> lastActiveAt;
    std::optional<qint64> lastOrderAt;
    int paidOrders = 0;
    qint64 paidCents = 0;
    std::optional<qint64> deletedAt;
    std::optional<qint64> updatedAt;
    QStringList tags; // sorted
    QVector<MemberIdentity> identities;
    QVector<MemberGroupEntry> groups; // latest joined first

    // The value of an editable field, as setField takes it.
    QVariant value(MemberField field) const;
};

// One thing in a member's timeline: an event or an order.
struct TimelineEntry
{
    enum class Kind
    {
        Event,
        Order
    };
    Kind kind = Kind::Event;
    qint64 ref = 0;
    qint64 at = 0;
    QString type;                // event type; empty for orders
    QString group;               // group name of an event
    QString content;             // content title of an event
    QString campaign;            // campaign name
    std::optional<double> value; // event value (survey score)
    QString orderId;
    qint64 amountCents = 0;
    int items = 0;
    QString channel;
    bool refunded = false;
};

// A row id with its name, for choices (staff, groups).
struct MemberChoice
{
    qint64 ref = 0;
    QString name;
};

// How much an erasure removed; the audit log records these counts, never the data.
struct EraseCounts
{
    int identities = 0;
    int tags = 0;
    int memberships = 0;
    int events = 0;
    int orders = 0;
    int stageHistory = 0;
    int segmentMembers = 0;
    int handEdits = 0; // rows of the hand-edit log (no personal data)
    int importChanges = 0;
    int referralsUnlinked = 0;
    int copiesScrubbed = 0; // rows elsewhere that held a copy of their data (rules, undo log)
    // False when another connection kept the WAL from being written into the file and
    // truncated: old copies stay in the WAL until every connection has closed the workspace.
    bool filePurged = true;

    QString toJson() const;
};

// Reads and writes single members. Every write is one Transaction; errors come back as values.
class MemberRepository
{
public:
    explicit MemberRepository(Workspace &workspace) : m_ws(workspace) {}

    Result<MemberRecord> load(qint64 ref) const;
    // Newest first; `offset` and `limit` page through it.
    Result<QVector<TimelineEntry>> timeline(qint64 ref, int offset, int limit) const;
    Result<int> timelineSize(qint64 ref) const;
    Result<qint64> refOf(const QString &memberId) const;

    Status setField(qint64 ref, MemberField field, const QVariant &value);
    // The same, only while the field still holds `expected` (compare and set, for undo and
    // redo): the value as stored, or nullopt, with nothing written, when someone else (an
    // import, another program) changed the field since.
    Result<std::optional<QVariant>> setFieldIf(qint64 ref, MemberField field,
                                               const QVariant &expected, const QVariant &value);
    // An invalid QVariant removes the key.
    Status setCustomField(qint64 ref, const QString &key, const QVariant &value);
    // Compare and set: writes only when the custom field still holds `expected` (an invalid
    // QVariant: absent); returns no value, writing nothing, when it was changed since.
    Result<bool> setCustomFieldIf(qint64 ref, const QString &key, const QVariant &expected,
                                  const QVariant &value);

    // True when the tag was attached by this call (false: the member had it already). A tag
    // that does not exist yet is created.
    Result<bool> addTag(qint64 ref, const QString &tag);
    // True when the member had the tag. The tag itself stays for other members and rules.
    Result<bool> removeTag(qint64 ref, const QString &tag);
    // Every tag name, sorted, for completion.
    Result<QStringList> tagNames() const;

    // Adds a member by hand: validated (a name or a member id, a joined date, phone and email
    // as setField checks them, a member id not in use), one transaction. `ref` > 0 reuses that
    // row id (redo after undo). Returns the row id.
    Result<qint64> create(const NewMember &member, qint64 ref = 0);
    // Undoes create(): removes the member while nothing names them yet (no events, orders,
    // memberships, tags, accounts, referrals) and no one edited them since `updatedAt`;
    // false, with nothing removed, otherwise.
    Result<bool> removeCreated(qint64 ref, qint64 updatedAt);
    // A member id no member has: "manual-" and a number.
    Result<QString> unusedMemberId() const;

    // Bulk edits, each one transaction and a few statements whatever the number of members.
    // The current values of `field` for these members (those that exist), as changes to
    // `value`; members already holding `value` are left out.
    Result<QVector<MemberFieldChange>> changesTo(const QList<qint64> &refs, MemberField field,
                                                 const QVariant &value) const;
    // Applies each change where the field still holds its `expected` value (compare and set);
    // returns the members written. Staff and StageOverride only.
    Result<QList<qint64>> applyChanges(MemberField field,
                                       const QVector<MemberFieldChange> &changes);
    // Attaches the tag to these members (creating the tag); returns those that did not have it.
    Result<QList<qint64>> addTagTo(const QList<qint64> &refs, const QString &tag);
    // Detaches the tag; returns those that had it.
    Result<QList<qint64>> removeTagFrom(const QList<qint64> &refs, const QString &tag);

    // Soft delete: the members disappear from lists and KPIs but can be restored. Returns the
    // members that were live before the call.
    Result<QList<qint64>> softDelete(const QList<qint64> &refs);
    Status restore(const QList<qint64> &refs);

    // Removes the member and everything that names them, for a data-subject request, and
    // every copy of their personal data in the file (see erasure.h). Cannot be undone. The
    // audit log records the counts. Outside a transaction: it ends with a VACUUM.
    // When the file is cleaned of the old pages (VACUUM, checkpoint): at once, or later by the
    // caller with erasure::purgeFreedPages on a connection of its own (the window does it on a
    // worker: a VACUUM of a large workspace takes long).
    enum class Purge
    {
        Now,
        Later
    };
    Result<EraseCounts> erase(qint64 ref, Purge purge = Purge::Now);
    // What erase(ref) would remove, counted without changing anything (for the confirmation).
    Result<EraseCounts> eraseImpact(qint64 ref) const;

    // Records that the user asked to see unmasked contact details: of one member, or of a
    // list (ref 0) showing `count` members.
    Status recordUnmask(qint64 ref, qint64 count);

    // Choices for filters and editors.
    Result<QVector<MemberChoice>> staff() const;
    Result<QVector<MemberChoice>> groups() const;
    Result<QStringList> sources() const;

private:
    Status writeField(qint64 ref, MemberField field, const QVariant &value);
    Result<QJsonObject> custom(qint64 ref) const;
    Status loadTags(MemberRecord &record) const;
    Status loadIdentities(MemberRecord &record) const;
    Status loadGroups(MemberRecord &record) const;
    Status scrubImportChanges(qint64 ref, EraseCounts &counts);
    Status deleteNaming(qint64 ref, EraseCounts &counts);

    Workspace &m_ws;
};

} // namespace siyu
