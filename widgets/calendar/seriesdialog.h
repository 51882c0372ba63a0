// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/calendar/contentseries.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace siyu {

class Workspace;
struct ContentChoices;

// An SOP series: what to post, every week on a weekday or every month on a day, at a local
// time, to the listed groups and those a group tag matches, from a first day up to a horizon
// of some weeks. Shows how many items it will plan.
class SeriesDialog : public QDialog
{
    Q_OBJECT

public:
    SeriesDialog(Workspace &workspace, const ContentChoices &choices, const ContentSeries &series,
                 QWidget *parent = nullptr);

    ContentSeries series() const;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *tagEdit() const { return m_tag; }
    QListWidget *groupList() const { return m_groups; }
    QRadioButton *monthlyButton() const { return m_monthly; }
    QComboBox *weekdayBox() const { return m_weekday; }
    QSpinBox *monthDayBox() const { return m_monthDay; }
    QTimeEdit *timeEdit() const { return m_time; }
    QDateEdit *startEdit() const { return m_start; }
    QSpinBox *horizonBox() const { return m_weeks; }
    QLabel *previewLabel() const { return m_preview; }

private:
    QWidget *createWhat(const ContentChoices &choices);
    QWidget *createWhen();
    QWidget *createWhere(const ContentChoices &choices);
    void fill(const ContentSeries &series);
    void updatePreview();

    Workspace &m_workspace;
    ContentSeries m_original;
    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_campaign = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QRadioButton *m_weekly = nullptr;
    QRadioButton *m_monthly = nullptr;
    QComboBox *m_weekday = nullptr;
    QSpinBox *m_monthDay = nullptr;
    QTimeEdit *m_time = nullptr;
    QDateEdit *m_start = nullptr;
    QSpinBox *m_weeks = nullptr;
    QListWidget *m_groups = nullptr;
    QLineEdit *m_tag = nullptr;
    QLabel *m_preview = nullptr;
};

} // namespace siyu
