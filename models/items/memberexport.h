// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/store/memberfilter.h"

#include <QString>
#include <QVector>

#include <functional>

namespace siyu {

class Workspace;

// Writes a member list as it is shown — its filter (search, filters, or a selection as
// `filter.refs`), its visible columns in their order, its sort order — to CSV (UTF-8 with a
// BOM, so that Excel reads Chinese; RFC 4180 quoting; CRLF) or to .xlsx (libxlsxwriter; dates
// and amounts as numbers with a format). Column titles are those of the list, in the UI
// language. Phone and email are masked unless `unmasked` (the user unmasked the list, which
// the audit log recorded). A CSV text cell that would read as a formula gets a leading
// apostrophe (segmentexport::neutralised); an .xlsx cell is written as a string, never a
// formula. The file is written whole or not at all (SideFile), then the export is recorded in
// the audit log: action `export`, object kind `members`, with the number of rows, the format,
// the column keys, whether contact details were masked and the file's name — never the data.
// When the audit row cannot be written the file is removed again.
namespace memberexport {

enum class Format
{
    Csv,
    Xlsx
};

struct Request
{
    MemberFilter filter;
    int sortColumn = 0; // a MemberTableModel column that sorts
    Qt::SortOrder order = Qt::AscendingOrder;
    QVector<int> columns; // MemberTableModel columns, in the order shown
    bool unmasked = false;
    Format format = Format::Csv;
    QString path;
};

// .xlsx by the file's suffix, else CSV.
Format formatOf(const QString &path);
// The stable key of a list column in the audit log ("member_id", "phone", …).
QString columnKey(int column);

// Returns the number of members written. `progress` (0–100) returning false cancels: nothing
// is left at the path, nothing is audited, and the error is "cancelled".
Result<qint64> write(Workspace &ws, const Request &request,
                     const std::function<bool(int percent)> &progress = {});

} // namespace memberexport
} // namespace siyu
