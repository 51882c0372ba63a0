// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QList>

namespace siyu {

class Workspace;

// Rows changed by hand (in the window) since an import: undo-import refuses to overwrite or
// delete them. Each edit records the newest import batch at the time of the edit, so "since
// batch B" is exact, whatever the clock says.
namespace handedits {

Status record(Workspace &ws, const char *table, qint64 row);
Status record(Workspace &ws, const char *table, const QList<qint64> &rows);

} // namespace handedits

} // namespace siyu
