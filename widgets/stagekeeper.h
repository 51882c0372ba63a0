// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <atomic>
#include <optional>

class QTimer;
class QWidget;

namespace siyu {

class WorkspaceJob;

// Keeps the open workspace's lifecycle stages up to date (lifecycle.h): on opening and at every
// local midnight while it is open, lifecycle::bringUpToDate on a worker with its own connection,
// never blocking the window; and, on request, the full recompute behind a progress dialog with
// Cancel (after a churn_days change).
class StageKeeper : public QObject
{
    Q_OBJECT

public:
    explicit StageKeeper(QObject *parent = nullptr);
    ~StageKeeper() override;

    // The workspace file whose stages are kept (empty: none; the caller passes none for a
    // read-only workspace). Brings its stages up to date at once.
    void setWorkspace(const QString &path);
    // Brings the stages up to date on the worker, unless that is already under way.
    void bringUpToDate();
    // Recomputes every stage on the worker behind a modal progress dialog with Cancel, setting
    // churn_days to `churnDays` first in the same transaction (so Cancel leaves both as they
    // were). True when done; false when cancelled or failed (the failure shown).
    bool recompute(QWidget *parent, std::optional<int> churnDays = std::nullopt);
    // A refresh is running on the worker (its commit is not an outside change).
    bool isBusy() const;

    // Milliseconds from `now` to the next local midnight (a second after it).
    static qint64 msecsToNextMidnight(const QDateTime &now);

signals:
    // A refresh on the worker has changed stored stages: the areas should show them again.
    void stagesChanged();

private:
    void scheduleMidnight();
    void backgroundFinished();

    QString m_path;
    WorkspaceJob *m_job = nullptr;
    QTimer *m_midnight = nullptr;
    // Written by the worker, read once its job has finished.
    std::atomic_bool m_changed = false;
};

} // namespace siyu
