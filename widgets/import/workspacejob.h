// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <optional>

class QThread;

namespace siyu {

class Workspace;

// Long work on a workspace, on a thread of its own with its own Workspace on the same path (Qt
// SQL connections belong to one thread). The work reports progress and looks at isCancelled();
// whatever it stores for the UI is safe to read once finished() has been emitted.
class WorkspaceJob : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<void(Workspace &ws, WorkspaceJob &job)>;

    explicit WorkspaceJob(QObject *parent = nullptr);
    // Cancels the work and waits for it: the workspace is left as the work leaves it on cancel.
    ~WorkspaceJob() override;

    void start(const QString &workspacePath, Work work);
    bool isRunning() const { return m_thread != nullptr; }
    void cancel() { m_cancelled = true; }
    // Cancels and blocks until the work has stopped.
    void cancelAndWait();
    // The workspace could not be opened on the worker thread.
    const std::optional<Error> &openError() const { return m_openError; }

    // For the work, from its thread.
    bool isCancelled() const { return m_cancelled; }
    void reportProgress(qint64 done, qint64 total);

signals:
    void progress(int permille);
    void finished();

private:
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancelled = false;
    std::atomic_int m_lastPermille = -1;
    std::optional<Error> m_openError;
};

} // namespace siyu
