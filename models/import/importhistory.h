// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace siyu {

class Workspace;

struct ImportBatch
{
    qint64 id = 0;
    QString preset;
    QStringList files;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    qint64 read = 0, inserted = 0, updated = 0, rejected = 0;
    std::optional<qint64> undoneAt;
};

// The imports a workspace has seen, and taking one back.
class ImportHistory
{
public:
    static Result<QList<ImportBatch>> batches(Workspace &ws);
    // The newest batch that is not undone, 0 when there is none.
    static Result<qint64> lastBatch(Workspace &ws);

    struct UndoReport
    {
        qint64 removed = 0;  // rows the batch had added
        qint64 restored = 0; // rows it had changed, back as they were
    };
    // Removes what the batch added and restores what it changed, in one transaction. Refused
    // (nothing changes) when a later import changed the same rows or added rows that refer to
    // the batch's rows: undo that one first.
    static Result<UndoReport> undo(Workspace &ws, qint64 batch, qint64 now = 0);
};

} // namespace siyu
