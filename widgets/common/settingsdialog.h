// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace siyu {

class Workspace;

// The application's language and the open workspace's own settings (time zone, churn days,
// weekly contact cap, phone region), which travel with the workspace file.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Workspace *workspace, QWidget *parent = nullptr);
    bool languageChanged() const { return m_languageChanged; }
    void accept() override;

private:
    Workspace *m_workspace;
    QComboBox *m_language = nullptr;
    QComboBox *m_timeZone = nullptr;
    QSpinBox *m_churnDays = nullptr;
    QSpinBox *m_contactCap = nullptr;
    QComboBox *m_phoneRegion = nullptr;
    bool m_languageChanged = false;
};

} // namespace siyu
