// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/segments/rulecompiler.h"

#include <QStringList>

namespace siyu {

class Workspace;

// Writes the members of a segment as CSV (UTF-8 without BOM, RFC 4180 quoting, CRLF line
// ends, header first) with the columns of `columns()`. Phone and email are always masked
// (models/common/masking.h); joined_at is local time in the workspace's zone; tags are
// separated by ';'; a text cell that would read as a formula gets a leading apostrophe
// (neutralised()). The file is written whole or not at all (SideFile); then the export is
// recorded in the audit log with counts only: action `export`, object kind `segment`, the
// segment's row id when there is one, and a detail naming the number of rows and the masked
// columns. When the audit row cannot be written the file is removed again.
namespace segmentexport {

const QStringList &columns();

// `condition` selects among the live members (see RuleCompiler). Returns the number of rows.
// With `unmasked` (the user asked for it) phone and email are written in full, and the audit
// log records the unmask (action `unmask`, object kind `segment`, the number of rows) before the
// export, whose detail then names no masked columns.
Result<qint64> writeCsv(Workspace &ws, const SqlFragment &condition, const QString &path,
                        qint64 segmentRef = 0, bool unmasked = false);

// A text cell that a spreadsheet would read as a formula (it begins with =, +, -, @, a tab or
// a carriage return) gets a leading apostrophe (OWASP's rule against CSV injection). Only text
// cells go through it: the export has no numeric column.
QString neutralised(const QString &text);

// One CSV field, quoted when it holds a comma, a quote or a line break.
QString csvField(const QString &text);

} // namespace segmentexport
} // namespace siyu
