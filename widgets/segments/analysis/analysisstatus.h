// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace siyu {

// The strip at the top of an analysis page: what the page shows (or is computing), a busy
// indicator and Cancel while a computation runs.
class AnalysisStatus : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisStatus(QWidget *parent = nullptr);

    void setBusy(const QString &text);
    void setDone(const QString &text);
    void setError(const QString &text);
    bool isBusy() const;
    QString text() const;

signals:
    void cancelRequested();

private:
    void showBusy(bool busy);

    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace siyu
