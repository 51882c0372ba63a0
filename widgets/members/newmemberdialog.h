// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/memberrepository.h"

#include <QDialog>
#include <QTimeZone>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace siyu {

// Adds a member by hand: the fields of the canonical members file a person types in. OK hands
// the member to `submit`, which returns an error message (the dialog stays open and shows it
// under the fields) or an empty text (the dialog closes).
class NewMemberDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<QString(const NewMember &member)>;

    NewMemberDialog(const QVector<MemberChoice> &staff, const QStringList &sources,
                    const QTimeZone &zone, Submit submit, QWidget *parent = nullptr);

    NewMember member() const;
    QString errorText() const;

    // For tests.
    QLineEdit *memberIdEdit() const { return m_memberId; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *emailEdit() const { return m_email; }
    QComboBox *staffBox() const { return m_staff; }
    QDateEdit *joinedEdit() const { return m_joined; }

    void accept() override;

private:
    Submit m_submit;
    QTimeZone m_zone;
    QLineEdit *m_memberId = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_remark = nullptr;
    QComboBox *m_gender = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_staff = nullptr;
    QDateEdit *m_joined = nullptr;
    QComboBox *m_consent = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace siyu
