// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/calendar/contentitem.h"
#include "models/calendar/contentrepository.h"

#include <QDialog>

#include <array>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;
class QTimer;

namespace siyu {

class Workspace;

// What the calendar's dialogs offer to choose from.
struct ContentChoices
{
    std::vector<NamedRef> groups;
    std::vector<NamedRef> campaigns;
    QStringList channels;
    QStringList owners;

    static ContentChoices load(Workspace &ws);
};

// Every field of one content item, with its metrics and rates once published, and the
// planning warnings updated as the user types (they never stop the user saving). A new item
// may go to several groups at once (one item each).
class ContentItemDialog : public QDialog
{
    Q_OBJECT

public:
    ContentItemDialog(Workspace &workspace, const ContentChoices &choices, const ContentItem &item,
                      bool isNew, QWidget *parent = nullptr);

    ContentItem item() const;
    // The target groups: several for a new item, the one for an edited item.
    QList<qint64> groupRefs() const;

    QLineEdit *titleEdit() const { return m_title; }
    QListWidget *groupList() const { return m_groupList; }
    QComboBox *groupBox() const { return m_group; }
    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *timeEdit() const { return m_time; }
    QComboBox *statusBox() const { return m_status; }
    QSpinBox *metricBox(int index) const { return m_metrics[size_t(index)]; }
    QLabel *warningLabel() const { return m_warnings; }
    QLabel *ratesLabel() const { return m_rates; }
    // Recomputes the warnings now rather than after the typing pause.
    void updateWarnings();

private:
    QWidget *createFields(const ContentChoices &choices);
    QWidget *createMetrics();
    void fill(const ContentItem &item);
    void updateRates();
    void updateMetricsEnabled();

    Workspace &m_workspace;
    ContentItem m_original;
    bool m_isNew;
    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_group = nullptr;
    QListWidget *m_groupList = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_campaign = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_body = nullptr;
    std::array<QSpinBox *, 6> m_metrics{};
    QLabel *m_rates = nullptr;
    QLabel *m_warnings = nullptr;
    QTimer *m_warningTimer = nullptr;
};

} // namespace siyu
