// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/memberfilter.h"
#include "models/store/memberrepository.h"

#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QStringListModel;
class QToolButton;

namespace siyu {

// The filter row of the members area: tag, source, staff, stage, group, joined between, and
// the deleted members. It edits the part of a MemberFilter it owns and says when it changed.
class MemberFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit MemberFilterBar(QWidget *parent = nullptr);

    struct Choices
    {
        QStringList tags;
        QStringList sources;
        QVector<MemberChoice> staff;
        QVector<MemberChoice> groups;
    };
    // Keeps what is chosen where it still exists.
    void setChoices(const Choices &choices);
    void setTagNames(const QStringList &tags);
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    // Writes the bar's conditions into `filter`, leaving search and explicit members alone.
    void apply(MemberFilter &filter) const;
    // Number of conditions set (the deleted switch included).
    int activeCount() const;
    void clear();

signals:
    void changed();

private:
    QComboBox *addCombo(const QString &accessibleName);
    QDateEdit *addDate(const QString &accessibleName);
    void setupTag();
    void changedByUser();

    QLineEdit *m_tag = nullptr;
    QStringListModel *m_tagNames = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_staff = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_group = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_deleted = nullptr;
    QToolButton *m_clear = nullptr;
    QTimeZone m_zone = QTimeZone::utc();
    QString m_appliedTag;
    bool m_clearing = false;
};

} // namespace siyu
