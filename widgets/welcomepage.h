// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;

namespace siyu {

// Shown while no workspace is open: new, open, try the demo brand, and the recent workspaces.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecent(const QStringList &paths);

signals:
    void newRequested();
    void openRequested();
    void recentChosen(const QString &path);
    void demoRequested();

private:
    QListWidget *m_recent = nullptr;
};

} // namespace siyu
