// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

namespace siyu {

class Workspace;

// The import writes with SQLite's foreign-key checks off (it resolves every reference itself).
// Before it commits, this checks that every row the batch wrote — the ids its undo log records,
// and the tag links of its members — still points at rows that exist. An error names the
// table, the row and the column; the caller rolls back.
Status checkBatchForeignKeys(Workspace &ws, qint64 batch);

} // namespace siyu
