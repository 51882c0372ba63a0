// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/segments/lifecycle.h"
#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"
#include "widgets/stagekeeper.h"

#include <QApplication>
#include <QDateTime>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace siyu;

namespace {

constexpr qint64 day = 86400;

} // namespace

// The window's keeper of the stages: a refresh on a worker when a workspace is opened, one at
// every midnight, and the full recompute (with churn_days) behind a progress dialog.
class TestStageKeeper : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A workspace whose stages were exact 100 days ago: its one member has churned since.
    QString workspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("k%1.siyu").arg(++m_files));
        auto ws = Workspace::open(path);
        if (!ws)
            qFatal("open: %s", qPrintable(ws.error().toString()));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        sql::exec((*ws)->db(),
                  QStringLiteral("INSERT INTO members (id, member_id, joined_at) VALUES (1, 'K1', "
                                 "?)"),
                  {now - 120 * day});
        sql::exec((*ws)->db(),
                  QStringLiteral("INSERT INTO events (member_ref, type, occurred_at) VALUES (1, "
                                 "'message', ?)"),
                  {now - 100 * day});
        if (!lifecycle::recompute(**ws, now - 99 * day))
            qFatal("recompute failed");
        return path;
    }

    static QString stage(const QString &path)
    {
        auto ws = Workspace::open(path, Workspace::OpenMode::ReadOnly);
        if (!ws)
            return ws.error().toString();
        return sql::scalar((*ws)->db(), QStringLiteral("SELECT stage || ' ' || stage_since FROM "
                                                       "members WHERE id = 1"))
            ->toString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void nextMidnight()
    {
        const QDateTime evening(QDate(2026, 11, 19), QTime(23, 59, 0));
        QCOMPARE(StageKeeper::msecsToNextMidnight(evening), qint64(61000));
        const QDateTime morning(QDate(2026, 11, 19), QTime(0, 0, 1));
        QCOMPARE(StageKeeper::msecsToNextMidnight(morning), qint64(day * 1000));
    }

    void openingBringsTheStagesUpToDate()
    {
        const QString path = workspace();
        QVERIFY(stage(path).startsWith(QLatin1String("interest ")));
        StageKeeper keeper;
        QSignalSpy changed(&keeper, &StageKeeper::stagesChanged);
        keeper.setWorkspace(path);
        QTRY_COMPARE(changed.count(), 1);
        QVERIFY(!keeper.isBusy());
        // Churn began sixty days after the event, and is recorded then.
        const qint64 churnAt = QDateTime::currentSecsSinceEpoch() - 40 * day;
        const QStringList parts = stage(path).split(QLatin1Char(' '));
        QCOMPARE(parts.value(0), QStringLiteral("churn"));
        QVERIFY(qAbs(parts.value(1).toLongLong() - churnAt) < 60);
        // Nothing is due a moment later: no signal, nothing written.
        keeper.bringUpToDate();
        QTRY_VERIFY(!keeper.isBusy());
        QCOMPARE(changed.count(), 1);
        keeper.setWorkspace(QString());
    }

    void recomputeSetsChurnDaysWithTheStages()
    {
        const QString path = workspace();
        StageKeeper keeper;
        keeper.setWorkspace(path);
        QTRY_VERIFY(!keeper.isBusy());
        QVERIFY(keeper.recompute(nullptr, 200));
        auto ws = Workspace::open(path, Workspace::OpenMode::ReadOnly);
        QVERIFY(ws);
        QCOMPARE(settings::churnDays.get(**ws), 200);
        // With 200 days, 100 days of silence is not churn yet.
        QVERIFY(stage(path).startsWith(QLatin1String("interest ")));
    }

    void cancelledRecomputeChangesNothing()
    {
        const QString path = workspace();
        StageKeeper keeper;
        keeper.setWorkspace(path);
        QTRY_VERIFY(!keeper.isBusy());
        const QString before = stage(path);
        // Cancel as soon as the progress dialog shows (before the worker can finish).
        QTimer::singleShot(0, this, [] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<QProgressDialog *>(widget))
                    dialog->cancel();
            }
        });
        const bool done = keeper.recompute(nullptr, 200);
        auto ws = Workspace::open(path, Workspace::OpenMode::ReadOnly);
        QVERIFY(ws);
        if (!done) {
            QCOMPARE(settings::churnDays.get(**ws), 60);
            QCOMPARE(stage(path), before);
        } else {
            QCOMPARE(settings::churnDays.get(**ws), 200); // the worker won the race
        }
    }
};

QTEST_MAIN(TestStageKeeper)
#include "tst_stagekeeper.moc"
