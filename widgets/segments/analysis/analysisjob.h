// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/segments/livecount.h"
#include "models/store/workspace.h"

#include <QFuture>
#include <QString>
#include <QtConcurrent>

#include <memory>

namespace siyu::analysis {

// What a page's computation gives back: the data, or the error to show.
template<typename T> struct Outcome
{
    std::shared_ptr<const T> data;
    QString error;
};

// Runs `compute(Workspace &) -> Result<T>` on a worker thread over a connection of its own to
// the workspace file (read only: Qt SQL connections belong to one thread, and these pages only
// read). The page watches the future; a page that asks again drops the older future, so that a
// result for old parameters is never shown, and interrupts the older one's statement through
// `interrupter` (restart()), so that a cancelled or superseded computation stops at once
// instead of running to its end on the worker.
template<typename T, typename Compute>
QFuture<Outcome<T>> run(const QString &workspacePath, Compute compute,
                        std::shared_ptr<QueryInterrupter> interrupter)
{
    return QtConcurrent::run([workspacePath, compute, interrupter]() -> Outcome<T> {
        if (interrupter->wasInterrupted())
            return {nullptr, QStringLiteral("interrupted")};
        auto ws = Workspace::open(workspacePath, Workspace::OpenMode::ReadOnly);
        if (!ws)
            return {nullptr, ws.error().toString()};
        interrupter->attach((*ws)->handle());
        Result<T> result = compute(**ws);
        interrupter->detach();
        if (interrupter->wasInterrupted())
            return {nullptr, QStringLiteral("interrupted")};
        if (!result)
            return {nullptr, result.error().toString()};
        return {std::make_shared<const T>(std::move(*result)), {}};
    });
}

// Interrupts the computation `current` belongs to (if any) and gives the next one's.
inline std::shared_ptr<QueryInterrupter> restart(const std::shared_ptr<QueryInterrupter> &current)
{
    if (current)
        current->interrupt();
    return std::make_shared<QueryInterrupter>();
}

} // namespace siyu::analysis
