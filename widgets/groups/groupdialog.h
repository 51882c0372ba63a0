// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/grouprepository.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace siyu {

// Adds a group by hand, or edits one: name, platform, owner, theme and member cap. OK hands
// the group to `submit`, which returns an error message (the dialog stays open and shows it)
// or an empty text (the dialog closes).
class GroupDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<QString(const NewGroup &group)>;

    // `existing` null: a new group (with a group ID field); else that group's values.
    GroupDialog(const std::vector<StaffEntry> &staff, const QStringList &platforms,
                const GroupSummary *existing, Submit submit, QWidget *parent = nullptr);

    NewGroup group() const;
    QString errorText() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *groupIdEdit() const { return m_groupId; }
    QComboBox *platformBox() const { return m_platform; }
    QComboBox *ownerBox() const { return m_owner; }
    QLineEdit *themeEdit() const { return m_theme; }
    QSpinBox *capBox() const { return m_cap; }

    void accept() override;

private:
    Submit m_submit;
    QLineEdit *m_groupId = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_platform = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_theme = nullptr;
    QSpinBox *m_cap = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace siyu
