// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/stagekeeper.h"

#include "models/segments/lifecycle.h"
#include "models/store/settings.h"
#include "models/store/settingschange.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"
#include "widgets/import/workspacejob.h"

#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>

#include <memory>

namespace siyu {

StageKeeper::StageKeeper(QObject *parent)
    : QObject(parent), m_job(new WorkspaceJob(this)), m_midnight(new QTimer(this))
{
    m_midnight->setSingleShot(true);
    connect(m_midnight, &QTimer::timeout, this, [this] {
        bringUpToDate();
        scheduleMidnight();
    });
    connect(m_job, &WorkspaceJob::finished, this, &StageKeeper::backgroundFinished);
}

StageKeeper::~StageKeeper() = default;

void StageKeeper::setWorkspace(const QString &path)
{
    m_job->cancelAndWait();
    m_midnight->stop();
    m_path = path;
    if (m_path.isEmpty())
        return;
    bringUpToDate();
    scheduleMidnight();
}

void StageKeeper::bringUpToDate()
{
    if (m_path.isEmpty() || m_job->isRunning())
        return;
    m_changed = false;
    m_job->start(m_path, [this](Workspace &ws, WorkspaceJob &job) {
        auto done = lifecycle::bringUpToDate(ws, QDateTime::currentSecsSinceEpoch(),
                                             [&job](int) { return !job.isCancelled(); });
        m_changed = done && (done->recomputed || done->members > 0);
    });
}

bool StageKeeper::isBusy() const
{
    return m_job->isRunning();
}

bool StageKeeper::recompute(QWidget *parent, std::optional<int> churnDays)
{
    if (m_path.isEmpty())
        return false;
    // The background refresh is cancelled (rolled back): the recompute covers it.
    m_job->cancelAndWait();
    QProgressDialog progress(tr("Recomputing the lifecycle stages of every member…"), tr("Cancel"),
                             0, 1000, parent);
    progress.setWindowTitle(tr("Lifecycle stages"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    WorkspaceJob job;
    auto status = std::make_shared<Status>();
    QEventLoop loop;
    connect(&job, &WorkspaceJob::progress, &progress, &QProgressDialog::setValue);
    connect(&job, &WorkspaceJob::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &job, &WorkspaceJob::cancel);
    job.start(m_path, [status, churnDays](Workspace &ws, WorkspaceJob &worker) {
        Transaction transaction(ws);
        if (!transaction.isActive()) {
            *status = transaction.error();
            return;
        }
        if (churnDays) {
            SettingsChange change;
            change.set(settings::churnDays, *churnDays);
            if (*status = change.apply(ws); !*status)
                return;
        }
        *status =
            lifecycle::recompute(ws, QDateTime::currentSecsSinceEpoch(), [&worker](int percent) {
                worker.reportProgress(percent, 100);
                return !worker.isCancelled();
            });
        if (*status)
            *status = transaction.commit();
    });
    loop.exec();
    const bool cancelled = progress.wasCanceled();
    progress.reset();
    if (job.openError()) {
        QMessageBox::warning(parent, tr("Lifecycle stages"), job.openError()->toString());
        return false;
    }
    if (cancelled || !*status) {
        if (!cancelled)
            QMessageBox::warning(parent, tr("Lifecycle stages"), status->error().toString());
        return false;
    }
    return true;
}

void StageKeeper::backgroundFinished()
{
    if (m_changed)
        emit stagesChanged();
}

void StageKeeper::scheduleMidnight()
{
    m_midnight->start(int(msecsToNextMidnight(QDateTime::currentDateTime())));
}

qint64 StageKeeper::msecsToNextMidnight(const QDateTime &now)
{
    const QDateTime next = QDateTime(now.date().addDays(1), QTime(0, 0, 1), now.timeZone());
    return std::max<qint64>(1000, now.msecsTo(next));
}

} // namespace siyu
