// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QString>
#include <QStringList>

namespace siyu {

class Workspace;

// The steps of erasing a member that reach beyond the rows naming them: copies of their
// personal data elsewhere in the file, the full-text index, the undo log's id ranges, and the
// pages and WAL frames that held them.
namespace erasure {

// What the file may hold copies of: the member's name, remark, phone, email and the values
// of their identities on other platforms.
class PersonalData
{
public:
    void add(const QString &value);
    bool isEmpty() const { return m_values.isEmpty(); }
    // True when `text` holds one of the values (letters in any case; a phone in any spacing).
    bool foundIn(const QString &text) const;
    const QStringList &values() const { return m_values; }

private:
    QStringList m_values; // folded to lower case
    QStringList m_digits; // phone-like values reduced to their digits
};

Result<PersonalData> personalDataOf(Workspace &ws, qint64 memberRef);

// Replaces every copy in the undo log's before-images, saved segment rules and descriptions,
// campaign target segments and audit details. Returns the number of rows changed.
Result<int> scrubCopies(Workspace &ws, const PersonalData &data);

// Shrinks each import batch's range of added ids to the rows that still exist, so that an id
// SQLite hands out again after an erasure never falls in an old batch's range.
Status trimInsertRanges(Workspace &ws);

// Rebuilds the full-text index from the members table: the old index keeps deleted text in
// its segments until they are merged, so no segment of it may survive.
Status rebuildFullText(Workspace &ws);

// After the commit (outside any transaction): writes the WAL into the file, VACUUMs, and
// truncates the WAL. False when another connection kept that from finishing; the pages that
// held the data were zeroed (secure_delete) but old copies may remain in the WAL until every
// connection has closed the workspace.
Result<bool> purgeFreedPages(Workspace &ws);

// The replacement for an erased value in rules and texts.
inline QString erasedMarker()
{
    return QStringLiteral("(erased)");
}

} // namespace erasure
} // namespace siyu
