// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace siyu {

class Workspace;

// The application's language and the open workspace's own settings (brand name, currency, time
// zone, churn days, weekly contact cap, phone region), which travel with the workspace file. The
// workspace's settings are written together or not at all, and recorded in the audit log.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Workspace *workspace, QWidget *parent = nullptr);
    bool languageChanged() const { return m_languageChanged; }
    // The new churn_days, when the user changed it: not written by accept(), because it is
    // written together with the recompute of every stage (StageKeeper::recompute).
    std::optional<int> churnDaysChange() const { return m_churnDaysChange; }
    void accept() override;

private:
    Workspace *m_workspace;
    QComboBox *m_language = nullptr;
    QLineEdit *m_brandName = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_timeZone = nullptr;
    QSpinBox *m_churnDays = nullptr;
    QSpinBox *m_contactCap = nullptr;
    QComboBox *m_phoneRegion = nullptr;
    bool m_languageChanged = false;
    std::optional<int> m_churnDaysChange;
};

} // namespace siyu
