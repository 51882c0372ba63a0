// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/members/newmemberdialog.h"

#include "models/items/membertablemodel.h"
#include "widgets/common/datepopup.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace siyu {

NewMemberDialog::NewMemberDialog(const QVector<MemberChoice> &staff, const QStringList &sources,
                                 const QTimeZone &zone, Submit submit, QWidget *parent)
    : QDialog(parent), m_submit(std::move(submit)), m_zone(zone)
{
    setWindowTitle(tr("New Member"));
    m_memberId = new QLineEdit;
    m_memberId->setPlaceholderText(tr("Made up when left empty"));
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("Required"));
    m_remark = new QLineEdit;
    m_gender = new QComboBox;
    for (const char *code : {"U", "F", "M"})
        m_gender->addItem(MemberTableModel::genderTitle(QLatin1String(code)), QLatin1String(code));
    m_city = new QLineEdit;
    m_phone = new QLineEdit;
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_email = new QLineEdit;
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_source = new QComboBox;
    m_source->setEditable(true);
    m_source->addItem(QString());
    m_source->addItems(sources);
    m_staff = new QComboBox;
    m_staff->addItem(tr("(nobody)"), QVariant());
    for (const MemberChoice &choice : staff)
        m_staff->addItem(choice.name, choice.ref);
    m_joined = new QDateEdit(QDateTime::currentDateTimeUtc().toTimeZone(zone).date());
    m_joined->setCalendarPopup(true);
    m_joined->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    ui::prepareDatePopup(m_joined);
    m_consent = new QComboBox;
    m_consent->addItem(tr("Unknown"), QStringLiteral("unknown"));
    m_consent->addItem(tr("Yes"), QStringLiteral("yes"));
    m_consent->addItem(tr("No"), QStringLiteral("no"));

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Member ID"), m_memberId);
    form->addRow(tr("Remark"), m_remark);
    form->addRow(tr("Gender"), m_gender);
    form->addRow(tr("City"), m_city);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Source"), m_source);
    form->addRow(tr("Staff"), m_staff);
    form->addRow(tr("Joined"), m_joined);
    form->addRow(tr("Consent"), m_consent);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_error->setPalette(palette);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Member"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

NewMember NewMemberDialog::member() const
{
    NewMember m;
    m.memberId = m_memberId->text().trimmed();
    m.name = m_name->text().trimmed();
    m.remark = m_remark->text().trimmed();
    m.gender = m_gender->currentData().toString();
    m.city = m_city->text().trimmed();
    m.phone = m_phone->text().trimmed();
    m.email = m_email->text().trimmed();
    m.source = m_source->currentText().trimmed();
    if (m_staff->currentData().isValid())
        m.staffRef = m_staff->currentData().toLongLong();
    m.joinedAt = QDateTime(m_joined->date(), QTime(0, 0), m_zone).toSecsSinceEpoch();
    m.consent = m_consent->currentData().toString();
    return m;
}

QString NewMemberDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void NewMemberDialog::accept()
{
    const NewMember m = member();
    QString error;
    if (m.name.isEmpty())
        error = tr("Enter the member's name.");
    else if (m_submit)
        error = m_submit(m);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        if (m.name.isEmpty())
            m_name->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace siyu
