// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/import/sourcerow.h"
#include "models/import/textsource.h"

#include <QStringList>

#include <optional>

namespace siyu {

// What the engine lets a user or a caller choose about reading a file.
struct ReadOptions
{
    std::optional<TextEncoding> encoding; // detected when unset
    char delimiter = 0;                   // sniffed when 0
    std::optional<DateOrder> dateOrder;   // the preset's (or detected) when unset
};

// One input file read as SourceRows. Each kind of file (CSV through a preset, a Telegram or a
// WhatsApp export) has its own source; all of them stream.
class RowSource
{
public:
    virtual ~RowSource() = default;

    // Fills `row` with the next record; false at the end or on a fatal error (fatal()).
    virtual bool next(SourceRow &row) = 0;
    const std::optional<Error> &fatal() const { return m_fatal; }
    // The columns of the rejects file, before `reason`.
    virtual QStringList rejectHeader() const = 0;
    virtual qint64 bytesDone() const = 0;
    virtual qint64 bytesTotal() const = 0;
    // A guess of the number of records, to plan the write.
    virtual qint64 estimatedRows() const = 0;
    // Kinds of record the source produces.
    virtual std::vector<Entity> entities() const = 0;
    // What was detected, for people: "UTF-8, delimiter ',', header on row 2".
    virtual QString description() const = 0;
    const QStringList &warnings() const { return m_warnings; }

protected:
    std::optional<Error> m_fatal;
    QStringList m_warnings;
};

} // namespace siyu
