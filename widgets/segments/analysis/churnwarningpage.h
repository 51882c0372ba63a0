// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/segments/churnwarninglist.h"
#include "widgets/segments/analysis/analysisjob.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QDoubleSpinBox;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTimer;
class QUndoStack;

namespace siyu {

class AnalysisStatus;
class ChurnWarningModel;
class Workspace;

// The churn warning page (流失预警) of the Segments area: the members whose recent activity fell
// well below their own earlier level, with the reason in words, largest fall first; the
// parameters editable; exportable to CSV (audited, no phone or e-mail) and savable as a static
// segment for a recall campaign. A double-click opens the member.
class ChurnWarningPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChurnWarningPage(QWidget *parent = nullptr);
    ~ChurnWarningPage() override;

    // nullptr closes.
    void setWorkspace(Workspace *ws, QUndoStack *undo);
    void refresh();

    ChurnWarningParameters parameters() const;
    void setParameters(const ChurnWarningParameters &parameters);

    bool isBusy() const;
    const churnwarninglist::List *list() const { return m_list.get(); }
    ChurnWarningModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *exportButton() const { return m_export; }

    // Writes the shown list to `path` (the Export button asks for it first).
    Result<qint64> exportCsv(const QString &path);

signals:
    void showMembersRequested(const QList<qint64> &memberRefs, const QString &caption);
    void saveMembersAsSegment(const QString &suggestedName, const QList<qint64> &memberRefs);
    void computed();

private:
    QWidget *createToolbar();
    QWidget *createParameters();
    void scheduleCompute();
    void compute();
    void cancel();
    void finished();
    void openMember(const QModelIndex &index);
    void chooseExportFile();
    QString dayText() const;

    Workspace *m_workspace = nullptr;
    AnalysisStatus *m_status = nullptr;
    QSpinBox *m_recentDays = nullptr;
    QSpinBox *m_baselineDays = nullptr;
    QSpinBox *m_dropPercent = nullptr;
    QDoubleSpinBox *m_minLevel = nullptr;
    QTableView *m_table = nullptr;
    ChurnWarningModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_save = nullptr;
    QTimer *m_debounce = nullptr;
    QFutureWatcher<analysis::Outcome<churnwarninglist::List>> m_watcher;
    std::shared_ptr<QueryInterrupter> m_interrupter; // of the computation m_watcher watches
    std::shared_ptr<const churnwarninglist::List> m_list;
};

} // namespace siyu
