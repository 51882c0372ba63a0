// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/timeutil.h"

#include <QDate>
#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;

namespace siyu {

// Chooses the period the KPIs area shows: an ISO week, a calendar month or a custom range of
// days, each compared with the period of the same length before it.
class PeriodPicker : public QWidget
{
    Q_OBJECT

public:
    enum Mode
    {
        Week,
        Month,
        Custom
    };

    explicit PeriodPicker(QWidget *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);
    Mode mode() const;
    void setMode(Mode mode);
    // Shows the week (or month) holding `day`.
    void showDay(const QDate &day);
    void setRange(const QDate &first, const QDate &last);

    Period period() const;
    // "2026-W47", "2026-11", or "2026-11-02 – 2026-11-15".
    QString periodName() const;
    // The ISO week the weekly report is about: the chosen week, or the last one of the period.
    QDate reportMonday() const;

signals:
    void periodChanged();

private:
    void step(int direction);
    void normalise();
    QDate today() const;
    void limitToToday();
    void updateLabel();

    QTimeZone m_zone = QTimeZone::utc();
    QComboBox *m_mode = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_dash = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_label = nullptr;
    bool m_updating = false;
    QDate m_lastWeek; // the Monday last shown in Week mode
};

} // namespace siyu
