// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/memberrepository.h"

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace siyu {

// The editable fields of one member. Each finished edit is reported as (field, value); the
// pane turns it into a command. Phone and email show masked, read-only, until revealed.
class MemberProfileForm : public QWidget
{
    Q_OBJECT

public:
    explicit MemberProfileForm(QWidget *parent = nullptr);

    void setChoices(const QVector<MemberChoice> &staff, const QStringList &sources);
    void setRecord(const MemberRecord &record, const QTimeZone &zone, bool revealed);
    void focusFirstField();

signals:
    void fieldEdited(MemberField field, const QVariant &value);
    void revealRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *addText(MemberField field, const QString &label);
    QComboBox *addCombo(MemberField field, const QString &label);
    QDateEdit *addDate(MemberField field, const QString &label, bool optional);
    QWidget *withRevealButton(QLineEdit *edit);
    void buildForm();
    void commitText(MemberField field, QLineEdit *edit);
    void commitDate(MemberField field, QDateEdit *edit);
    void commitNotes();
    void showContact(QLineEdit *edit, const QString &value, bool masked, bool email);

    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_remark = nullptr;
    QComboBox *m_gender = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QToolButton *m_reveal = nullptr;
    QLineEdit *m_source = nullptr;
    QComboBox *m_staff = nullptr;
    QComboBox *m_stage = nullptr;
    QDateEdit *m_joined = nullptr;
    QComboBox *m_consent = nullptr;
    QDateEdit *m_consentAt = nullptr;
    QLineEdit *m_consentSource = nullptr;
    QLabel *m_referrer = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    MemberRecord m_record;
    QTimeZone m_zone = QTimeZone::utc();
    bool m_revealed = false;
    bool m_loading = false;
};

} // namespace siyu
