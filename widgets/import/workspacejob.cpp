// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/import/workspacejob.h"

#include "models/store/workspace.h"

#include <QThread>

#include <algorithm>

namespace siyu {

WorkspaceJob::WorkspaceJob(QObject *parent) : QObject(parent) {}

WorkspaceJob::~WorkspaceJob()
{
    cancelAndWait();
}

void WorkspaceJob::start(const QString &workspacePath, Work work)
{
    Q_ASSERT(!m_thread);
    m_cancelled = false;
    m_lastPermille = -1;
    m_openError.reset();
    m_thread = QThread::create([this, workspacePath, work = std::move(work)] {
        auto ws = Workspace::open(workspacePath, Workspace::OpenMode::MustExist);
        if (!ws) {
            m_openError = ws.error();
            return;
        }
        work(**ws, *this);
    });
    // Queued: the thread emits finished() from itself, the job answers on its own thread. The
    // thread object (which lives here) is the context: when cancelAndWait() deletes it, a
    // finished() still queued goes with it and cannot reach the next job's thread.
    QThread *thread = m_thread;
    connect(thread, &QThread::finished, thread, [this, thread] {
        if (m_thread != thread)
            return; // cancelAndWait() has tidied up already
        thread->deleteLater();
        m_thread = nullptr;
        emit finished();
    });
    m_thread->start();
}

void WorkspaceJob::cancelAndWait()
{
    if (!m_thread)
        return;
    m_cancelled = true;
    m_thread->wait();
    // The queued finished() will not reach a job that is going away: tidy up here.
    delete m_thread;
    m_thread = nullptr;
}

void WorkspaceJob::reportProgress(qint64 done, qint64 total)
{
    const int permille = total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 1000)) : 0;
    if (m_lastPermille.exchange(permille) != permille)
        emit progress(permille);
}

} // namespace siyu
