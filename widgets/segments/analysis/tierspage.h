// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/segments/segmentstats.h"
#include "widgets/segments/analysis/analysisjob.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace siyu {

class AnalysisStatus;
class TierLevelModel;
class TierMatrixModel;
class Workspace;

// The value tiers page of the Segments area: spending power, purchase frequency and loyalty
// with the members at each level, the spending × frequency matrix, and the thresholds, which
// can be changed here (checked with Thresholds::problem(), saved in one transaction after the
// user confirms). A click on a count lists its members.
class TiersPage : public QWidget
{
    Q_OBJECT

public:
    explicit TiersPage(QWidget *parent = nullptr);
    ~TiersPage() override;

    // nullptr closes.
    void setWorkspace(Workspace *ws, QUndoStack *undo);
    void refresh();

    bool isBusy() const;
    const segmentstats::TierSummary *summary() const { return m_summary.get(); }
    QTableView *levelTable() const { return m_levelTable; }
    QTableView *matrixTable() const { return m_matrixTable; }
    TierLevelModel *levelModel() const { return m_levels; }
    TierMatrixModel *matrixModel() const { return m_matrix; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *problemLabel() const { return m_problem; }

    // The thresholds as the editors hold them, and filling the editors.
    tiers::Thresholds editedThresholds() const;
    void editThresholds(const tiers::Thresholds &thresholds);
    // Saves the thresholds without asking (Apply asks first) and computes again; false, with
    // the problem shown, when they are inconsistent or the write failed.
    bool applyThresholds(const tiers::Thresholds &thresholds);

    // Lists the members of a level of a measure, or of a matrix cell, as a click does.
    void selectLevel(segmentstats::Measure measure, tiers::Level level);
    void selectMatrix(tiers::Level spending, tiers::Level frequency);

signals:
    void showMembersRequested(const QList<qint64> &memberRefs, const QString &caption);
    void saveMembersAsSegment(const QString &suggestedName, const QList<qint64> &memberRefs);
    // The thresholds were saved (tier rules and the tier node now read them).
    void tierThresholdsChanged();
    void computed();

private:
    QWidget *createToolbar();
    QWidget *createTables();
    QWidget *createEditor();
    void compute();
    void cancel();
    void finished();
    void thresholdsEdited();
    void confirmThresholds();
    void choose(const QList<qint64> &refs, const QString &title);
    QString dayText() const;

    Workspace *m_workspace = nullptr;
    AnalysisStatus *m_status = nullptr;
    QTableView *m_levelTable = nullptr;
    QTableView *m_matrixTable = nullptr;
    TierLevelModel *m_levels = nullptr;
    TierMatrixModel *m_matrix = nullptr;
    QSpinBox *m_windowDays = nullptr;
    QDoubleSpinBox *m_spendingHigh = nullptr;
    QDoubleSpinBox *m_spendingMedium = nullptr;
    QSpinBox *m_frequencyHigh = nullptr;
    QSpinBox *m_frequencyMedium = nullptr;
    QSpinBox *m_loyaltyHigh = nullptr;
    QSpinBox *m_loyaltyMedium = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_selection = nullptr;
    QPushButton *m_save = nullptr;
    QWidget *m_content = nullptr;
    QFutureWatcher<analysis::Outcome<segmentstats::TierSummary>> m_watcher;
    std::shared_ptr<QueryInterrupter> m_interrupter; // of the computation m_watcher watches
    std::shared_ptr<const segmentstats::TierSummary> m_summary;
    QList<qint64> m_chosen;
    QString m_chosenTitle;
};

} // namespace siyu
