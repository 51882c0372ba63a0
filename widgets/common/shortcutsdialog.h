// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QStandardItemModel;

namespace siyu {

// Help › Keyboard Shortcuts: every action of a window that has a shortcut, read from the
// actions themselves (so the list is always what the keys really do), grouped by menu.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    // The rows shown: menu, action, keys (for tests).
    QStandardItemModel *model() const { return m_model; }

private:
    QStandardItemModel *m_model = nullptr;
};

} // namespace siyu
